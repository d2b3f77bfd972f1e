import Testing
import UptakeTemplate

/// The rules the spec leaves open, pinned to swift-mustache's behavior for Swift values.
@Suite struct BehaviorTests {
    private func render(_ source: String, _ context: Any, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        for (name, text) in partials { try library.register(text, named: name) }
        try library.register(source, named: "main")
        return try #require(library.render(context, template: "main"))
    }

    @Test func contentTypeTextStopsEscapingForTheRestOfTheTemplate() throws {
        let context: [String: Any] = ["a": "<b> & 'c' \"d\""]
        #expect(try render("{{a}}", context) == "&lt;b&gt; &amp; &#39;c&#39; &quot;d&quot;")
        #expect(
            try render("{{a}}\n{{% CONTENT_TYPE: TEXT }}\n{{a}}", context)
                == "&lt;b&gt; &amp; &#39;c&#39; &quot;d&quot;\n<b> & 'c' \"d\"")
        #expect(try render("{{%CONTENT_TYPE:TEXT}}{{a}}", context) == "<b> & 'c' \"d\"")
    }

    /// swift-mustache starts every partial with HTML escaping (`withPartial` resets the content
    /// type); blocks keep the escaper in force where they are expanded.
    @Test func partialsStartWithHTMLAndBlocksInheritTheEscaper() throws {
        let context: [String: Any] = ["a": "x&y"]
        let partials = [
            "plain": "[{{a}}]",
            "text": "{{% CONTENT_TYPE: TEXT}}\n[{{a}}]",
            "layout": "{{% CONTENT_TYPE: TEXT}}\n<{{$body}}{{/body}}>",
        ]
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{a}}{{>plain}}", context, partials: partials) == "x&y[x&amp;y]")
        #expect(try render("{{a}}{{>text}}{{a}}", context, partials: partials) == "x&amp;y[x&y]x&amp;y")
        #expect(try render("{{<layout}}{{$body}}{{a}}{{/body}}{{/layout}}", context, partials: partials) == "<x&y>")
    }

    @Test func customEscaperIsSelectedByName() throws {
        let upper = Escaper { input, output in
            for byte in input { output.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte) }
        }
        var library = TemplateLibrary(escapers: ["UPPER": upper])
        try library.register("{{% CONTENT_TYPE: UPPER }}\n{{a}} {{{a}}} {{n}}", named: "main")
        #expect(library.render(["a": "abc<", "n": 7] as [String: Any], template: "main") == "ABC< abc< 7")
    }

    @Test func scalarsRenderLikeStringDescribing() throws {
        let context: [String: Any] = ["yes": true, "no": false, "int": -42, "pi": 1.21, "three": 3.0]
        #expect(try render("{{yes}} {{no}} {{int}} {{pi}} {{three}}", context) == "true false -42 1.21 3.0")
    }

    @Test func emptyStringAndZeroAreTruthy() throws {
        let context: [String: Any] = ["empty": "", "zero": 0, "no": false, "none": [String]()]
        #expect(
            try render(
                "{{#empty}}e[{{.}}]{{/empty}}{{#zero}}z{{.}}{{/zero}}{{#no}}n{{/no}}{{#none}}x{{/none}}", context)
                == "e[]z0")
        #expect(
            try render("{{^empty}}e{{/empty}}{{^zero}}z{{/zero}}{{^no}}n{{/no}}{{^none}}x{{/none}}", context) == "nx")
    }

    @Test func stringArrayIteratesWithImplicitIterator() throws {
        #expect(try render("{{#tags}}<{{.}}>{{/tags}}", ["tags": ["a&b", "c"]] as [String: Any]) == "<a&amp;b><c>")
    }

    @Test func optionalsAreUnwrappedAndNilIsAbsent() throws {
        let some: String? = "Ann"
        let none: String? = nil
        let context: [String: Any] = ["some": some as Any, "none": none as Any, "name": "outer"]
        #expect(
            try render(
                "{{some}}|{{none}}|{{#some}}{{.}}{{/some}}|{{#none}}x{{/none}}{{^none}}absent{{/none}}", context)
                == "Ann||Ann|absent")
    }

    private struct Person {
        let name: String
        let nickname: String?
        let team: Team
    }

    private struct Team {
        let title: String
    }

    @Test func structsAreReadThroughMirror() throws {
        let person = Person(name: "Dana & co", nickname: nil, team: Team(title: "Ops"))
        let context: [String: Any] = ["person": person, "nickname": "outer"]
        #expect(
            try render(
                "{{person.name}}|{{person.team.title}}|{{#person}}{{name}} {{nickname}}{{/person}}|{{person.missing}}",
                context)
                == "Dana &amp; co|Ops|Dana &amp; co outer|")
    }

    @Test(arguments: [
        ("a\n  {{% PRAGMA: X}}", TemplateSyntaxError(message: "unsupported pragma 'PRAGMA'", line: 2, column: 3)),
        ("{{% CONTENT_TYPE: JSON}}", TemplateSyntaxError(message: "unknown content type 'JSON'", line: 1, column: 1)),
        (
            "x {{uppercased(name)}}",
            TemplateSyntaxError(message: "transforms are not supported: 'uppercased(name)'", line: 1, column: 3)
        ),
        (
            "{{#first(list)}}{{/first(list)}}",
            TemplateSyntaxError(message: "transforms are not supported: 'first(list)'", line: 1, column: 1)
        ),
        ("\n\n{{>*name}}", TemplateSyntaxError(message: "dynamic partials are not supported", line: 3, column: 1)),
        (
            "{{<*name}}{{/*name}}",
            TemplateSyntaxError(message: "dynamic partials are not supported", line: 1, column: 1)
        ),
        ("ok\n  · {{#items}}\n{{name}}", TemplateSyntaxError(message: "unclosed section 'items'", line: 2, column: 5)),
        (
            "{{#a}}{{/b}}",
            TemplateSyntaxError(message: "closing tag 'b' does not match open section 'a'", line: 1, column: 7)
        ),
        ("{{name", TemplateSyntaxError(message: "unfinished tag", line: 1, column: 1)),
        (
            "{{<parent}}{{#x}}{{/x}}{{/parent}}",
            TemplateSyntaxError(message: "only blocks may appear inside a parent tag", line: 1, column: 1)
        ),
    ])
    func unsupportedSyntaxIsRejectedWithItsPosition(source: String, expected: TemplateSyntaxError) {
        var library = TemplateLibrary()
        #expect(throws: expected, "\(source)") { try library.register(source, named: "t") }
    }

    @Test func literalTemplatesRenderTheirTextAsIs() throws {
        var library = TemplateLibrary()
        library.registerLiteral("{{not a tag}} & <b>\n", named: "raw")
        try library.register("[{{>raw}}]", named: "main")
        #expect(library.contains("raw"))
        #expect(!library.contains("other"))
        #expect(library.render([String: Any](), template: "raw") == "{{not a tag}} & <b>\n")
        #expect(library.render([String: Any](), template: "main") == "[{{not a tag}} & <b>\n]")
        #expect(library.render([String: Any](), template: "other") == nil)
    }

    @Test func renderIntoAppendsToTheBuffer() throws {
        var library = TemplateLibrary()
        try library.register("{{a}}!", named: "main")
        var buffer = Array("> ".utf8)
        #expect(library.render(["a": "é"], template: "main", into: &buffer))
        #expect(!library.render(["a": "é"], template: "missing", into: &buffer))
        #expect(String(decoding: buffer, as: UTF8.self) == "> é!")
    }

    @Test func renderOneCompilesAndRendersASingleTemplate() throws {
        #expect(
            try TemplateLibrary.renderOne(
                source: "{{% CONTENT_TYPE: TEXT}}Brief: {{title}}{{>none}}", context: ["title": "A & B"])
                == "Brief: A & B")
    }
}
