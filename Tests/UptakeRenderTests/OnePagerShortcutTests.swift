import Mustache
import Testing

@testable import UptakeRender

/// The one-pagers' shortcuts (`Theme+OnePagers.swift`) must give the bytes of rendering in
/// full, and be skipped when a site overrides a template they rely on.
@Suite struct OnePagerShortcutTests {
    /// What every manager's page of a program shares, with text that tries to break out.
    static var shared: [String: Any] {
        [
            "program": ["title": "Feedback <style>\n & more", "summary": "Summary </style>\n", "hasSummary": true]
                as [String: Any],
            "behaviors": [
                [
                    "name": "Ask \"why\"", "firstStep": "Pick one", "target": "weekly", "hasMinutes": true,
                    "minutes": 20,
                ],
                ["name": "Plan", "firstStep": "Plan", "target": "daily"],
            ] as [[String: Any]],
            "guide": [
                "whyHTML": "<p>Why <em>it</em> matters</p>\n", "whyText": "Why it matters", "hasWhy": true,
                "questions": ["What worked?", "{{not a tag}}"], "hasQuestions": true, "before": ["Tell them"],
                "hasBefore": true,
                "after": [String](),
            ] as [String: Any],
            "today": "January 1, 2026", "paper": "A4", "root": "",
            "site": ["title": "Site", "organization": "Org's", "lang": "en", "minGroupSize": 5] as [String: Any],
        ]
    }

    /// One manager's page over `shared`, with or without figures.
    static func context(figures: Bool) -> [String: Any] {
        var values = shared
        values["manager"] = [
            "name": "Ana <style>\n", "teams": "Team", "hasTeams": true, "sessions": "trained May 1, 2026",
        ]
        values["schedule"] = [
            ["name": "EMEA", "trainedOn": "May 1", "reminder": "May 2", "touchpoints": "May 15 (day 14)"]
        ]
        values["hasNext"] = true
        values["next"] = "May 15, 2026"
        values["fontSize"] = "10"
        values["lineHeight"] = "1.38"
        values["standalone"] = true
        if figures {
            values["hasFigures"] = true
            values["figuresDay"] = 30
            values["figures"] = [
                ["label": "Responded", "team": "4 of 9 (44%)", "program": "41%"],
                [
                    "label": "Apply", "team": "fewer than 5 responses", "program": "n/a", "teamWithheld": true,
                    "programWithheld": true,
                ],
            ]
        } else {
            values["hasNote"] = true
            values["note"] = "Your team's figures will appear here."
        }
        return values
    }

    static func render(_ theme: Theme, _ values: [String: Any], _ template: String) throws -> String {
        guard case .success(let text) = theme.render(values, template: template) else { throw Missing() }
        return text
    }

    struct Missing: Error {}

    @Test(arguments: [false, true]) func theEmailBodyIsThePageWithoutStandalone(figures: Bool) throws {
        let theme = try #require(Theme.make(overrides: [:]).0)
        var values = Self.context(figures: figures)
        let page = try Self.render(theme, values, "manager")
        values["standalone"] = nil
        #expect(page.contains("<style>\n@page"))
        #expect(theme.emailBody(ofOnePager: Array(page.utf8)) == Array(try Self.render(theme, values, "manager").utf8))
    }

    /// `shared` with another program, to tell a partial rendered once from one rendered anew.
    static var otherProgram: [String: Any] {
        var values = shared
        values["program"] = ["title": "Another program", "summary": "Else", "hasSummary": true] as [String: Any]
        return values
    }

    @Test(arguments: [TemplateEngine.uptake, .swiftMustache], [false, true])
    func programPartialsRenderedOnceGiveTheSamePages(engine: TemplateEngine, figures: Bool) throws {
        let theme = try #require(Theme.make(overrides: [:], engine: engine).0)
        #expect((theme.compiled != nil) == (engine == .uptake))
        let once = theme.forOnePagers(sharing: Self.shared)
        // The partial is now the shared program's text, whatever the context says.
        let partial = try Self.render(theme, Self.shared, "partials/manager-brief")
        #expect(try Self.render(once, Self.otherProgram, "partials/manager-brief") == partial)
        #expect(try Self.render(theme, Self.otherProgram, "partials/manager-brief") != partial)
        for template in ["manager", "manager.txt"] {
            let values = Self.context(figures: figures)
            #expect(
                try Self.render(once, values, template) == (try Self.render(theme, values, template)), "\(template)")
        }
    }

    @Test(arguments: [TemplateEngine.uptake, .swiftMustache]) func overriddenTemplatesTakeNoShortcut(engine: TemplateEngine) throws {
        let manager = DefaultTheme.files["manager.mustache"]! + "<!-- mine -->\n"
        let theme = try #require(Theme.make(overrides: ["manager.mustache": manager], engine: engine).0)
        #expect(theme.emailBody(ofOnePager: Array(try Self.render(theme, Self.context(figures: false), "manager").utf8)) == nil)
        let once = theme.forOnePagers(sharing: Self.shared)
        #expect(
            try Self.render(once, Self.otherProgram, "partials/manager-brief")
                == (try Self.render(theme, Self.otherProgram, "partials/manager-brief")))
        // A site that copied the default theme (`uptake init`) keeps the shortcuts.
        let copied = try #require(Theme.make(overrides: DefaultTheme.files, engine: engine).0)
        #expect(copied.unchanged.isSuperset(of: ["manager", "manager.txt"] + Theme.programPartials))
    }

    @Test func literalTemplatesRenderTheirText() throws {
        let texts = [
            "", "\n", "  indented\n\tand tabbed\n", "{{tag}} {{{raw}}} {{#s}}x{{/s}}", "crlf\r\nline", "no final break",
            "<table>\n  <tr>{{=<% %>=}}</tr>\n</table>\n",
        ]
        for text in texts {
            let literal = try #require(Theme.literal(text), "\(text.debugDescription)")
            #expect(literal.render(["tag": "X", "s": true]) == text)
        }
        // Whatever the parser makes of a last line of blanks, the template is checked.
        if let literal = Theme.literal("final spaces \n   ") {
            #expect(literal.render([String: Any]()) == "final spaces \n   ")
        }
        #expect(Theme.literal("breaks \u{1}{out}\u{1}") == nil)
    }

    @Test func templateErrorsCountLinesFromTheAuthorsFirstLine() throws {
        let text = "<h1>\n{{#open}}never closed\n"
        let problems = Theme.make(overrides: ["index.mustache": text]).1
        var expected = (line: 0, column: 0)
        do {
            _ = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            expected = (error.context.lineNumber, error.context.columnNumber)
        }
        #expect(problems.first?.location?.line == expected.line)
        #expect(problems.first?.location?.column == expected.column)
    }
}
