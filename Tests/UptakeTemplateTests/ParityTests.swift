import Mustache
import Testing
import UptakeTemplate

/// Templates rendered by both engines must come out byte for byte the same: the renderer
/// swaps engines without changing a page.
@Suite struct ParityTests {
    private struct Case {
        var name: String
        var templates: [String: String]
        var context: [String: Any]
    }

    private static var people: [[String: Any]] {
        [
            ["name": "Ann & Bo", "role": "lead", "active": true, "score": 9.5, "tags": ["a", "b"]],
            ["name": "Cy \"C\" O'Neil", "role": "<dev>", "active": false, "score": 3, "tags": [String]()],
            ["name": "Dee", "active": true, "score": 0, "tags": ["x"]],
        ]
    }

    private static var context: [String: Any] {
        [
            "title": "Report <Q1> & \"more\"", "people": people, "count": 3, "ratio": 0.25, "on": true, "off": false,
            "empty": "", "none": [[String: Any]](),
            "site": ["name": "Acme", "nested": ["deep": "down"]] as [String: Any],
            "html": "<em>raw</em>", "lines": "one\ntwo",
        ]
    }

    private static var cases: [Case] {
        [
            Case(
                name: "sections and escaping",
                templates: [
                    "main": """
                    <h1>{{title}}</h1>
                    <ul>
                    {{#people}}
                      <li class="{{#active}}on{{/active}}{{^active}}off{{/active}}">{{name}} ({{role}}) {{score}}{{#tags}} #{{.}}{{/tags}}</li>
                    {{/people}}
                    {{^none}}
                      <li>none: [{{.}}]</li>
                    {{/none}}
                    </ul>
                    {{count}} {{ratio}} {{on}} {{off}} [{{empty}}] {{{html}}} {{&html}} {{site.nested.deep}} {{#site}}{{name}}/{{title}}{{/site}}

                    """
                ], context: context),
            Case(
                name: "standalone lines, comments, delimiters",
                templates: [
                    "main":
                        "a\n  {{! comment }}\n{{#on}}\n  b\n  {{/on}}\n{{=<% %>=}}\n<%title%> {{title}}\n<%={{ }}=%>\n  {{#off}}x{{/off}}  \r\n{{title}}\r\n{{#on}}\r\ny\r\n{{/on}}\r\nend"
                ], context: context),
            Case(
                name: "indented partials with sections",
                templates: [
                    "main": "<div>\n  {{>row}}\n    {{>row}}\n</div>\n{{#people}}\n  {{>card}}\n{{/people}}\n",
                    "row": "<p>{{title}}</p>\n<p>{{lines}}</p>\n{{#people}}\n<i>{{name}}</i>\n{{/people}}\n",
                    "card": "<section>\n  <h2>{{name}}</h2>\n  {{#tags}}\n  <b>{{.}}</b>\n  {{/tags}}\n</section>\n",
                ], context: context),
            Case(
                name: "layout inheritance",
                templates: [
                    "layout":
                        "<html>\n<title>{{$title}}{{site.name}}{{/title}}</title>\n<body class=\"{{$class}}page{{/class}}\">\n{{>header}}\n<main>\n{{$content}}{{/content}}\n</main>\n  {{$footer}}\n  <p>default footer</p>\n  {{/footer}}\n</body>\n</html>\n",
                    "header": "<header>{{site.name}}</header>\n",
                    "main":
                        "{{<layout}}\n{{$title}}{{title}} · {{site.name}}{{/title}}\n{{$content}}\n<h1>{{title}}</h1>\n  {{#people}}\n  <p>{{name}}</p>\n  {{/people}}\n{{/content}}\n{{/layout}}\n",
                ], context: context),
            Case(
                name: "indented blocks and nested parents",
                templates: [
                    "base":
                        "<div>\n    {{$inner}}\n    <p>base</p>\n    {{/inner}}\n  {{$side}}side{{/side}}\n</div>\n",
                    "middle": "{{<base}}\n{{$inner}}\n  <p>middle</p>\n  <p>{{title}}</p>\n{{/inner}}\n{{/base}}\n",
                    "main": "  {{<middle}}\n  {{$side}}\n  <aside>{{count}}</aside>\n  {{/side}}\n  {{/middle}}\n",
                ], context: context),
            Case(
                name: "content types across partials",
                templates: [
                    "text":
                        "{{% CONTENT_TYPE: TEXT}}\n{{title}}\n{{>plain}}\n{{>own}}\n{{#people}}\n- {{name}}\n{{/people}}\n",
                    "plain": "[{{title}}]",
                    "own": "{{% CONTENT_TYPE: TEXT }}\n[{{title}}]",
                    "main": "{{title}}\n{{>text}}\n{{#on}}{{% CONTENT_TYPE: TEXT}}{{title}}{{/on}}|{{title}}\n",
                ], context: context),
        ]
    }

    @Test func bothEnginesRenderTheSameBytes() throws {
        var mismatches: [String] = []
        for test in Self.cases {
            var ours = TemplateLibrary()
            var theirs = MustacheLibrary()
            for (name, source) in test.templates {
                try ours.register(source, named: name)
                try theirs.register(source, named: name)
            }
            let expected = theirs.render(test.context, withTemplate: "main")
            let actual = ours.render(test.context, template: "main")
            #expect(actual != nil, "\(test.name)")
            if actual != expected {
                mismatches.append(
                    "\(test.name):\n  swift-mustache \(String(describing: expected?.debugDescription))\n  UptakeTemplate \(String(describing: actual?.debugDescription))"
                )
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }
}
