/// Named, compiled Mustache templates that can include each other as partials and parents.
///
/// Each template is compiled once at registration; rendering walks the compiled nodes and writes
/// UTF-8 into one buffer. The output matches swift-mustache for the same templates and
/// `[String: Any]` contexts, and the engine passes the official Mustache spec (interpolation,
/// sections, inverted, comments, partials, delimiters, inheritance).
package struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]
    private let escapers: [String: Escaper]

    /// A library whose templates may select `HTML`, `TEXT` or any of `escapers` by name with
    /// `{{% CONTENT_TYPE: NAME }}`.
    package init(escapers: [String: Escaper] = [:]) {
        self.escapers = ["HTML": .html, "TEXT": .text].merging(escapers) { _, registered in registered }
    }

    /// Compiles `source` and registers it as `name`, replacing any template of that name.
    package mutating func register(_ source: String, named name: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(source, escapers: escapers)
        templates[name] = Template(nodes: try parser.parse())
    }

    /// Registers a template that renders exactly `text`, tags and all (indented line by line
    /// when included by a standalone partial tag, like any template's text).
    package mutating func registerLiteral(_ text: String, named name: String) {
        templates[name] = Template(nodes: text.isEmpty ? [] : [.text(Array(text.utf8))])
    }

    /// Whether a template named `name` is registered.
    package func contains(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// Renders template `name` with `context`; nil when there is no such template.
    package func render(_ context: Any, template name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(max(4096, template.literalByteCount * 2))
        Renderer.render(template, context: context, templates: templates, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the rendering of template `name` to `output` (whose capacity a caller can keep
    /// between renders); false, with `output` untouched, when there is no such template.
    package func render(_ context: Any, template name: String, into output: inout [UInt8]) -> Bool {
        guard let template = templates[name] else { return false }
        Renderer.render(template, context: context, templates: templates, into: &output)
        return true
    }

    /// Compiles and renders a one-off template (an email subject, say); partial tags in it
    /// render nothing.
    package static func renderOne(
        source: String, context: Any, escapers: [String: Escaper] = [:]
    ) throws(TemplateSyntaxError) -> String {
        var library = TemplateLibrary(escapers: escapers)
        try library.register(source, named: "")
        return library.render(context, template: "") ?? ""
    }
}
