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
