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
        // On UTF-8 bytes: every allowed character is ASCII (each email checks two addresses).
        var ats = 0
        var atIndex = -1
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "@"):
                ats += 1
                atIndex = count
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "\\"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                UInt8(ascii: "\""):
                return false
            case 0x21...0x7E: break
            default: return false
            }
            count += 1
        }
        return ats == 1 && atIndex > 0 && atIndex < count - 1
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
