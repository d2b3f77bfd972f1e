import Foundation
import Testing

@testable import UptakeBuild

/// Golden files for every page kind (STYLE.md §10): the `basic` fixture site is built with the
/// clock pinned and every output file is compared byte for byte with
/// `Tests/Fixtures/golden/basic/`. `UPTAKE_RECORD_GOLDEN=1 swift test --filter GoldenTests`
/// rewrites them and fails, so a person reviews the diff before committing.
@Suite struct GoldenTests {
    @Test func basicSiteMatchesGoldenFiles() throws {
        let output = TestSupport.temporaryFolder() + "/out"
        let report = Builder(site: TestSupport.site("basic"), output: output, environment: TestSupport.pinned).build()
        #expect(report.succeeded, "\(report.diagnostics.all.map(\.formatted))")
        let built = TestSupport.tree(output).filter { !$0.key.hasPrefix(".uptake") }
        let goldenRoot = TestSupport.fixtures.appendingPathComponent("golden/basic").path
        if ProcessInfo.processInfo.environment["UPTAKE_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(atPath: goldenRoot)
            for (path, data) in built {
                let url = URL(fileURLWithPath: goldenRoot).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            Issue.record("golden files recorded in \(goldenRoot): review the diff, then run the tests again")
            return
        }
        let golden = TestSupport.tree(goldenRoot)
        #expect(Set(built.keys) == Set(golden.keys), "the set of output files changed")
        #expect(built.keys.contains("site/index.html"))
        #expect(built.keys.contains("site/programs/listening/index.html"))
        #expect(built.keys.contains("site/programs/listening/report.html"))
        #expect(built.keys.contains("site/programs/listening/metrics.json"))
        #expect(built.keys.contains("site/metrics.json"))
        #expect(built.keys.contains("managers/listening/m1.html"))
        #expect(built.keys.contains("managers/listening/mailing.csv"))
        for path in built.keys.sorted() where golden[path] != nil {
            #expect(built[path] == golden[path], "\(path) differs from its golden file; UPTAKE_RECORD_GOLDEN=1 re-records")
        }
    }
}
