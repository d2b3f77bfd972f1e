import Mustache

/// The templates' HTML escaping, as a swift-mustache content type that every template of the
/// theme selects on its first line (`Theme.contentTypeLine`).
///
/// swift-mustache's own escaping walks the text by `Character` and looks each one up in a
/// dictionary, which made it a quarter of the cost of rendering a one-pager; `escapeHTML` works
/// on UTF-8 bytes and returns text without special characters as it is. It also escapes a `<`,
/// `>`, `&`, `"` or `'` that a combining mark follows (or a prepended mark precedes), which the
/// library's `Character` comparison let through although browsers read it as markup.
struct HTMLEscaping: MustacheContentType {
    /// The name the templates' `{{% CONTENT_TYPE: … }}` line uses.
    static let name = "UPTAKE_HTML"

    /// Makes `name` known to the template parser; repeating it is harmless.
    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String { escapeHTML(text) }
}
