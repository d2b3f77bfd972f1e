import Foundation
import Testing
import UptakeModel

@testable import UptakeInput

/// PRODUCT.md §1 "Bad input" and §2 "Where diagnostics point": exact file, line, column and
/// message for each problem, all collected in one run.
@Suite struct DiagnosticTests {
    /// A program whose surveys start on line 11 (`  - file:` on line 12).
    static func program(surveys: String, behaviorExtra: String = "", guide: String = "[One?, Two?, Three?]") -> String {
        """
        ---
        id: feedback
        title: Feedback That Lands
        checkpoints: [14, 30]
        behaviors:
          - id: one-question
            name: Ask one question\(behaviorExtra)
        manager_guide:
          questions: \(guide)
        roster: data/roster.csv
        surveys:
        \(surveys)
        ---
        Body.

        """
    }

    static let survey = """
          - file: data/pulse.csv
            checkpoint: 14
        """

    static let pulse = """
        participant,submitted_at,applied.one-question
        ana@example.com,2026-02-24T09:00:00Z,Yes

        """

    static func site(program: String, pulse: String = pulse, config: String = siteConfig) -> TestSite {
        TestSite([
            "uptake.yml": config,
            "content/programs/feedback.md": program,
            "content/data/roster.csv":
                "participant,completed\nana@example.com,yes\nben@example.com,yes\ndee@example.com,yes\n",
            "content/data/pulse.csv": pulse,
        ])
    }

    @Test func validSiteHasNoDiagnostics() {
        #expect(formatted(Self.site(program: Self.program(surveys: Self.survey)).load()) == [])
    }

