/// RFC 5322 header fields: folding at 78 characters, phrases and unstructured text kept
/// plain when they can be, RFC 2047 encoded-words when they cannot, line breaks rejected.
package enum MailHeader {
    /// Preferred longest line, CRLF excluded (RFC 5322 §2.1.1).
    package static let maxLineLength = 78

    /// `Name: tokens`, folded before a token that would pass 78 characters (a token longer
    /// than a line stays whole), ended with CRLF. Tokens never contain CR or LF.
    package static func field(_ name: String, _ tokens: [String]) -> String {
        var out = ""
        var line = name + ":"
        var lineHasToken = false
        for token in tokens {
            if lineHasToken && line.utf8.count + 1 + token.utf8.count > maxLineLength {
                out += line + "\r\n"
                line = ""
            }
            line += " " + token
            lineHasToken = true
        }
        return out + line + "\r\n"
    }

    /// Throws `headerInjection` when `value` holds a CR or LF.
    package static func rejectLineBreaks(_ value: String, field: String) throws(MailIssue) {
        if value.utf8.contains(where: { $0 == 13 || $0 == 10 }) { throw .headerInjection(field: field) }
    }

    /// Unstructured text (`Subject`): its words when it is plain ASCII with single spaces,
    /// else encoded-words; none when it is empty.
    package static func unstructuredTokens(_ text: String) -> [String] {
        isPlainWords(text, allowed: { (0x21...0x7E).contains($0) }) ? words(text) : EncodedWord.words(text)
    }

    /// A display name: atoms when it is only atext and single spaces, a quoted-string when it
    /// is other printable ASCII, else atoms for its plain words and one encoded-word run for
    /// each stretch of words that need encoding.
    package static func phraseTokens(_ name: String) -> [String] {
        if isPlainWords(name, allowed: isAtext) { return words(name) }
        if isPlainWords(name, allowed: { (0x21...0x7E).contains($0) }) {
            let escaped = name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            return ["\"" + escaped + "\""]
        }
        // Readers disagree on the space between two encoded-words in a phrase (RFC 2047 drops
        // it; CPython's parser kept it until gh-128110), so words needing encoding are encoded
        // together, spaces included, and plain words stay atoms. Only a stretch longer than one
        // encoded-word still puts two side by side.
        var tokens: [String] = []
        var run: [Substring] = []
        for word in name.split(separator: " ", omittingEmptySubsequences: false) {
            if !word.isEmpty, isPlainWords(String(word), allowed: isAtext) {
                if !run.isEmpty { tokens += EncodedWord.words(run.joined(separator: " ")) }
                run = []
                tokens.append(String(word))
            } else {
                run.append(word)
            }
        }
        if !run.isEmpty { tokens += EncodedWord.words(run.joined(separator: " ")) }
        return tokens
    }

    /// Words of `allowed` bytes separated by single spaces, none so long it could not fit a
    /// line, and nothing a reader would take for an encoded-word.
    static func isPlainWords(_ text: String, allowed: (UInt8) -> Bool) -> Bool {
        // One pass over the bytes, without splitting (every email checks three header values).
        var length = 0  // of the current word
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 32 {
                guard length > 0 else { return false }  // a leading or a double space
                length = 0
            } else {
                guard allowed(byte), !(previous == UInt8(ascii: "=") && byte == UInt8(ascii: "?")) else { return false }
                length += 1
                guard length <= maxLineLength - 2 else { return false }
            }
            previous = byte
        }
        return length > 0  // not empty, no final space
    }

    private static func words(_ text: String) -> [String] {
        text.utf8.split(separator: 32).map { String(Substring($0)) }
    }

    /// RFC 5322 §3.2.3 atext.
    private static func isAtext(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"),
            UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
            UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
