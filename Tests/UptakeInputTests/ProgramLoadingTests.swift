import Testing
import UptakeModel

@testable import UptakeInput

/// PRODUCT.md §1: a site folder read into programs, rosters and normalized responses.
@Suite struct ProgramLoadingTests {
    static let program = """
        ---
        id: feedback-that-lands
        title: Feedback That Lands
        summary: One sentence.
        audience: People managers
        checkpoints: [14, 30, 60]
        touchpoints: [14, 30, 90]
        behaviors:
          - id: one-question
            name: Ask one framework question in every 1:1
            first_step: Use one question from the framework in your next one-on-one
            first_step_minutes: 10
            target_frequency: weekly
          - id: ask-for-feedback
            name: Ask your team for feedback
            first_step: End your next team meeting with keep, start, stop
            target_frequency: monthly
        manager_guide:
          why_it_matters: People practice what their manager **asks about**.
          before: [Tell your team why it matters, Block one-on-ones]
          after:
            - Ask what they learned
          questions:
            - Which question have you tried?
            - Whose work needs feedback?
            - What is in the way?
        cohorts:
          - id: 2026-02-emea
            name: EMEA, February
            trained_on: 2026-02-10
          - id: 2026-03-amer
            name: Americas, March
            trained_on: 2026-03-03
        obstacle_categories:
          "Outdated processes that conflict with the new approach": process
          "  NO TIME, too much on my plate ": workload
        roster: data/feedback/roster.csv
        surveys:
          - file: data/feedback/pulse-14.csv
            checkpoint: 14
          - file: data/feedback/pulse-30.csv
            checkpoint: 30
            columns:
              participant: Email Address
              submitted_at: Submitted At
              applied.one-question: Did you ask a framework question?
              frequency.one-question: How often?
              obstacles: What got in the way?
        ---
        ## Why it matters

        | Move | When |
        |------|------|
        | Ask  | 1:1  |

        <script>alert(1)</script>

        <div class="callout">Raw block</div>

        """

    static let roster = """
        participant,name,email,cohort,manager,manager_name,manager_email,team,completed,satisfaction,first_step_scheduled
         Ana@Example.COM ,Ana Diaz,ana@example.com,2026-02-emea, MIA@example.com ,Mia Grant,mia@example.com,Sales,yes,5,yes
        ben@example.com,Ben Ode,ben@example.com,2026-02-emea,mia@example.com,Mia Grant,mia@example.com,Sales,Y,Strongly agree,No
        cy@example.com,Cy Park,cy@example.com,2026-03-amer,raj@example.com,Raj Iyer,raj@example.com,Support,no,,
        dee@example.com,Dee Lund,dee@example.com,2026-03-amer,raj@example.com,Raj Iyer,raj@example.com,Support,TRUE,4 - Agree,yes

        """

    static let pulse14 = """
        participant,submitted_at,applied.one-question,frequency.one-question,applied.ask-for-feedback,confidence.one-question,first_step_done,obstacles,obstacle_text,manager_discussed,peer_checkin,story,story_consent
        ana@example.com,2026-02-24T09:00:00Z,Yes,Once a week,No,Strongly agree,yes,"Outdated processes that conflict with the new approach;no time, too much on my plate ",,Yes,No,It worked in my 1:1,Yes
        BEN@example.com ,2026-02-25T10:30:00+01:00,no,Never,,3,No,Tools;I had no budget,Nobody asked me,no,,,
        dee@example.com,2026-03-17T08:00:00Z,Y,Every day,Oui,5,1,,,Ja,Yes,  ,No

        """

    static let pulse30 = """
        Submitted At,Email Address,Did you ask a framework question?,How often?,What got in the way?,Unrelated
        2026-03-12T09:00:00Z,ana@example.com,No,Rarely,workload,x

        """

    static func site(unsafeHTML: Bool = false) -> TestSite {
        TestSite([
            "uptake.yml": siteConfig + "markdown:\n  unsafe_html: \(unsafeHTML)\n",
            "content/programs/feedback-that-lands.md": program,
            "content/data/feedback/roster.csv": roster,
            "content/data/feedback/pulse-14.csv": pulse14,
            "content/data/feedback/pulse-30.csv": pulse30,
        ])
    }

    @Test func loadsWithoutDiagnostics() throws {
        let result = Self.site().load()
        #expect(formatted(result) == [])
        #expect(result.site?.config.title == "Test site")
        #expect(result.site?.config.organization == "Northwind")
    }

