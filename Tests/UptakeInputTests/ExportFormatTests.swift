import Foundation
import Testing
import UptakeCSV
import UptakeModel

@testable import UptakeInput

/// PRODUCT.md §1 "Survey exports": each tool's export as the tool writes it, from the fixtures
/// under `Tests/Fixtures/csv/<tool>/`.
enum ExportFixture {
    /// The export layout of a fixture file.
    static func layout(_ fixture: String, _ format: SurveyFormat) throws -> ExportLayout {
        let bytes = [UInt8](try Data(contentsOf: Fixtures.url("csv/\(fixture)")))
        return ExportLayout(format: format, table: try CSVReader.parse(bytes, options: CSVOptions()))
    }

    /// A site with the standard roster whose one survey is `fixture`, copied to `data/export.csv`.
    static func site(_ fixture: String, survey: String, config: String = siteConfig) -> TestSite {
        let site = standardSite(surveys: survey, files: ["uptake.yml": config])
        site.copyFixture("csv/\(fixture)", to: "content/data/export.csv")
        return site
    }
}

@Suite struct QualtricsExportTests {
    static func survey(includePartial: Bool? = nil) -> String {
        """
          - file: data/export.csv
            format: qualtrics
            checkpoint: 30
            timezone: "-06:00"
        \(includePartial.map { "    include_partial: \($0)\n" } ?? "")    columns:
              participant: RecipientEmail
              submitted_at: RecordedDate
              applied.one-question: Q2
              frequency.one-question: How often do you ask a framework question in your one-on-ones?
              first_step_done: QID4
              obstacles: Q5
              obstacle_text: Q5_6_TEXT
              manager_discussed: '{"ImportId":"QID6"}'
              story: Q7
              story_consent: QID8
        """
    }

