import Testing
import UptakeModel

@testable import UptakeInput

/// PRODUCT.md §2 "Precise rules", Who counts: exclusions before de-duplication, the latest
/// parsed `submitted_at` wins, and what `rows_read` counts.
@Suite struct WhoCountsTests {
    static let oneSurvey = """
          - file: data/pulse-14.csv
            checkpoint: 14
        """

    @Test func blankUnknownAndUntrainedRowsAreExcludedAndCounted() throws {
        let site = standardSite(
            surveys: Self.oneSurvey,
            files: [
                "content/data/pulse-14.csv": """
                participant,submitted_at,applied.one-question
                ana@example.com,2026-03-01T10:00:00Z,Yes
                ,2026-03-01T11:00:00Z,Yes
                zed@example.com,2026-03-01T12:00:00Z,Yes
                cy@example.com,2026-03-01T13:00:00Z,Yes
                 ANA@Example.com ,2026-02-28T10:00:00Z,No
                ben@example.com,2026-03-02T09:00:00Z,No

                """
            ])
        let result = site.load()
        #expect(errors(result) == [])
        let expectedWarnings = [
            "content/data/pulse-14.csv:4:1: warning: respondent is not on the roster; row excluded",
            "content/data/pulse-14.csv:6:1: warning: duplicate submission for the same participant and checkpoint; "
                + "the later one at line 2 of content/data/pulse-14.csv is kept",
        ]
        #expect(warnings(result) == expectedWarnings)
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com"])
        #expect(loaded.responses.map(\.submittedAt) == [1_772_359_200, 1_772_442_000])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true, false])
        #expect(loaded.responses[0].location.line == 2)
        #expect(loaded.dataQuality.rowsRead == 6)
        #expect(loaded.dataQuality.unmatchedRows == 3)
        #expect(loaded.dataQuality.duplicatesDropped == 1)
        #expect(loaded.dataQuality.skippedRows == 0)
        #expect(loaded.dataQuality.warnings.map(\.formatted) == expectedWarnings)
    }