    @Test func programFieldsComeFromFrontMatter() throws {
        let loaded = try onlyProgram(Self.site().load())
        let program = loaded.program
        #expect(program.id == "feedback-that-lands")
        #expect(program.title == "Feedback That Lands")
        #expect(program.summary == "One sentence.")
        #expect(program.audience == "People managers")
        #expect(program.checkpoints == [14, 30, 60])
        #expect(program.touchpoints == [14, 30, 90])
        #expect(program.sourcePath == "content/programs/feedback-that-lands.md")

        #expect(program.behaviors.map(\.id) == ["one-question", "ask-for-feedback"])
        let first = program.behaviors[0]
        #expect(first.name == "Ask one framework question in every 1:1")
        #expect(first.firstStep == "Use one question from the framework in your next one-on-one")
        #expect(first.firstStepMinutes == 10)
        #expect(first.targetFrequency == .weekly)
        let second = program.behaviors[1]
        #expect(second.firstStepMinutes == nil)
        #expect(second.targetFrequency == .monthly)

        #expect(program.cohorts.map(\.id) == ["2026-02-emea", "2026-03-amer"])
        #expect(program.cohorts.map(\.name) == ["EMEA, February", "Americas, March"])
        #expect(program.cohorts.map { $0.trainedOn?.iso } == ["2026-02-10", "2026-03-03"])
        #expect(program.cohorts[0].trainedOn == CalendarDay(year: 2026, month: 2, day: 10))
    }

