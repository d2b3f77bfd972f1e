import Foundation
import Testing

@testable import UptakeBuild

/// Every figure of metrics.json against `scripts/crosscheck.py`, a second implementation of
/// PRODUCT.md §2 written from the contract alone (generic exports), on the sample site and
/// the fixture site. A disagreement prints `program/cohort/day/behavior/field`.
@Suite struct CrossCheckTests {
    static let repository = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent().path

    @Test(arguments: ["sample", "basic"])
    func metricsAgreeWithTheIndependentImplementation(site name: String) throws {
        let site = name == "sample" ? Self.repository : TestSupport.site(name)
        let output = TestSupport.temporaryFolder() + "/out"
        let report = Builder(site: site, output: output, environment: TestSupport.pinned).build()
        #expect(report.succeeded)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.repository + "/scripts/crosscheck.py", site, output + "/site/metrics.json"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" 0 disagreements"), "\(text)")
    }
}
