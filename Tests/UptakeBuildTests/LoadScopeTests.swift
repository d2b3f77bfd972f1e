import Foundation
import Testing
import UptakeInput
import UptakeMetrics
import UptakeModel
import UptakeRender

@testable import UptakeBuild

/// `uptake metrics` loads programs with `LoadScope.metrics`: no names, emails, manager names,
/// manager emails or teams on the roster's rows. Its figures are those of a full load, and the
/// rows really are without them.
@Suite struct LoadScopeTests {
    static let repository = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent().path

    /// The sample site, fixture sites, and one keyed by its `email` column (no `participant`).
    static func site(_ name: String) throws -> String {
        switch name {
        case "sample": return repository
        case "basic-keyed-by-email":
            let site = try TestSupport.copyOfSite("basic")
            let roster = site + "/content/data/roster.csv"
            let text = try String(contentsOfFile: roster, encoding: .utf8)
            let dropped = text.split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",")
            }
            try (dropped.joined(separator: "\n") + "\n").write(toFile: roster, atomically: true, encoding: .utf8)
            return site
        default: return TestSupport.site(name)
        }
    }

    @Test(arguments: ["sample", "basic", "basic-keyed-by-email", "invalid-roster-warnings"])
    func theMetricsScopeMeasuresAsAFullLoadWithoutPeople(site name: String) throws {
        let plan = try #require(SiteLoader.plan(site: try Self.site(name)).plan)
        #expect(!plan.programFiles.isEmpty)
        for file in plan.programFiles {
            let full = SiteLoader.loadProgram(file, of: plan, scope: .build)
            let measuring = SiteLoader.loadProgram(file, of: plan, scope: .metrics)
            var expected = full.diagnostics
            for index in expected.indices where expected[index].severity == .warning {
                expected[index].sourceLine = nil
            }
            #expect(measuring.diagnostics == expected)
            let (a, b) = (try #require(full.program), try #require(measuring.program))
            let figures = { (loaded: LoadedProgram) in
                MetricsCalculator.metrics(for: loaded, config: plan.config, managers: false)
            }
            // metrics.json (data_quality.warnings included) and `--format csv`, as printed.
            #expect(figures(a).jsonBytes == figures(b).jsonBytes, "\(file)")
            #expect(MetricsTable.csv([figures(a)]) == MetricsTable.csv([figures(b)]), "\(file)")

            // The rows keep what measuring reads and lose the rest.
            #expect(a.roster.map(\.key) == b.roster.map(\.key))
            #expect(a.roster.map(\.cohort) == b.roster.map(\.cohort))
            #expect(a.roster.map(\.manager) == b.roster.map(\.manager))
            #expect(a.roster.map(\.completed) == b.roster.map(\.completed))
            #expect(a.roster.map(\.satisfaction) == b.roster.map(\.satisfaction))
            #expect(a.roster.map(\.firstStepScheduled) == b.roster.map(\.firstStepScheduled))
            #expect(a.roster.map(\.line) == b.roster.map(\.line))
            let people: [KeyPath<Participant, String>] = [\.name, \.email, \.managerName, \.managerEmail, \.team]
            for field in people {
                #expect(b.roster.allSatisfy { $0[keyPath: field].isEmpty }, "\(file) \(field)")
            }
            if name != "invalid-roster-warnings" {
                // Its roster has no such columns; the others fill every one of them.
                for field in people {
                    #expect(a.roster.contains { !$0[keyPath: field].isEmpty }, "\(file) \(field)")
                }
            }
        }
    }
}