    @Test func malformedFrontMatterPointsAtTheFileLine() {
        let text = """
            ---
            id: feedback
            title: a: b
            ---
            Body.

            """
        let result = Self.site(program: text).load()
        #expect(
            formatted(result) == [
                "content/programs/feedback.md:3:9: error: malformed YAML: mapping values are not allowed in this context"
            ])
        #expect(result.site?.programs.isEmpty == true)
    }

    @Test func malformedSiteConfigPointsAtItsLine() {
        let result = Self.site(program: Self.program(surveys: Self.survey), config: "title: Site\nemail: [a, b\n")
            .load()
        let errors = result.diagnostics.all.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.file == "uptake.yml")
        #expect(errors.first?.location?.line == 3)
        #expect(errors.first?.message.hasPrefix("malformed YAML: ") == true)
    }

    @Test func malformedFrontMatterWithCRLFAndBOMKeepsItsPosition() {
        let text = "\u{FEFF}---\r\nid: feedback\r\ntitle: Feedback\r\nsummary: a: b\r\n---\r\nBody.\r\n"
        #expect(
            formatted(Self.site(program: text).load()) == [
                "content/programs/feedback.md:4:11: error: malformed YAML: mapping values are not allowed in this context"
            ])
    }

    @Test func unknownKeysAndBadValuesInFrontMatter() {
        let text = Self.program(surveys: Self.survey, behaviorExtra: "\n    target_frequency: hourly")
            .replacingOccurrences(of: "checkpoints: [14, 30]", with: "checkpionts: [14, 30]\ncheckpoints: [14, 0, 14]")
        #expect(
            formatted(Self.site(program: text).load()) == [
                "content/programs/feedback.md:4:1: warning: unknown key 'checkpionts' in front matter",
                "content/programs/feedback.md:5:19: error: checkpoints must be days after training (1 or more), got 0",
                "content/programs/feedback.md:5:22: error: day 14 appears twice in checkpoints",
                "content/programs/feedback.md:9:23: error: target_frequency must be one of never, rarely, monthly, weekly, daily, got 'hourly'",
            ])
    }

    @Test func missingFrontMatter() {
        let result = Self.site(program: "# Just Markdown\n").load()
        #expect(
            formatted(result) == [
                "content/programs/feedback.md:1:1: error: missing front matter: a program file starts with a line '---'"
            ])
    }

    @Test func unknownBehaviorInAMappingPointsAtTheKey() {
        let surveys = """
              - file: data/pulse.csv
                checkpoint: 14
                columns:
                  participant: participant
                  submitted_at: submitted_at
                  applied.nope: applied.one-question
            """
        #expect(
            formatted(Self.site(program: Self.program(surveys: surveys)).load()) == [
                "content/programs/feedback.md:17:7: error: unknown behavior id 'nope' in mapping 'applied.nope'"
            ])
    }

    @Test func missingMappedColumnPointsAtTheMappingValue() {
        let surveys = """
              - file: data/pulse.csv
                checkpoint: 14
                columns:
                  participant: participant
                  submitted_at: submitted_at
                  applied.one-question: "Q9 Did you ask?"
            """
        #expect(
            formatted(Self.site(program: Self.program(surveys: surveys)).load()) == [
                "content/programs/feedback.md:17:29: error: column 'Q9 Did you ask?' for 'applied.one-question' not found in content/data/pulse.csv"
            ])
    }

    @Test func checkpointNotInTheProgram() {
        let surveys = """
              - file: data/pulse.csv
                checkpoint: 45
            """
        #expect(
            formatted(Self.site(program: Self.program(surveys: surveys)).load()) == [
                "content/programs/feedback.md:13:17: error: checkpoint 45 is not one of the program's checkpoints [14, 30]"
            ])
    }

    @Test func unparseableDatePointsAtTheCSVField() {
        let pulse = """
            participant,submitted_at,applied.one-question
            ana@example.com,2026-02-24T09:00:00Z,Yes
            ben@example.com,"yesterday",Yes
            dee@example.com,,No

            """
        let result = Self.site(program: Self.program(surveys: Self.survey), pulse: pulse).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:3:17: error: submitted_at: cannot read 'yesterday' as a date and time",
                "content/data/pulse.csv:4:17: error: submitted_at: cannot read an empty value as a date and time",
            ])
    }

    @Test func dateAfterAQuotedLineBreakPointsAtItsOwnLine() {
        let pulse = "participant,story,submitted_at\nana@example.com,\"line one\nline two\",31/31/2026\n"
        let result = Self.site(program: Self.program(surveys: Self.survey), pulse: pulse).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:3:11: error: submitted_at: cannot read '31/31/2026' as a date and time"
            ])
    }

    @Test func unterminatedQuotePointsAtTheLineWhereItsRecordStarts() {
        let pulse = """
            participant,submitted_at,applied.one-question
            ana@example.com,2026-02-24T09:00:00Z,Yes
            ben@example.com,2026-02-24T09:00:00Z,"Yes
            dee@example.com,2026-02-24T09:00:00Z,No

            """
        #expect(
            formatted(Self.site(program: Self.program(surveys: Self.survey), pulse: pulse).load()) == [
                "content/data/pulse.csv:3:38: error: unterminated quote: a quoted field in this record never closes"
            ])
    }

    @Test(arguments: ["", "\u{FEFF}"])
    func emptyExportPointsAtLineOne(text: String) {
        #expect(
            formatted(Self.site(program: Self.program(surveys: Self.survey), pulse: text).load()) == [
                "content/data/pulse.csv:1:1: error: empty file"
            ])
    }

    @Test func minGroupSizeBelowThreeIsAnErrorAtTheValue() {
        let config = "title: Site\nmin_group_size: 2\n"
        let result = Self.site(program: Self.program(surveys: Self.survey), config: config).load()
        #expect(formatted(result) == ["uptake.yml:2:17: error: min_group_size must be at least 3, got 2"])
        #expect(result.site?.config.minGroupSize == 5)
    }

    @Test func siteConfigValuesAndDefaults() {
        let config = """
            title: Site
            min_group_size: 7
            min_group_size_text: 12
            locale: en-GB
            email:
              from: Learning <learning@example.com>
              subject: "{{program.title}} brief"
            paper: Letter

            """
        let result = Self.site(program: Self.program(surveys: Self.survey), config: config).load()
        #expect(formatted(result) == [])
        let site = result.site?.config
        #expect(site?.minGroupSize == 7)
        #expect(site?.minGroupSizeText == 12)
        #expect(site?.locale == "en-GB")
        #expect(site?.emailFrom == "Learning <learning@example.com>")
        #expect(site?.emailSubject == "{{program.title}} brief")
        #expect(site?.paper == .letter)
        #expect(site?.unsafeHTML == false)
        let defaults = Self.site(program: Self.program(surveys: Self.survey), config: "title: Site\n").load().site?
            .config
        #expect(defaults?.minGroupSize == 5)
        #expect(defaults?.minGroupSizeText == 10)
        #expect(defaults?.paper == .a4)
    }

    @Test func longFirstStepIsAWarningAtTheValue() throws {
        let program = Self.program(surveys: Self.survey, behaviorExtra: "\n    first_step_minutes: 45")
        let result = Self.site(program: program).load()
        #expect(
            formatted(result) == [
                "content/programs/feedback.md:8:25: warning: first step of 'one-question' takes 45 minutes; make it ridiculously easy (under 30)"
            ])
        #expect(try onlyProgram(result).program.behaviors.first?.firstStepMinutes == 45)
    }

    @Test func managerGuideWithTwoQuestionsIsAWarning() throws {
        let result = Self.site(program: Self.program(surveys: Self.survey, guide: "[One?, Two?]")).load()
        #expect(
            formatted(result) == [
                "content/programs/feedback.md:9:14: warning: manager_guide.questions has 2 questions; the one-pager asks for exactly 3"
            ])
        #expect(try onlyProgram(result).program.managerGuide.questions == ["One?", "Two?"])
    }

    @Test func rosterOutsideTheSiteFolderIsRefused() {
        let program = Self.program(surveys: Self.survey).replacingOccurrences(
            of: "roster: data/roster.csv", with: "roster: ../../etc/passwd")
        let result = Self.site(program: program).load()
        #expect(
            errors(result) == [
                "content/programs/feedback.md:10:9: error: roster '../../etc/passwd' is outside the site folder"
            ])
    }

    @Test func absoluteRosterPathIsRefused() {
        let program = Self.program(surveys: Self.survey).replacingOccurrences(
            of: "roster: data/roster.csv", with: "roster: /etc/passwd")
        #expect(
            errors(Self.site(program: program).load()) == [
                "content/programs/feedback.md:10:9: error: roster '/etc/passwd' is outside the site folder"
            ])
    }

    @Test func symlinkOutOfTheSiteIsRefused() throws {
        let outside = TestSite(["secret.csv": "participant\nana@example.com\n"])
        let site = Self.site(program: Self.program(surveys: Self.survey))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/data/roster.csv"))
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("content/data/roster.csv"),
            withDestinationURL: outside.root.appendingPathComponent("secret.csv"))
        #expect(
            errors(site.load()) == [
                "content/programs/feedback.md:10:9: error: roster 'data/roster.csv' is outside the site folder"
            ])
    }

    @Test func missingRosterFile() {
        let program = Self.program(surveys: Self.survey).replacingOccurrences(
            of: "roster: data/roster.csv", with: "roster: data/missing.csv")
        #expect(
            errors(Self.site(program: program).load()) == [
                "content/programs/feedback.md:10:9: error: roster 'data/missing.csv' does not exist"
            ])
    }

    @Test func aDirectoryGivenAsASurveyFile() {
        let surveys = """
              - file: data/pulse
                checkpoint: 14
            """
        let site = Self.site(program: Self.program(surveys: surveys))
        site.makeFolder("content/data/pulse")
        #expect(
            formatted(site.load()) == [
                "content/programs/feedback.md:12:11: error: survey 'data/pulse' is a directory, not a file"
            ])
    }

    @Test func everyErrorIsCollectedInOneRun() {
        let surveys = """
              - file: data/pulse.csv
                checkpoint: 14
                columns:
                  participant: participant
                  submitted_at: submitted_at
                  applied.nope: applied.one-question
              - file: data/pulse-30.csv
                checkpoint: 30
            """
        let site = Self.site(program: Self.program(surveys: surveys), config: "title: Site\nmin_group_size: 1\n")
        site.write(
            "content/data/pulse-30.csv",
            "participant,submitted_at,applied.one-question\nana@example.com,not a date,Yes\n")
        let result = site.load()
        #expect(
            formatted(result) == [
                "content/data/pulse-30.csv:2:17: error: submitted_at: cannot read 'not a date' as a date and time",
                "content/programs/feedback.md:17:7: error: unknown behavior id 'nope' in mapping 'applied.nope'",
                "uptake.yml:2:17: error: min_group_size must be at least 3, got 1",
            ])
        #expect(result.diagnostics.errorCount == 3)
        #expect(result.diagnostics.hasErrors)
    }

    @Test func rosterColumnsAreMappedAndAMissingOnePointsAtItsValue() throws {
        let program = Self.program(surveys: Self.survey).replacingOccurrences(
            of: "roster: data/roster.csv",
            with:
                "roster: data/roster.csv\nroster_columns:\n  participant: User Email\n  completed: Completion Status\n  team: Department"
        )
        let site = Self.site(program: program)
        site.write(
            "content/data/roster.csv",
            "User Email,completion status\nANA@example.com,Completed\nben@example.com,no\ndee@example.com,yes\n")
        #expect(
            errors(site.load()) == [
                "content/programs/feedback.md:14:9: error: column 'Department' for 'team' not found in content/data/roster.csv"
            ])
        site.write(
            "content/data/roster.csv",
            "User Email,completion status,Department\nANA@example.com,Completed,Sales\nben@example.com,no,Ops\ndee@example.com,yes,Ops\n"
        )
        let result = site.load()
        #expect(formatted(result) == [])
        let roster = try onlyProgram(result).roster
        #expect(roster.map(\.key) == ["ana@example.com", "ben@example.com", "dee@example.com"])
        #expect(roster.map(\.completed) == [true, false, true])
        #expect(roster.map(\.team) == ["Sales", "Ops", "Ops"])
    }

    @Test func checkpointColumnValueOutsideTheProgramSkipsTheRow() throws {
        let surveys = """
              - file: data/pulse.csv
                checkpoint_column: Wave
            """
        let pulse =
            "participant,submitted_at,Wave,applied.one-question\nana@example.com,2026-02-24T09:00:00Z,Day 45,Yes\n"
        let result = Self.site(program: Self.program(surveys: surveys), pulse: pulse).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:2:38: warning: checkpoint column: not one of the program's checkpoints [14, 30]; row skipped"
            ])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses == [])
        #expect(loaded.dataQuality.rowsRead == 1)
    }

    @Test func aSurveyNeedsACheckpoint() {
        let surveys = """
              - file: data/pulse.csv
                format: typeform
            """
        #expect(
            formatted(Self.site(program: Self.program(surveys: surveys)).load()) == [
                "content/programs/feedback.md:12:5: error: survey 'data/pulse.csv' needs checkpoint: or checkpoint_column:",
                "content/programs/feedback.md:13:13: error: format must be one of generic, qualtrics, surveymonkey, google-forms, ms-forms, got 'typeform'",
            ])
    }

    @Test func outOfRangeAnswersAreWarningsAndCountAsUnanswered() throws {
        let pulse = """
            participant,submitted_at,applied.one-question,frequency.one-question,confidence.one-question
            ana@example.com,2026-02-24T09:00:00Z,Maybe,Purple,7

            """
        let result = Self.site(program: Self.program(surveys: Self.survey), pulse: pulse).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:2:38: warning: out-of-range answer for 'applied.one-question': expected yes or no; counted as unanswered",
                "content/data/pulse.csv:2:44: warning: out-of-range answer for 'frequency.one-question': expected a frequency (never, rarely, monthly, weekly, daily); counted as unanswered",
                "content/data/pulse.csv:2:51: warning: out-of-range answer for 'confidence.one-question': expected a rating from 1 to 5; counted as unanswered",
            ])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.first?.applied == [:])
        #expect(loaded.responses.first?.frequency == [:])
        #expect(loaded.responses.first?.confidence == [:])
        #expect(loaded.dataQuality.warnings.count == 3)
    }
}
