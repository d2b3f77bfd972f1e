import Mustache
import UptakeModel
import UptakeTemplate

/// Which engine renders the templates. Uptake's own (`UptakeTemplate`, compiled, byte
/// output) renders every template it can compile; swift-mustache renders a theme with any
/// template that uses what only swift-mustache knows (transforms such as `uppercased(x)`,
/// lambdas, dynamic partials), and parses every template for its diagnostics.
package enum TemplateEngine: Sendable {
    case uptake, swiftMustache

    /// `UPTAKE_TEMPLATE_ENGINE=swift-mustache` renders with swift-mustache only: for comparing
    /// the two engines' output and speed.
    package init(environment: [String: String]) {
        self = environment["UPTAKE_TEMPLATE_ENGINE"] == "swift-mustache" ? .swiftMustache : .uptake
    }
}

/// The templates in force: the default theme with a site's own `templates/` files laid over
/// it, file by file. Template parse errors become diagnostics with line and column.
package struct Theme: Sendable {
    /// The parsed templates, named by path without `.mustache` (`layout`, `partials/header`).
    let library: MustacheLibrary
    /// The same templates compiled by Uptake's engine, which renders them instead when every
    /// one compiled; nil otherwise.
    let compiled: TemplateLibrary?
    /// Non-template files (`assets/style.css`), by path.
    package let assets: [String: String]
    /// Names of the templates whose text is the default theme's: the render takes shortcuts
    /// that are exact only for those (`Theme+OnePagers.swift`).
    let unchanged: Set<String>

    /// The first line of every template: HTML escaping by `HTMLEscaping` (standalone, so it
    /// leaves no trace in the output; a template's own `CONTENT_TYPE` line still wins).
    static let contentTypeLine = "{{% CONTENT_TYPE: \(HTMLEscaping.name)}}\n"

    /// Builds the theme; nil with diagnostics when a template does not parse.
    package static func make(
        overrides: [String: String], engine: TemplateEngine = .uptake
    ) -> (Theme?, [Diagnostic]) {
        var files = DefaultTheme.files
        for (path, text) in overrides { files[path] = text }
        HTMLEscaping.register()
        var library = MustacheLibrary()
        var compiled: TemplateLibrary? = engine == .uptake ? TemplateLibrary(escapers: [HTMLEscaping.name: .html]) : nil
        var assets: [String: String] = [:]
        var unchanged: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for path in files.keys.sorted() {
            let text = files[path]!
            guard path.hasSuffix(".mustache") else {
                assets[path] = text
                continue
            }
            let name = String(path.dropLast(".mustache".count))
            if text == DefaultTheme.files[path] { unchanged.insert(name) }
            do {
                library.register(try MustacheTemplate(string: contentTypeLine + text), named: name)
                do {
                    try compiled?.register(contentTypeLine + text, named: name)
                } catch {
                    compiled = nil
                }
            } catch let error as MustacheTemplate.ParserError {
                // Lines as the author counts them, without the content-type line.
                diagnostics.append(
                    .error(
                        "template: \(describe(error.error))",
                        at: SourceLocation(
                            file: "templates/\(path)", line: max(error.context.lineNumber - 1, 1),
                            column: error.context.columnNumber)))
            } catch {
                diagnostics.append(
                    .error("template: \(error)", at: SourceLocation(file: "templates/\(path)", line: 1, column: 1)))
            }
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        return (Theme(library: library, compiled: compiled, assets: assets, unchanged: unchanged), [])
    }

    /// Renders a page template; a missing template is a diagnostic, not an empty page.
    package func render(_ context: [String: Any], template name: String) -> Result<String, Diagnostic> {
        guard
            let html = compiled.map({ $0.render(context, template: name) })
                ?? library.render(context, withTemplate: name)
        else {
            return .failure(missing(name))
        }
        return .success(html)
    }

    /// `render` as UTF-8 bytes, which is how pages are written: Uptake's engine renders into
    /// bytes, and making a `String` of them (a UTF-8 check) only to take the bytes back out
    /// cost as much as a tenth of rendering a one-pager.
    package func renderBytes(_ context: [String: Any], template name: String) -> Result<[UInt8], Diagnostic> {
        guard let compiled else { return render(context, template: name).map { Array($0.utf8) } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8192)
        guard compiled.render(context, template: name, into: &bytes) else {
            return .failure(missing(name))
        }
        return .success(bytes)
    }

    /// The diagnostic for a template that is not in the theme.
    func missing(_ name: String) -> Diagnostic {
        .error(
            "template '\(name).mustache' is missing from the theme",
            at: SourceLocation(file: "templates/\(name).mustache"))
    }

    static func describe(_ error: Error) -> String {
        let text = String(describing: error)
        var words = ""
        for c in text {
            if c.isUppercase, !words.isEmpty { words += " " }
            words += c.lowercased()
        }
        return words
    }
}
