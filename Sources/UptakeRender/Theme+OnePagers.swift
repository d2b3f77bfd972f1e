import Mustache
import UptakeTemplate

/// Shortcuts for the one-pagers, which are rendered hundreds of times per program. Each is
/// taken only when the templates involved are the default theme's, for which it gives the same
/// bytes as rendering in full (GoldenTests and OnePagerShortcutTests hold it to that).
extension Theme {
    /// The one-pager's per-program partials: everything in them comes from the program.
    static let programPartials = ["partials/manager-brief", "partials/manager-brief.txt"]

    /// This theme for the one-pagers of one program: with the default templates, the partials
    /// that show only the program (what the training covers, the guide) are rendered once over
    /// `shared`, the context every manager's page shares, and stand in the library as their
    /// output. They look up nothing of the manager's, so each page comes out as if rendered
    /// in full; an overridden template might, so then the theme is returned as it is.
    func forOnePagers(sharing shared: [String: Any]) -> Theme {
        let templates = ["manager", "manager.txt"] + Self.programPartials
        guard unchanged.isSuperset(of: templates) else { return self }
        if var compiled {
            for name in Self.programPartials {
                guard let text = compiled.render(shared, template: name) else { return self }
                compiled.registerLiteral(text, named: name)
            }
            return Theme(library: library, compiled: compiled, assets: assets, unchanged: unchanged)
        }
        var library = library
        for name in Self.programPartials {
            guard let text = library.render(shared, withTemplate: name), let literal = Self.literal(text) else {
                return self
            }
            library.register(literal, named: name)
        }
        return Theme(library: library, compiled: nil, assets: assets, unchanged: unchanged)
    }

    /// A template that renders as `text`, whatever it contains: its delimiters are set to ones
    /// made of U+0001, and it is checked. Nil if `text` happens to contain them.
    static func literal(_ text: String) -> MustacheTemplate? {
        guard let template = try? MustacheTemplate(string: "{{=\u{1}{ }\u{1}=}}\n" + text),
            template.render([String: Any]()) == text
        else { return nil }
        return template
    }

    /// The email body of a one-pager rendered with `standalone`: the same page without its
    /// print-only `<style>` block. Cutting it out costs a fraction of rendering the page again,
    /// and is exact for the default `manager.mustache`, whose only `standalone` section is that
    /// block and is preceded only by escaped values, which cannot contain `<style>`. Nil for
    /// an overridden template: render it again without `standalone`.
    func emailBody(ofOnePager html: [UInt8]) -> [UInt8]? {
        guard unchanged.contains("manager") else { return nil }
        return html.withUnsafeBufferPointer { bytes in
            guard let start = bytes.firstOffset(of: "<style>\n".utf8),
                let close = bytes.firstOffset(of: "</style>\n".utf8, from: start)
            else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<start]))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(close + "</style>\n".utf8.count)...]))
            return out
        }
    }
}
