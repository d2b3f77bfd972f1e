import Testing
import UptakeModel

@testable import UptakeInput

/// The loader numbers a program's people (`LoadedProgram.persons`) as the roster lists its keys,
/// and gives each response and observation its participant's number.
@Suite struct PersonNumbersLoadingTests {
    static let surveys = """
          - file: data/pulse-14.csv
            checkpoint: 14
        """

    static let export = """
        participant,submitted_at,applied.one-question
        dee@example.com,2026-03-01T10:00:00Z,Yes
        zed@example.com,2026-03-01T12:00:00Z,Yes
         ANA@Example.com ,2026-03-01T13:00:00Z,No
        eli@example.com,2026-03-02T09:00:00Z,No
        dee@example.com,2026-03-02T10:00:00Z,No

        """

    @Test func responsesCarryTheirRosterNumbers() throws {
        let site = standardSite(surveys: Self.surveys, files: ["content/data/pulse-14.csv": Self.export])
        let loaded = try onlyProgram(site.load())
        let persons = try #require(loaded.persons)
        #expect(persons.count == loaded.roster.count)
        #expect(persons.ofRow == [0, 1, 2, 3, 4])
        #expect(loaded.responses.map(\.participant) == ["dee@example.com", "ana@example.com", "eli@example.com"])
        #expect(persons.ofResponse == [3, 0, 4])
        #expect(persons.ofObservation == [])
    }

    @Test func aRosterWithANonASCIIKeyIsNotNumbered() throws {
        // A non-ASCII key may have a twin that String equality takes for the same key although
        // its bytes differ (é composed, or e and a combining accent): the loader's byte-wise
        // numbers could then disagree with a String dictionary's, so it gives none.
        let roster = standardRoster + "jos\u{E9}@example.com,Jos\u{E9},,2026-02-emea,,,,,yes,,\n"
        let site = standardSite(
            surveys: Self.surveys,
            files: ["content/data/pulse-14.csv": Self.export, "content/data/roster.csv": roster])
        let loaded = try onlyProgram(site.load())
        #expect(loaded.persons == nil)
        #expect(loaded.responses.count == 3)
    }
}

/// A load for measuring only (`uptake metrics`) makes no HTML, shows no source line under
/// warnings and leaves the roster's names and emails out; everything else is what a full load
/// gives.
@Suite struct MeasuringLoadTests {
    @Test func warningsGoWithoutLinesAndTheProgramWithoutHTML() throws {
        let export = """
            participant,submitted_at,applied.one-question
            ana@example.com,2026-03-01T10:00:00Z,Perhaps
            ben@example.com,yesterday,Yes
            dee@example.com,2026-03-01T12:00:00Z,No

            """
        let site = standardSite(
            surveys: PersonNumbersLoadingTests.surveys, files: ["content/data/pulse-14.csv": export])
        let plan = try #require(SiteLoader.plan(site: site.root.path).plan)
        let file = try #require(plan.programFiles.first)
        let full = SiteLoader.loadProgram(file, of: plan)
        let measuring = SiteLoader.loadProgram(file, of: plan, scope: .metrics)
        #expect(full.diagnostics.contains { $0.severity == .warning && $0.sourceLine != nil })
        #expect(full.diagnostics.contains { $0.severity == .error && $0.sourceLine != nil })
        var expected = full.diagnostics
        for index in expected.indices where expected[index].severity == .warning { expected[index].sourceLine = nil }
        #expect(measuring.diagnostics == expected)
        let (a, b) = (try #require(full.program), try #require(measuring.program))
        #expect(!a.program.bodyHTML.isEmpty)
        #expect(b.program.bodyHTML.isEmpty)
        #expect(a.responses == b.responses)
        #expect(a.roster.map(\.key) == b.roster.map(\.key))
        #expect(a.roster.contains { !$0.name.isEmpty })
        #expect(b.roster.allSatisfy { $0.name.isEmpty && $0.email.isEmpty })
    }
}
