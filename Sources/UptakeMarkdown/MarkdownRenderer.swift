import CCmarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm, the one place Uptake touches the C library.
///
/// GFM extensions `table`, `strikethrough`, `autolink`, `tagfilter` and `tasklist` are on.
/// Raw HTML and `javascript:` links are dropped unless `unsafeHTML` is set (PRODUCT.md §1,
/// `markdown.unsafe_html`). No cmark pointer leaves this function.
package enum MarkdownRenderer {
    /// Renders CommonMark + GFM to an HTML fragment.
    package static func html(from markdown: String, unsafeHTML: Bool = false) -> String {
        registerExtensionsOnce
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var markdown = markdown
        markdown.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        // cmark-gfm's inline parser reads a global table of special characters, and every
        // `cmark_parser_finish` adds the extensions' characters (strikethrough's `~`, autolink's
        // `:` and `w`) to it on entry and removes them on exit: a parser finishing on another
        // thread would take `~` away mid-parse (a test saw `~~todo~~` left as text). Only the
        // inline phase is serialized; feeding lines (block structure) and rendering HTML use no
        // global state and run on every core (they are two thirds of a page's Markdown time).
        lock.lock()
        let finished = cmark_parser_finish(parser)
        lock.unlock()
        guard let document = finished else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))
        else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static let lock = NSLock()

    /// Renders Markdown and strips the single surrounding paragraph, for one-line strings
    /// used inside other markup (list items, headings).
    package static func inlineHTML(from markdown: String, unsafeHTML: Bool = false) -> String {
        var html = html(from: markdown, unsafeHTML: unsafeHTML)
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// Registers the core extensions with cmark-gfm exactly once per process.
    private static let registerExtensionsOnce: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
}
