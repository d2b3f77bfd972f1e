import Foundation
import Testing
import UptakeCLI

/// The bad-input corpus (STYLE.md §11, PRODUCT.md §1 "Bad input"): every
/// `Tests/Fixtures/sites/invalid-<case>/` is a minimal broken site, and its `expected.txt` holds
/// what `uptake check` must answer: `exit N` on the first line, then its standard error exactly
/// as printed in text form (diagnostics sorted by place, each with its source line and caret,
/// then the count), with the fixture's own path written `<site>`.
///
/// A site that fails must fail `uptake build` too and leave the previous output exactly as it
/// was; one with warnings only must build. `UPTAKE_RECORD_GOLDEN=1` rewrites every
/// `expected.txt` and fails, so a person reviews the diff before committing.
@Suite struct InvalidSiteTests {
    static let sites = TestSupport.fixtures.appendingPathComponent("sites")

    static let names: [String] = {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: sites.path)) ?? []
        return all.filter { $0.hasPrefix("invalid-") }.sorted()
    }()

    /// The output of a good build of `basic`, made once and copied for each case; nil when
    /// that build fails.
    static let goodOutput: String? = {
        let output = TestSupport.temporaryFolder() + "/out"
        let arguments = ["build", "--site", TestSupport.site("basic"), "--output", output]
        return runUptake(arguments, console: Captured().console) == 0 ? output : nil
    }()

    @Test func thereIsACorpus() {
        #expect(Self.names.count >= 30)
    }

    @Test(arguments: names)
    func checkReportsExactlyWhatIsExpected(name: String) throws {
        let site = Self.sites.appendingPathComponent(name).path
        let captured = Captured()
        let status = runUptake(["check", "--site", site], console: captured.console)
        let actual = "exit \(status)\n" + captured.err.replacingOccurrences(of: site, with: "<site>")
        let expectedFile = Self.sites.appendingPathComponent("\(name)/expected.txt").path
        if ProcessInfo.processInfo.environment["UPTAKE_RECORD_GOLDEN"] == "1" {
            try actual.write(toFile: expectedFile, atomically: true, encoding: .utf8)
            Issue.record("\(name)/expected.txt recorded: review the diff, then run the tests again")
            return
        }
        let expected = try String(contentsOfFile: expectedFile, encoding: .utf8)
        #expect(actual == expected, "\(name): UPTAKE_RECORD_GOLDEN=1 re-records expected.txt")
        #expect(captured.out.isEmpty, "check prints diagnostics on standard error only")
    }

    @Test(arguments: names)
    func buildFailsAndLeavesThePreviousOutputAlone(name: String) throws {
        let site = Self.sites.appendingPathComponent(name).path
        let expected = try String(
            contentsOfFile: Self.sites.appendingPathComponent("\(name)/expected.txt").path, encoding: .utf8)
        let good = try #require(Self.goodOutput, "the basic fixture site must build")
        let output = TestSupport.temporaryFolder() + "/out"
        try FileManager.default.copyItem(atPath: good, toPath: output)
        let before = TestSupport.tree(output)
        let captured = Captured()
        let status = runUptake(["build", "--site", site, "--output", output], console: captured.console)
        if expected.hasPrefix("exit 0\n") {
            #expect(status == 0, "\(name) has warnings only, so it builds: \(captured.err)")
            #expect(TestSupport.tree(output) != before, "\(name): the new build replaces the output")
        } else {
            #expect(status == 1, "\(name): \(captured.err)")
            #expect(TestSupport.tree(output) == before, "\(name): a failed build must leave the output as it was")
        }
    }
}
