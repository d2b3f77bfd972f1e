import Testing

@testable import UptakeRender

/// Which engine renders a theme (`TemplateEngine`): Uptake's own when every template compiles
/// with it, swift-mustache for the whole theme otherwise.
@Suite struct ThemeEngineTests {
    @Test func theDefaultThemeRendersWithUptakesEngine() throws {
        let theme = try #require(Theme.make(overrides: [:]).0)
        #expect(theme.compiled != nil)
        #expect(try #require(Theme.make(overrides: [:], engine: .swiftMustache).0).compiled == nil)
    }

    @Test func aTemplateWithATransformSendsTheWholeThemeToSwiftMustache() throws {
        let index = "{{#programs}}{{uppercased(title)}}|{{/programs}}"
        let theme = try #require(Theme.make(overrides: ["index.mustache": index]).0)
        #expect(theme.compiled == nil)
        let values: [String: Any] = ["programs": [["title": "Feedback & more"], ["title": "Plan"]]]
        #expect(try theme.render(values, template: "index").get() == "FEEDBACK &amp; MORE|PLAN|")
    }

    @Test func engineComesFromTheEnvironment() {
        #expect(TemplateEngine(environment: [:]) == .uptake)
        #expect(TemplateEngine(environment: ["UPTAKE_TEMPLATE_ENGINE": "swift-mustache"]) == .swiftMustache)
        #expect(TemplateEngine(environment: ["UPTAKE_TEMPLATE_ENGINE": "other"]) == .uptake)
    }

    /// `email.subject` is text (no escaping) with either engine, and one that only
    /// swift-mustache can render still renders.
    @Test(arguments: [true, false]) func subjectsRenderAsText(compiled: Bool) throws {
        let values: [String: Any] = ["program": ["title": "Q&A <live>"], "manager": ["name": "Ana"]]
        let subject = try SubjectTemplate("{{program.title}} for {{manager.name}}", compiled: compiled)
        #expect((subject.compiled != nil) == compiled)
        #expect(subject.render(values) == "Q&A <live> for Ana")
        let transformed = try SubjectTemplate("{{uppercased(manager.name)}}", compiled: compiled)
        #expect(transformed.compiled == nil)
        #expect(transformed.render(values) == "ANA")
    }
}
