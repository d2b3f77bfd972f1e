import UptakeTemplate
import XCTest

/// The rules the spec leaves open, pinned to swift-mustache's behavior for Swift values.
final class BehaviorTests: XCTestCase {
    private func render(_ source: String, _ context: Any, partials: [String: String] = [:]) throws -> String {
        var library = TemplateLibrary()
        for (name, text) in partials { try library.register(text, named: name) }
        try library.register(source, named: "main")
        return try XCTUnwrap(library.render(context, template: "main"))
    }

    func testContentTypeTextStopsEscapingForTheRestOfTheTemplate() throws {
        let context: [String: Any] = ["a": "<b> & 'c' \"d\""]
        XCTAssertEqual(try render("{{a}}", context), "&lt;b&gt; &amp; &#39;c&#39; &quot;d&quot;")
        XCTAssertEqual(
            try render("{{a}}\n{{% CONTENT_TYPE: TEXT }}\n{{a}}", context),
            "&lt;b&gt; &amp; &#39;c&#39; &quot;d&quot;\n<b> & 'c' \"d\"")
        XCTAssertEqual(try render("{{%CONTENT_TYPE:TEXT}}{{a}}", context), "<b> & 'c' \"d\"")
    }

    /// swift-mustache starts every partial with HTML escaping (`withPartial` resets the content
    /// type); blocks keep the escaper in force where they are expanded.
    func testPartialsStartWithHTMLAndBlocksInheritTheEscaper() throws {
        let context: [String: Any] = ["a": "x&y"]
        let partials = [
            "plain": "[{{a}}]",
            "text": "{{% CONTENT_TYPE: TEXT}}\n[{{a}}]",
            "layout": "{{% CONTENT_TYPE: TEXT}}\n<{{$body}}{{/body}}>",
        ]
        XCTAssertEqual(
            try render("{{% CONTENT_TYPE: TEXT}}\n{{a}}{{>plain}}", context, partials: partials), "x&y[x&amp;y]")
        XCTAssertEqual(try render("{{a}}{{>text}}{{a}}", context, partials: partials), "x&amp;y[x&y]x&amp;y")
        XCTAssertEqual(
            try render("{{<layout}}{{$body}}{{a}}{{/body}}{{/layout}}", context, partials: partials), "<x&y>")
    }

