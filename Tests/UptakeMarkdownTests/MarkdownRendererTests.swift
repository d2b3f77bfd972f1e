import Testing

@testable import UptakeMarkdown

@Suite struct MarkdownRendererTests {
    @Test func rendersGFMTable() {
        let html = MarkdownRenderer.html(from: "| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
    }

    @Test func rendersTaskListAndStrikethrough() {
        let html = MarkdownRenderer.html(from: "- [x] done\n- [ ] ~~todo~~\n")
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("<del>todo</del>"))
    }

    /// Pages are rendered on every core: strikethrough, autolinks and tables must come out the
    /// same as when rendered one at a time (cmark-gfm toggles a global table of special
    /// characters during inline parsing, which raced before that phase was serialized).
    @Test func rendersTheSameOnEveryCore() async {
        let documents = (0..<64).map { i in
            "# Page \(i)\n\n- [ ] ~~todo \(i)~~ and *see* https://example.com/\(i) or www.example.org\n\n"
                + "| a | b |\n|---|---|\n| \(i) | ~~x~~ |\n\n"
                + String(repeating: "Text with `code` and **bold** ~~gone~~ mail me@example.com. ", count: 20) + "\n"
        }
        let expected = documents.map { MarkdownRenderer.html(from: $0) }
        #expect(expected.allSatisfy { $0.contains("<del>todo") && $0.contains("<a href=\"https://example.com/") })
        let rendered = await withTaskGroup(of: (Int, String).self) { group in
            for round in 0..<8 {
                for (index, document) in documents.enumerated() {
                    group.addTask { (index + 100 * round, MarkdownRenderer.html(from: document)) }
                }
            }
            var all: [(Int, String)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(rendered.count == 8 * documents.count)
        for (key, html) in rendered where html != expected[key % 100] {
            Issue.record("document \(key % 100) rendered differently in parallel:\n\(html)")
            break
        }
    }

    @Test func autolinksBareURLs() {
        let html = MarkdownRenderer.html(from: "see https://example.com now")
        #expect(html.contains("<a href=\"https://example.com\">https://example.com</a>"))
    }

    @Test func dropsRawHTMLByDefault() {
        let html = MarkdownRenderer.html(from: "hi <script>alert(1)</script>\n\n<iframe src=x></iframe>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func dropsJavascriptLinks() {
        let html = MarkdownRenderer.html(from: "[x](javascript:alert(1)) [y](JAVASCRIPT&colon;alert(1))")
        #expect(!html.lowercased().contains("javascript:"))
    }

    @Test func keepsRawHTMLWhenUnsafeButTagfilterStillApplies() {
        let html = MarkdownRenderer.html(from: "<b>bold</b> <script>x</script>", unsafeHTML: true)
        #expect(html.contains("<b>bold</b>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func inlineStripsTheParagraph() {
        #expect(MarkdownRenderer.inlineHTML(from: "*why* it matters") == "<em>why</em> it matters")
    }

    @Test func emptyInputIsEmpty() {
        #expect(MarkdownRenderer.html(from: "") == "")
    }
}
