import UptakeModel

/// A mailbox: an optional display name and a plain ASCII address (RFC 5322 §3.4).
package struct MailAddress: Sendable, Hashable {
    /// Display name, any Unicode; empty for none.
    package var name: String
    /// `local@domain`, written as it is (never encoded).
    package var email: String

    /// A mailbox.
    package init(name: String = "", email: String) {
        self.name = name
        self.email = email
    }

    /// Reads `Name <local@domain>`, `"Name" <local@domain>` or `local@domain`, as `email.from`
    /// is written in `uptake.yml`. Never fails: `MailMessage.rendered()` validates.
    package init(parsing text: String) {
        let trimmed = text.trimmedForDisplay
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            self.init(email: trimmed)
            return
        }
        var name = String(trimmed[..<open]).trimmedForDisplay
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
            name = Self.unquoted(name.dropFirst().dropLast())
        }
        let email = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        self.init(name: name, email: String(email).trimmedForDisplay)
    }

    /// The header tokens: the display name (atoms, a quoted-string or encoded-words) then
    /// `<local@domain>`, or the bare address without a name.
    func headerTokens(field: String) throws(MailIssue) -> [String] {
        try MailHeader.rejectLineBreaks(name, field: field)
        try MailHeader.rejectLineBreaks(email, field: field)
        guard Self.isPlainAddress(email) else { throw .invalidAddress(field: field) }
        guard !name.isEmpty else { return [email] }
        return MailHeader.phraseTokens(name) + ["<\(email)>"]
    }

    /// `local@domain` in printable ASCII with none of the characters that would need quoting.
    static func isPlainAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            (0x21...0x7E).contains(scalar.value) && !"<>()[]\\,;:\"".unicodeScalars.contains(scalar)
        }
    }

    private static func unquoted(_ text: Substring) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if !escaped && character == "\\" {
                escaped = true
                continue
            }
            out.append(character)
            escaped = false
        }
        return out
    }
}