    func testCustomEscaperIsSelectedByName() throws {
        let upper = Escaper { input, output in
            for byte in input { output.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte) }
        }
        var library = TemplateLibrary(escapers: ["UPPER": upper])
        try library.register("{{% CONTENT_TYPE: UPPER }}\n{{a}} {{{a}}} {{n}}", named: "main")
        XCTAssertEqual(library.render(["a": "abc<", "n": 7] as [String: Any], template: "main"), "ABC< abc< 7")
    }

    func testScalarsRenderLikeStringDescribing() throws {
        let context: [String: Any] = ["yes": true, "no": false, "int": -42, "pi": 1.21, "three": 3.0]
        XCTAssertEqual(try render("{{yes}} {{no}} {{int}} {{pi}} {{three}}", context), "true false -42 1.21 3.0")
    }

    func testEmptyStringAndZeroAreTruthy() throws {
        let context: [String: Any] = ["empty": "", "zero": 0, "no": false, "none": [String]()]
        XCTAssertEqual(
            try render(
                "{{#empty}}e[{{.}}]{{/empty}}{{#zero}}z{{.}}{{/zero}}{{#no}}n{{/no}}{{#none}}x{{/none}}", context),
            "e[]z0")
        XCTAssertEqual(
            try render("{{^empty}}e{{/empty}}{{^zero}}z{{/zero}}{{^no}}n{{/no}}{{^none}}x{{/none}}", context), "nx")
    }

    func testStringArrayIteratesWithImplicitIterator() throws {
        XCTAssertEqual(
            try render("{{#tags}}<{{.}}>{{/tags}}", ["tags": ["a&b", "c"]] as [String: Any]), "<a&amp;b><c>")
    }

    func testOptionalsAreUnwrappedAndNilIsAbsent() throws {
        let some: String? = "Ann"
        let none: String? = nil
        let context: [String: Any] = ["some": some as Any, "none": none as Any, "name": "outer"]
        XCTAssertEqual(
            try render(
                "{{some}}|{{none}}|{{#some}}{{.}}{{/some}}|{{#none}}x{{/none}}{{^none}}absent{{/none}}", context),
            "Ann||Ann|absent")
    }

    private struct Person {
        let name: String
        let nickname: String?
        let team: Team
    }

    private struct Team {
        let title: String
    }

    func testStructsAreReadThroughMirror() throws {
        let person = Person(name: "Dana & co", nickname: nil, team: Team(title: "Ops"))
        let context: [String: Any] = ["person": person, "nickname": "outer"]
        XCTAssertEqual(
            try render(
                "{{person.name}}|{{person.team.title}}|{{#person}}{{name}} {{nickname}}{{/person}}|{{person.missing}}",
                context),
            "Dana &amp; co|Ops|Dana &amp; co outer|")
    }

    func testUnsupportedSyntaxIsRejectedWithItsPosition() {
        let cases: [(String, String, Int, Int)] = [
            ("a\n  {{% PRAGMA: X}}", "unsupported pragma 'PRAGMA'", 2, 3),
            ("{{% CONTENT_TYPE: JSON}}", "unknown content type 'JSON'", 1, 1),
            ("x {{uppercased(name)}}", "transforms are not supported: 'uppercased(name)'", 1, 3),
            ("{{#first(list)}}{{/first(list)}}", "transforms are not supported: 'first(list)'", 1, 1),
            ("\n\n{{>*name}}", "dynamic partials are not supported", 3, 1),
            ("{{<*name}}{{/*name}}", "dynamic partials are not supported", 1, 1),
            ("ok\n  · {{#items}}\n{{name}}", "unclosed section 'items'", 2, 5),
            ("{{#a}}{{/b}}", "closing tag 'b' does not match open section 'a'", 1, 7),
            ("{{name", "unfinished tag", 1, 1),
            ("{{<parent}}{{#x}}{{/x}}{{/parent}}", "only blocks may appear inside a parent tag", 1, 1),
        ]
        for (source, message, line, column) in cases {
            var library = TemplateLibrary()
            XCTAssertThrowsError(try library.register(source, named: "t"), source) { error in
                XCTAssertEqual(
                    error as? TemplateSyntaxError, TemplateSyntaxError(message: message, line: line, column: column),
                    source)
            }
        }
    }

    func testLiteralTemplatesRenderTheirTextAsIs() throws {
        var library = TemplateLibrary()
        library.registerLiteral("{{not a tag}} & <b>\n", named: "raw")
        try library.register("[{{>raw}}]", named: "main")
        XCTAssertTrue(library.contains("raw"))
        XCTAssertFalse(library.contains("other"))
        XCTAssertEqual(library.render([String: Any](), template: "raw"), "{{not a tag}} & <b>\n")
        XCTAssertEqual(library.render([String: Any](), template: "main"), "[{{not a tag}} & <b>\n]")
        XCTAssertNil(library.render([String: Any](), template: "other"))
    }

    func testRenderIntoAppendsToTheBuffer() throws {
        var library = TemplateLibrary()
        try library.register("{{a}}!", named: "main")
        var buffer = Array("> ".utf8)
        XCTAssertTrue(library.render(["a": "é"], template: "main", into: &buffer))
        XCTAssertFalse(library.render(["a": "é"], template: "missing", into: &buffer))
        XCTAssertEqual(String(decoding: buffer, as: UTF8.self), "> é!")
    }

    func testRenderOneCompilesAndRendersASingleTemplate() throws {
        XCTAssertEqual(
            try TemplateLibrary.renderOne(
                source: "{{% CONTENT_TYPE: TEXT}}Brief: {{title}}{{>none}}", context: ["title": "A & B"]),
            "Brief: A & B")
    }
}