    @Test func aMappingMayNameAColumnByTagQuestionTextOrImportId() throws {
        let layout = try ExportFixture.layout("qualtrics/pulse-30-choice-text.csv", .qualtrics)
        #expect(layout.headerCount == 3)
        #expect(layout.columns(named: "RecipientEmail") == [11])
        #expect(layout.columns(named: "Recipient Email") == [11])
        #expect(layout.columns(named: "recipientEmail") == [11])
        #expect(layout.columns(named: "Q2") == [17])
        #expect(
            layout.columns(named: "In the last two weeks, did you ask a framework question in a one-on-one?") == [17])
        #expect(layout.columns(named: "QID2") == [17])
        #expect(layout.columns(named: "qid2") == [17])
        #expect(layout.columns(named: "Q5") == [20])
        #expect(layout.columns(named: "Q5_6_TEXT") == [21])
        #expect(layout.columns(named: "QID5_6_TEXT") == [21])
        #expect(layout.columns(named: "QID7_TEXT") == [23])
        #expect(layout.columns(named: "Q9") == [])
        #expect(layout.multiSelectSeparator == ",")
    }

    @Test func previewsAndUnfinishedResponsesAreSkippedAndCounted() throws {
        let result = ExportFixture.site("qualtrics/pulse-30-choice-text.csv", survey: Self.survey()).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 4)
        #expect(loaded.dataQuality.skippedRows == 2)
        #expect(loaded.dataQuality.unmatchedRows == 0)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "dee@example.com"])
        #expect(loaded.responses.map(\.checkpoint) == [30, 30])
        #expect(loaded.responses.map(\.location.line) == [4, 8])

        let ana = loaded.responses[0]
        #expect(ana.submittedAt == 1_773_500_713)  // 2026-03-14 09:05:13 at -06:00
        #expect(ana.applied == ["one-question": true])
        #expect(ana.frequency == ["one-question": .weekly])
        #expect(ana.firstStepDone == true)
        // Choices joined with "," keep the wording that contains a comma whole.
        #expect(ana.obstacles == [.process, .workload])
        #expect(ana.obstacleText == nil)
        #expect(ana.managerDiscussed == true)
        #expect(ana.story == "I asked \"what would make this easier?\"\r\nand got a real answer.")
        #expect(ana.storyConsent == true)

        let dee = loaded.responses[1]
        #expect(dee.submittedAt == 1_773_783_602)  // 2026-03-17 15:40:02 at -06:00
        #expect(dee.applied == ["one-question": false])
        #expect(dee.frequency == ["one-question": .never])
        #expect(dee.firstStepDone == false)
        #expect(dee.obstacles == [.other])
        #expect(dee.obstacleText == "Approval steps take weeks")
        #expect(dee.managerDiscussed == false)
        #expect(dee.story == nil)
        #expect(dee.storyConsent == nil)
    }

    @Test func includePartialKeepsUnfinishedResponses() throws {
        let result = ExportFixture.site("qualtrics/pulse-30-choice-text.csv", survey: Self.survey(includePartial: true))
            .load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 4)
        #expect(loaded.dataQuality.skippedRows == 1)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com", "dee@example.com"])
        let ben = loaded.responses[1]
        #expect(ben.submittedAt == 1_774_107_000)  // 2026-03-21 09:30:00 at -06:00
        #expect(ben.applied == ["one-question": false])
        #expect(ben.frequency == ["one-question": .rarely])
        #expect(ben.firstStepDone == nil)
        #expect(ben.obstacles == nil)
    }

    @Test func includePartialFalseIsTheDefault() throws {
        let loaded = try onlyProgram(
            ExportFixture.site("qualtrics/pulse-30-choice-text.csv", survey: Self.survey(includePartial: false)).load())
        #expect(loaded.dataQuality.skippedRows == 2)
        #expect(loaded.responses.count == 2)
    }

    /// Numeric values: Status 1 preview, 2 test, 8 spam are skipped; 16 (the Offline app) and
    /// 4 (imported) are real responses; Finished 0 is skipped.
    @Test func numericExportSkipsByStatusCode() throws {
        let survey = """
              - file: data/export.csv
                format: qualtrics
                checkpoint: 30
                columns:
                  participant: RecipientEmail
                  submitted_at: RecordedDate
                  applied.one-question: Q2
            """
        let result = ExportFixture.site("qualtrics/pulse-30-numeric.csv", survey: survey).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 7)
        #expect(loaded.dataQuality.skippedRows == 4)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com", "eli@example.com"])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true, false, false])
    }

    @Test func aMissingQualtricsColumnPointsAtTheMappingValue() {
        let survey = """
              - file: data/export.csv
                format: qualtrics
                checkpoint: 30
                columns:
                  participant: RecipientEmail
                  submitted_at: RecordedDate
                  applied.one-question: QID99
            """
        // The program's surveys start on line 30 (see `programFile`).
        #expect(
            formatted(ExportFixture.site("qualtrics/pulse-30-choice-text.csv", survey: survey).load()) == [
                "content/programs/feedback.md:36:29: error: column 'QID99' for 'applied.one-question' not found in content/data/export.csv"
            ])
    }
}

@Suite struct SurveyMonkeyExportTests {
    static let obstacleTitle = "What has made it hard to apply what you learned? (Select all that apply)"
    static let survey = """
          - file: data/export.csv
            format: surveymonkey
            checkpoint: 30
            columns:
              participant: Email Address
              submitted_at: End Date
              applied.one-question: In the last two weeks, did you ask a framework question in a one-on-one?
              frequency.one-question: How often do you ask a framework question in your one-on-ones?
              obstacles: \(obstacleTitle)
              obstacle_text: \(obstacleTitle) / Other (please specify)
              manager_discussed: Has your manager discussed the training with you?
              story: Share a moment when it worked.
        """

