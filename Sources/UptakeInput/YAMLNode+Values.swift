import UptakeModel

/// Typed reads of YAML values; each bad value becomes an error at the value's own position.
extension YAMLNode {
    /// A string scalar; an error for a mapping or a sequence.
    func string(_ diagnostics: inout Diagnostics, what: String) -> String? {
        guard let scalar else {
            diagnostics.error("\(what) must be a text value", at: location)
            return nil
        }
        return scalar
    }

    /// An integer scalar.
    func int(_ diagnostics: inout Diagnostics, what: String) -> Int? {
        guard let text = scalar, let value = Int(text.trimmedForDisplay) else {
            diagnostics.error("\(what) must be a whole number, got \(describe)", at: location)
            return nil
        }
        return value
    }

    /// A YAML boolean (`true`/`false`, `yes`/`no`, `on`/`off`).
    func bool(_ diagnostics: inout Diagnostics, what: String) -> Bool? {
        switch scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diagnostics.error("\(what) must be true or false, got \(describe)", at: location)
            return nil
        }
    }

    /// A `YYYY-MM-DD` date.
    func day(_ diagnostics: inout Diagnostics, what: String) -> CalendarDay? {
        guard let text = scalar, let day = CalendarDay(iso: text.trimmedForDisplay) else {
            diagnostics.error("\(what) must be a date as YYYY-MM-DD, got \(describe)", at: location)
            return nil
        }
        return day
    }

    /// A sequence of string scalars (a lone scalar is a one-item list).
    func strings(_ diagnostics: inout Diagnostics, what: String) -> [String] {
        if let scalar { return isNull ? [] : [scalar] }
        guard let items else {
            diagnostics.error("\(what) must be a list", at: location)
            return []
        }
        return items.compactMap { $0.string(&diagnostics, what: "each item of \(what)") }
    }

    /// A sequence of integers.
    func ints(_ diagnostics: inout Diagnostics, what: String) -> [(Int, YAMLNode)] {
        guard let items else {
            diagnostics.error("\(what) must be a list of whole numbers", at: location)
            return []
        }
        return items.compactMap { item in item.int(&diagnostics, what: "each item of \(what)").map { ($0, item) } }
    }

    /// Short description of the value for messages.
    var describe: String {
        if let scalar { return "'\(scalar.count > 40 ? String(scalar.prefix(40)) + "…" : scalar)'" }
        return isMapping ? "a mapping" : "a list"
    }

    /// Warns about keys not in `known`.
    func warnUnknownKeys(_ known: Set<String>, _ diagnostics: inout Diagnostics, in what: String) {
        for pair in pairs ?? [] where !known.contains(pair.key) {
            diagnostics.warning("unknown key '\(pair.key)' in \(what)", at: pair.keyNode.location)
        }
    }
}