    @Test func managerGuideIsReadAndRendered() throws {
        let guide = try onlyProgram(Self.site().load()).program.managerGuide
        #expect(guide.whyItMatters == "People practice what their manager **asks about**.")
        #expect(guide.whyItMattersHTML == "<p>People practice what their manager <strong>asks about</strong>.</p>\n")
        #expect(guide.before == ["Tell your team why it matters", "Block one-on-ones"])
        #expect(guide.after == ["Ask what they learned"])
        #expect(
            guide.questions == ["Which question have you tried?", "Whose work needs feedback?", "What is in the way?"])
    }

    @Test func obstacleCategoryWordingsAreKeyedTrimmedAndLowercased() throws {
        let table = try onlyProgram(Self.site().load()).program.obstacleCategories
        #expect(
            table == [
                "outdated processes that conflict with the new approach": .process,
                "no time, too much on my plate": .workload,
            ])
    }

    @Test func markdownBodyIsRenderedWithRawHTMLDropped() throws {
        let html = try onlyProgram(Self.site().load()).program.bodyHTML
        #expect(html.contains("<h2>Why it matters</h2>"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Move</th>"))
        #expect(html.contains("<td>Ask</td>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)</script>"))
        #expect(!html.contains("<div class=\"callout\">"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func unsafeHTMLKeepsRawHTML() throws {
        let result = Self.site(unsafeHTML: true).load()
        #expect(result.site?.config.unsafeHTML == true)
        let html = try onlyProgram(result).program.bodyHTML
        #expect(html.contains("<div class=\"callout\">Raw block</div>"))
        #expect(!html.contains("raw HTML omitted"))
        // GFM's tagfilter still neutralizes <script> even when raw HTML is allowed.
        #expect(html.contains("&lt;script>alert(1)&lt;/script>"))
    }

    @Test func rosterParticipantsAreNormalized() throws {
        let roster = try onlyProgram(Self.site().load()).roster
        #expect(roster.map(\.key) == ["ana@example.com", "ben@example.com", "cy@example.com", "dee@example.com"])
        let ana = roster[0]
        #expect(ana.name == "Ana Diaz")
        #expect(ana.email == "ana@example.com")
        #expect(ana.cohort == "2026-02-emea")
        #expect(ana.manager == "mia@example.com")
        #expect(ana.managerName == "Mia Grant")
        #expect(ana.managerEmail == "mia@example.com")
        #expect(ana.team == "Sales")
        #expect(ana.line == 2)
        #expect(roster.map(\.completed) == [true, true, false, true])
        #expect(roster.map(\.satisfaction) == [5, 5, nil, 4])
        #expect(roster.map(\.firstStepScheduled) == [true, false, nil, true])
    }

    @Test func rosterWithoutOptionalColumnsCountsEveryoneTrained() throws {
        let site = Self.site()
        site.write("content/data/feedback/roster.csv", "email,name\nana@example.com,Ana\nben@example.com,Ben\n")
        let result = site.load()
        let loaded = try onlyProgram(result)
        #expect(loaded.rosterHasCompleted == false)
        #expect(loaded.rosterHasSatisfaction == false)
        #expect(loaded.rosterHasFirstStepScheduled == false)
        #expect(loaded.roster.map(\.key) == ["ana@example.com", "ben@example.com"])
        #expect(loaded.roster.map(\.completed) == [true, true])
        #expect(loaded.responses.map(\.participant) == ["ana@example.com", "ben@example.com", "ana@example.com"])
    }

    @Test func genericResponsesAreNormalized() throws {
        let loaded = try onlyProgram(Self.site().load())
        let at14 = loaded.responses.filter { $0.checkpoint == 14 }
        #expect(at14.map(\.participant) == ["ana@example.com", "ben@example.com", "dee@example.com"])

        let ana = at14[0]
        #expect(ana.submittedAt == 1_771_923_600)  // 2026-02-24T09:00:00Z
        #expect(ana.applied == ["one-question": true, "ask-for-feedback": false])
        #expect(ana.frequency == ["one-question": .weekly])
        #expect(ana.confidence == ["one-question": 5])
        #expect(ana.firstStepDone == true)
        #expect(ana.obstacles == [.process, .workload])
        #expect(ana.obstacleText == nil)
        #expect(ana.managerDiscussed == true)
        #expect(ana.peerCheckin == false)
        #expect(ana.story == "It worked in my 1:1")
        #expect(ana.storyConsent == true)
        #expect(
            ana.location == UptakeModel.SourceLocation(file: "content/data/feedback/pulse-14.csv", line: 2, column: 1))

        let ben = at14[1]
        #expect(ben.submittedAt == 1_772_011_800)  // 2026-02-25T09:30:00Z
        #expect(ben.applied == ["one-question": false])
        #expect(ben.frequency == ["one-question": .never])
        #expect(ben.confidence == ["one-question": 3])
        #expect(ben.firstStepDone == false)
        // `tools` by category name, an unknown wording as `other`.
        #expect(ben.obstacles == [.tools, .other])
        #expect(ben.obstacleText == "Nobody asked me")
        #expect(ben.managerDiscussed == false)
        #expect(ben.peerCheckin == nil)
        #expect(ben.story == nil)
        #expect(ben.storyConsent == nil)

        let dee = at14[2]
        #expect(dee.applied == ["one-question": true, "ask-for-feedback": true])
        #expect(dee.frequency == ["one-question": .daily])
        #expect(dee.firstStepDone == true)
        #expect(dee.obstacles == nil)
        #expect(dee.managerDiscussed == true)
        #expect(dee.story == nil)
        #expect(dee.storyConsent == false)
    }

    @Test func columnsAreMappedByHeader() throws {
        let loaded = try onlyProgram(Self.site().load())
        let at30 = loaded.responses.filter { $0.checkpoint == 30 }
        #expect(at30.count == 1)
        let ana = try #require(at30.first)
        #expect(ana.participant == "ana@example.com")
        #expect(ana.submittedAt == 1_773_306_000)  // 2026-03-12T09:00:00Z
        #expect(ana.applied == ["one-question": false])
        #expect(ana.frequency == ["one-question": .rarely])
        #expect(ana.obstacles == [.workload])
        #expect(ana.firstStepDone == nil)
    }

    @Test func askedFieldsPerCheckpoint() throws {
        let loaded = try onlyProgram(Self.site().load())
        #expect(Set(loaded.asked.keys) == [14, 30])
        #expect(
            loaded.asked[14]?.selfReport == [
                "participant", "submitted_at", "applied.one-question", "frequency.one-question",
                "applied.ask-for-feedback", "confidence.one-question", "first_step_done", "obstacles", "obstacle_text",
                "manager_discussed", "peer_checkin", "story", "story_consent",
            ])
        #expect(
            loaded.asked[30]?.selfReport == [
                "participant", "submitted_at", "applied.one-question", "frequency.one-question", "obstacles",
            ])
        #expect(loaded.asked[14]?.observation == [])
    }

    @Test func anExportWithOnlyAHeaderStillAsksItsQuestions() throws {
        let site = Self.site()
        site.write(
            "content/data/feedback/pulse-30.csv",
            "Submitted At,Email Address,Did you ask a framework question?,How often?,What got in the way?\n")
        let result = site.load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.filter { $0.checkpoint == 30 }.isEmpty)
        #expect(
            loaded.asked[30]?.selfReport == [
                "participant", "submitted_at", "applied.one-question", "frequency.one-question", "obstacles",
            ])
    }

    @Test func dataQualityOfACleanLoad() throws {
        let quality = try onlyProgram(Self.site().load()).dataQuality
        #expect(quality.rowsRead == 4)
        #expect(quality.duplicatesDropped == 0)
        #expect(quality.unmatchedRows == 0)
        #expect(quality.skippedRows == 0)
        #expect(quality.warnings == [])
    }

    /// A program file saved on Windows: CRLF line ends and a byte order mark.
    @Test func windowsLineEndsInAProgramFile() throws {
        let site = Self.site()
        let windows = "\u{FEFF}" + Self.program.replacingOccurrences(of: "\n", with: "\r\n")
        site.write("content/programs/feedback-that-lands.md", windows)
        let result = site.load()
        #expect(formatted(result) == [])
        let program = try onlyProgram(result).program
        #expect(program.title == "Feedback That Lands")
        #expect(program.behaviors.map(\.id) == ["one-question", "ask-for-feedback"])
        #expect(program.bodyHTML.contains("<table>"))
    }

    @Test func idDefaultsToTheFileName() throws {
        let site = TestSite([
            "uptake.yml": siteConfig,
            "content/programs/strategic-habits.md": "---\ntitle: Strategic Habits\nroster: roster.csv\n---\nBody\n",
            "content/roster.csv": "participant\nana@example.com\n",
        ])
        let result = site.load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.program.id == "strategic-habits")
        #expect(loaded.program.bodyHTML == "<p>Body</p>\n")
    }
}