    @Test func aMultiSelectQuestionSpansItsColumns() throws {
        let layout = try ExportFixture.layout("surveymonkey/pulse-30.csv", .surveymonkey)
        #expect(layout.headerCount == 2)
        #expect(Array(layout.headerRows[0][11...13]) == Array(repeating: Self.obstacleTitle, count: 3))
        #expect(layout.headerRows[1][9] == "Response")
        #expect(layout.columns(named: Self.obstacleTitle) == [11, 12, 13])
        #expect(layout.columns(named: "\(Self.obstacleTitle) / No time, too much on my plate") == [12])
        #expect(layout.columns(named: "\(Self.obstacleTitle) / Other (please specify)") == [13])
        #expect(layout.columns(named: "Email Address") == [5])
        #expect(layout.columns(named: "Share a moment when it worked.") == [15])
        #expect(layout.columns(named: "Custom Data 1") == [8])
    }

    @Test func loadsResponses() throws {
        let result = ExportFixture.site("surveymonkey/pulse-30.csv", survey: Self.survey).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 3)
        #expect(loaded.dataQuality.skippedRows == 0)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com", "dee@example.com"])
        #expect(loaded.responses.map(\.submittedAt) == [1_778_854_353, 1_778_922_220, 1_778_926_562])
        #expect(loaded.responses.map(\.location.line) == [3, 4, 5])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true, false, true])
        #expect(loaded.responses.map { $0.frequency["one-question"] } == [.weekly, .rarely, .daily])
        #expect(loaded.responses.map(\.obstacles) == [[.process, .workload], [.other], nil])
        #expect(loaded.responses.map(\.obstacleText) == [nil, "My manager keeps cancelling our 1:1s", nil])
        #expect(loaded.responses.map(\.managerDiscussed) == [true, false, true])
        #expect(loaded.responses.map(\.story) == ["My 1:1s got shorter and better.", nil, nil])
    }
}

@Suite struct GoogleFormsExportTests {
    static let survey = """
          - file: data/export.csv
            format: google-forms
            checkpoint: 30
            columns:
              participant: Email Address
              submitted_at: Timestamp
              applied.one-question: In the last two weeks, did you ask a framework question in a one-on-one?
              frequency.one-question: How often do you ask a framework question in your one-on-ones?
              obstacles: What has made it hard to apply what you learned?
              manager_discussed: Has your manager discussed the training with you?
        """

    @Test func formDownload() throws {
        let result = ExportFixture.site("google-forms/responses.csv", survey: Self.survey).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 3)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "dee@example.com", "ben@example.com"])
        // 2026/03/15 2:05:33 PM GMT+5:30 is 08:35:33 UTC.
        #expect(loaded.responses.map(\.submittedAt) == [1_773_563_733, 1_773_632_521, 1_773_641_427])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true, false, true])
        #expect(loaded.responses.map { $0.frequency["one-question"] } == [.weekly, .never, .daily])
        // ", " joins choices; a wording with a comma of its own stays whole.
        #expect(loaded.responses.map(\.obstacles) == [[.process, .workload], [.tools, .other], nil])
        #expect(loaded.responses.map(\.managerDiscussed) == [true, false, true])
    }

    @Test func linkedSheetIsMonthFirstForUSLocale() throws {
        let result = ExportFixture.site("google-forms/linked-sheet.csv", survey: Self.survey).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com"])
        // 3/15/2026 14:05:33 and 3/4/2026 9:00:00 (March 4).
        #expect(loaded.responses.map(\.submittedAt) == [1_773_583_533, 1_772_614_800])
        #expect(loaded.responses.map(\.obstacles) == [[.process], nil])
    }

    @Test func headersInTheOwnersLanguageAndDayFirstDates() throws {
        let survey = """
              - file: data/export.csv
                format: google-forms
                checkpoint: 30
                columns:
                  participant: E-Mail-Adresse
                  submitted_at: Zeitstempel
                  applied.one-question: Haben Sie in den letzten zwei Wochen eine Frage aus dem Leitfaden gestellt?
                  frequency.one-question: Wie oft stellen Sie eine solche Frage?
                  obstacles: Was hat die Anwendung erschwert?
            """
        let config = "title: Seite\nlocale: de-DE\n"
        let result = ExportFixture.site("google-forms/linked-sheet-de.csv", survey: survey, config: config).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        // 15.03.2026 14:05:33 and 04.03.2026 09:00:00 (4 March).
        #expect(loaded.responses.map(\.submittedAt) == [1_773_583_533, 1_772_614_800])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true, false])
        #expect(loaded.responses.map { $0.frequency["one-question"] } == [.weekly, .rarely])
        #expect(loaded.responses.map(\.obstacles) == [[.tools, .other], nil])
    }
}

