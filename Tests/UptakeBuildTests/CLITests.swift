import Foundation
import Testing
import UptakeBuild
import UptakeModel

@testable import UptakeCLI

/// Captures what the CLI prints.
final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
    let lock = NSLock()
    let environment: [String: String]

    init(environment: [String: String] = TestSupport.pinned) { self.environment = environment }

    var console: Console {
        Console(
            out: { text in self.lock.withLock { self.out += text } },
            err: { text in self.lock.withLock { self.err += text } }, interactive: false, color: false,
            environment: environment)
    }
}

/// PRODUCT.md §4: exit status 0 ok, 1 input errors, 2 usage; exact diagnostics.
@Suite struct CLITests {
    @Test func buildSucceedsWithZero() {
        let captured = Captured()
        let output = TestSupport.temporaryFolder() + "/out"
        let status = runUptake(
            ["build", "--site", TestSupport.site("basic"), "--output", output], console: captured.console)
        #expect(status == 0)
        #expect(captured.err.contains("built 1 program(s): 3 pages, 2 one-pagers, 2 messages"))
        #expect(FileManager.default.fileExists(atPath: output + "/site/index.html"))
    }

    @Test func usageErrorsExitWithTwo() {
        let captured = Captured()
        #expect(runUptake(["build", "--bogus"], console: captured.console) == 2)
        #expect(captured.err.contains("Unknown option '--bogus'"))
        #expect(runUptake(["frobnicate"], console: Captured().console) == 2)
        #expect(runUptake(["metrics", "--format", "xml"], console: Captured().console) == 2)
    }

    @Test func inputErrorsExitWithOneAndNameTheSpot() throws {
        let site = try TestSupport.copyOfSite("basic")
        try "title: Broken\nmin_group_size: 2\n".write(toFile: site + "/uptake.yml", atomically: true, encoding: .utf8)
        let captured = Captured()
        #expect(runUptake(["check", "--site", site], console: captured.console) == 1)
        #expect(captured.err.contains("uptake.yml:2:17: error: min_group_size must be at least 3, got 2\n"))
    }

    @Test func githubAnnotations() throws {
        let site = try TestSupport.copyOfSite("basic")
        try "min_group_size: 2\n".write(toFile: site + "/uptake.yml", atomically: true, encoding: .utf8)
        let captured = Captured()
        #expect(runUptake(["check", "--site", site, "--diagnostics", "github"], console: captured.console) == 1)
        #expect(
            captured.err.contains("::error file=uptake.yml,line=1,col=17::min_group_size must be at least 3, got 2\n"))
    }

    @Test func metricsJSONForOneProgram() throws {
        let captured = Captured()
        #expect(
            runUptake(
                ["metrics", "--site", TestSupport.site("basic"), "--program", "listening"], console: captured.console)
                == 0)
        let document = try JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: Any]
        #expect(document?["schema"] as? String == "uptake.metrics/1")
        #expect((document?["program"] as? [String: Any])?["id"] as? String == "listening")
    }

    /// The site's metrics printed by `uptake metrics` are the bytes of the built site/metrics.json,
    /// on the fixture and on the repository's sample site (several programs).
    @Test(arguments: ["fixture", "sample"]) func siteMetricsAreTheBuiltFile(site name: String) throws {
        let root = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent().path
        let site = name == "fixture" ? TestSupport.site("basic") : root
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Builder(site: site, output: output, environment: TestSupport.pinned).build().succeeded)
        let captured = Captured()
        #expect(runUptake(["metrics", "--site", site], console: captured.console) == 0)
        let built = try String(contentsOfFile: output + "/site/metrics.json", encoding: .utf8)
        #expect(captured.out == built)
    }

    /// `UPTAKE_TIMINGS=1 uptake metrics`: the same document on stdout, and on stderr one line of
    /// stage times ending with the wall time of loading and measuring (what bench/compare reads).
    @Test func metricsTimingsOnlyWhenAsked() throws {
        let site = TestSupport.site("basic")
        let plain = Captured()
        #expect(runUptake(["metrics", "--site", site], console: plain.console) == 0)
        #expect(plain.err == "")
        let timed = Captured(environment: TestSupport.pinned.merging(["UPTAKE_TIMINGS": "1"]) { $1 })
        #expect(runUptake(["metrics", "--site", site], console: timed.console) == 0)
        #expect(timed.out == plain.out)
        let line = try #require(timed.err.split(separator: "\n").last.map(String.init))
        #expect(timed.err == line + "\n")
        #expect(line.wholeMatch(of: /timings \(s\): load \d+\.\d{3}, measure \d+\.\d{3}; wall \d+\.\d{3}/) != nil)
    }

    @Test func metricsCSVNeutralizesFormulas() throws {
        let captured = Captured()
        #expect(
            runUptake(["metrics", "--site", TestSupport.site("basic"), "--format", "csv"], console: captured.console)
                == 0)
        let lines = captured.out.components(separatedBy: "\r\n")
        #expect(lines.first == "program,cohort,checkpoint,behavior,category,figure,value")
        #expect(lines.contains("listening,,,,,enrolled,14"))
        #expect(!lines.contains { $0.split(separator: ",").contains { $0.hasPrefix("-") } })
    }

    @Test func unknownProgramIsAnError() {
        let captured = Captured()
        #expect(
            runUptake(["metrics", "--site", TestSupport.site("basic"), "--program", "nope"], console: captured.console)
                == 1)
        #expect(captured.err.contains("no program with id 'nope'"))
    }
}

/// The text printer writes each diagnostic as `Diagnostic.formatted` says, then the source
/// line and a caret under the column.
@Suite struct DiagnosticTextTests {
    @Test func textIsTheFormattedLineThenTheSourceAndACaret() {
        let diagnostics: [Diagnostic] = [
            Diagnostic(
                .warning, "answer 'x' out of range", at: SourceLocation(file: "data/a.csv", line: 3, column: 5),
                sourceLine: "p1,x,3"),
            Diagnostic(
                .error, "no column", at: SourceLocation(file: "p.md", line: 7, column: 0), sourceLine: "ignored"),
            Diagnostic(.error, "bad file", at: SourceLocation(file: "uptake.yml")),
            Diagnostic(.warning, "no place", at: nil),
        ]
        let printed = DiagnosticPrinter(format: .text, color: false).render(diagnostics)
        let expected =
            diagnostics[0].formatted + "\n  p1,x,3\n      ^\n" + diagnostics[1].formatted + "\n"
            + diagnostics[2].formatted + "\n" + diagnostics[3].formatted + "\n"
        #expect(printed == expected)
        #expect(diagnostics[0].formatted == "data/a.csv:3:5: warning: answer 'x' out of range")
        #expect(diagnostics[3].formatted == "warning: no place")
        // Many diagnostics are printed in quarters on several cores, in order.
        let many = (0..<9_999).map { n in
            Diagnostic(
                .warning, "w\(n)", at: SourceLocation(file: "f\(n % 7).csv", line: n, column: n % 3),
                sourceLine: "row \(n)")
        }
        let printer = DiagnosticPrinter(format: .text, color: false)
        #expect(printer.render(many) == many.map { printer.render([$0]) }.joined())
        let colored = DiagnosticPrinter(format: .text, color: true).render([diagnostics[2]])
        #expect(colored == "uptake.yml: \u{1B}[1;31merror:\u{1B}[0m bad file\n")
    }
}