    @Test func exclusionsHappenBeforeDeduplication() throws {
        let site = standardSite(
            surveys: Self.oneSurvey,
            files: [
                "content/data/pulse-14.csv": """
                participant,submitted_at,applied.one-question
                ,2026-03-01T10:00:00Z,Yes
                  ,2026-03-02T10:00:00Z,Yes
                cy@example.com,2026-03-01T10:00:00Z,Yes
                CY@example.com,2026-03-02T10:00:00Z,No
                zed@example.com,2026-03-01T10:00:00Z,Yes
                zed@example.com,2026-03-02T10:00:00Z,Yes

                """
            ])
        let result = site.load()
        #expect(
            formatted(result) == [
                "content/data/pulse-14.csv:6:1: warning: respondent is not on the roster; row excluded",
                "content/data/pulse-14.csv:7:1: warning: respondent is not on the roster; row excluded",
            ])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses == [])
        #expect(loaded.dataQuality.unmatchedRows == 6)
        #expect(loaded.dataQuality.duplicatesDropped == 0)
        #expect(loaded.dataQuality.rowsRead == 6)
    }

    /// The later submission wins whichever comes first in the file.
    @Test(arguments: [true, false])
    func theLaterSubmissionWinsWhateverTheFileOrder(laterFirst: Bool) throws {
        let later = "dee@example.com,2026-03-20T09:00:00-05:00,Yes"  // 14:00 UTC
        let earlier = "dee@example.com,2026-03-20T12:00:00Z,No"  // sorts later as text
        let rows = laterFirst ? [later, earlier] : [earlier, later]
        let site = standardSite(
            surveys: Self.oneSurvey,
            files: [
                "content/data/pulse-14.csv": "participant,submitted_at,applied.one-question\n"
                    + rows.joined(separator: "\n") + "\n"
            ])
        let result = site.load()
        #expect(errors(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.count == 1)
        #expect(loaded.responses.first?.applied == ["one-question": true])
        #expect(loaded.responses.first?.submittedAt == 1_774_015_200)  // 2026-03-20T14:00:00Z
        #expect(loaded.responses.first?.location.line == (laterFirst ? 2 : 3))
        #expect(loaded.dataQuality.duplicatesDropped == 1)
        #expect(loaded.dataQuality.unmatchedRows == 0)
    }

    /// Across two exports of the same checkpoint: the later time wins, not the later file.
    @Test(arguments: [true, false])
    func duplicatesAcrossTwoExportsAreSettledByTime(laterInFirstFile: Bool) throws {
        let site = standardSite(
            surveys: """
                  - file: data/pulse-14a.csv
                    checkpoint: 14
                  - file: data/pulse-14b.csv
                    checkpoint: 14
                """,
            files: [
                "content/data/pulse-14a.csv": "participant,submitted_at,applied.one-question\n"
                    + (laterInFirstFile
                        ? "ana@example.com,2026-03-05T08:00:00Z,Yes\n" : "ana@example.com,2026-03-01T08:00:00Z,No\n"),
                "content/data/pulse-14b.csv": "participant,submitted_at,applied.one-question\n"
                    + (laterInFirstFile
                        ? "ana@example.com,2026-03-01T08:00:00Z,No\n" : "ana@example.com,2026-03-05T08:00:00Z,Yes\n")
                    ,
            ])
        let result = site.load()
        #expect(errors(result) == [])
        let keptFile = laterInFirstFile ? "content/data/pulse-14a.csv" : "content/data/pulse-14b.csv"
        let droppedFile = laterInFirstFile ? "content/data/pulse-14b.csv" : "content/data/pulse-14a.csv"
        #expect(
            warnings(result) == [
                "\(droppedFile):2:1: warning: duplicate submission for the same participant and checkpoint; "
                    + "the later one at line 2 of \(keptFile) is kept"
            ])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.count == 1)
        #expect(loaded.responses.first?.applied == ["one-question": true])
        #expect(loaded.responses.first?.location.file == keptFile)
        #expect(loaded.dataQuality.duplicatesDropped == 1)
        #expect(loaded.dataQuality.rowsRead == 2)
    }

    @Test func theSameParticipantAtTwoCheckpointsIsNotADuplicate() throws {
        let site = standardSite(
            surveys: """
                  - file: data/pulse.csv
                    checkpoint_column: Day
                """,
            files: [
                "content/data/pulse.csv": """
                participant,submitted_at,Day,applied.one-question
                ana@example.com,2026-02-24T09:00:00Z,Day 14,Yes
                ana@example.com,2026-03-12T09:00:00Z,30,No

                """
            ])
        let result = site.load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.map(\.checkpoint) == [14, 30])
        #expect(loaded.dataQuality.duplicatesDropped == 0)
    }

    @Test func rowsReadCountsEveryExportIncludingObservationsButNotHeadersOrRoster() throws {
        let site = standardSite(
            surveys: """
                  - file: data/pulse-14.csv
                    checkpoint: 14
                  - file: data/pulse-30.csv
                    checkpoint: 30
                  - file: data/observations-30.csv
                    kind: manager-observation
                    checkpoint: 30
                """,
            files: [
                "content/data/pulse-14.csv": """
                participant,submitted_at,applied.one-question
                ana@example.com,2026-02-24T09:00:00Z,Yes
                ben@example.com,2026-02-24T10:00:00Z,No
                zed@example.com,2026-02-24T11:00:00Z,No

                """,
                "content/data/pulse-30.csv": """
                participant,submitted_at,applied.one-question
                ana@example.com,2026-03-12T09:00:00Z,Yes

                """,
                "content/data/observations-30.csv": """
                participant,observer,submitted_at,observed.one-question,observed.specific-feedback
                ana@example.com,MIA@example.com,2026-03-13T09:00:00Z,Yes,No
                ben@example.com,mia@example.com,2026-03-13T09:05:00Z,no,
                ben@example.com,mia@example.com,2026-03-14T09:05:00Z,yes,yes

                """,
            ])
        let result = site.load()
        #expect(errors(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 7)
        #expect(loaded.dataQuality.unmatchedRows == 1)
        #expect(loaded.dataQuality.duplicatesDropped == 1)
        #expect(loaded.observations.map(\.participant) == ["ana@example.com", "ben@example.com"])
        #expect(loaded.observations.map(\.observer) == ["mia@example.com", "mia@example.com"])
        #expect(loaded.observations.map(\.checkpoint) == [30, 30])
        #expect(loaded.observations[0].observed == ["one-question": true, "specific-feedback": false])
        #expect(loaded.observations[1].observed == ["one-question": true, "specific-feedback": true])
        #expect(
            loaded.asked[30]?.observation == [
                "participant", "observer", "submitted_at", "observed.one-question", "observed.specific-feedback",
            ])
        #expect(loaded.asked[30]?.selfReport == ["participant", "submitted_at", "applied.one-question"])
    }
}