@Suite struct MSFormsExportTests {
    static let survey = """
          - file: data/export.csv
            format: ms-forms
            checkpoint: 30
            columns:
              participant: Email
              submitted_at: Completion time
              applied.one-question: In the last two weeks, did you ask a framework question in a one-on-one?
              frequency.one-question: How often do you ask a framework question in your one-on-ones?
              obstacles: What has made it hard to apply what you learned?
              manager_discussed: Has your manager discussed the training with you?
        """

    @Test func layout() throws {
        let layout = try ExportFixture.layout("ms-forms/pulse-30.csv", .msForms)
        #expect(layout.headerCount == 1)
        #expect(Array(layout.headerRows[0][0...4]) == ["ID", "Start time", "Completion time", "Email", "Name"])
        #expect(layout.columns(named: "Completion time") == [2])
        #expect(layout.multiSelectSeparator == ";")
        #expect(
            layout.choices("Tools;My calendar is full;", known: [:]) == ["Tools", "My calendar is full"])
    }

    @Test func loadsResponses() throws {
        let result = ExportFixture.site("ms-forms/pulse-30.csv", survey: Self.survey).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 3)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com", "dee@example.com"])
        // 3/14/2026 9:05, 3/14/2026 10:15, 3/15/2026 16:44 (UTC).
        #expect(loaded.responses.map(\.submittedAt) == [1_773_479_100, 1_773_483_300, 1_773_593_040])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true, false, true])
        #expect(loaded.responses.map { $0.frequency["one-question"] } == [.weekly, .rarely, .daily])
        #expect(loaded.responses.map(\.obstacles) == [[.process, .workload], [.tools, .other], nil])
        #expect(loaded.responses.map(\.managerDiscussed) == [true, false, true])
    }
}

@Suite struct GenericExportTests {
    /// Excel in a European locale: BOM, CRLF, `;` delimiter, a quoted line break.
    @Test func excelSemicolonExport() throws {
        let survey = """
              - file: data/export.csv
                checkpoint: 14
            """
        let result = ExportFixture.site("generic/excel-semicolon.csv", survey: survey).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.dataQuality.rowsRead == 2)
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com"])
        #expect(loaded.responses.map(\.location.line) == [2, 4])
        #expect(loaded.responses.map(\.submittedAt) == [1_773_479_113, 1_773_478_800])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true, false])
        #expect(loaded.responses.map(\.story) == ["Zuerst zögerlich;\r\ndann jede Woche.", nil])
        #expect(loaded.responses.map(\.storyConsent) == [true, nil])
    }

    @Test func utf16WithBOM() throws {
        let survey = """
              - file: data/export.csv
                checkpoint: 14
            """
        let site = standardSite(surveys: survey, files: [:])
        let text = "participant\tsubmitted_at\tapplied.one-question\r\nana@example.com\t2026-03-14 09:05:13\tYes\r\n"
        site.write(
            "content/data/export.csv", bytes: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let result = site.load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.map(\.submittedAt) == [1_773_479_113])
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true])
    }

    @Test func headerMatchingIsTrimmedAndCaseInsensitiveAfterExact() throws {
        let survey = """
              - file: data/export.csv
                checkpoint: 14
                columns:
                  participant: email address
                  submitted_at: SUBMITTED
                  applied.one-question: Q1
            """
        let site = standardSite(
            surveys: survey,
            files: [
                "content/data/export.csv":
                    " Email Address ,Submitted,Q1,q1\nana@example.com,2026-03-14 09:05:13,Yes,No\n"
            ])
        let result = site.load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.map { $0.applied["one-question"] } == [true])
    }
}
