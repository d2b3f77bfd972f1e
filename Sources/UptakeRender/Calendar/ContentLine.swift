/// RFC 5545 §3.1 content lines: TEXT escaping and folding at 75 octets, CRLF ended.
///
/// Property names and parameters are always literals of the writer; data only ever reaches a
/// line through `text(_:)`, which cannot produce CR, LF or any other control character.
package enum ContentLine {
    /// Longest line in octets, CRLF excluded (RFC 5545 §3.1).
    package static let maxOctets = 75

    /// One property line, folded and ended with CRLF. `nameAndParameters` is a literal of
    /// the writer (`DTSTART;VALUE=DATE`); `value` is already in its value syntax.
    package static func line(_ nameAndParameters: String, _ value: String) -> String {
        fold(nameAndParameters + ":" + value)
    }

    /// RFC 5545 §3.3.11 TEXT: `\`, `;` and `,` escaped, every line break (CRLF, CR, LF,
    /// U+0085, U+2028, U+2029) written as `\n`, other control characters dropped.
    package static func text(_ value: String) -> String {
        // On UTF-8 bytes, as every calendar line's text passes through here.
        replacingUTF8(value) { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "\\"): return ("\\\\", 1)
            case UInt8(ascii: ";"): return ("\\;", 1)
            case UInt8(ascii: ","): return ("\\,", 1)
            case UInt8(ascii: "\n") where index > 0 && bytes[index - 1] == UInt8(ascii: "\r"): return ("", 1)
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"): return ("\\n", 1)
            case UInt8(ascii: "\t"): return nil
            // C0 controls, DEL and C1 controls are not TSAFE-CHAR; U+0085 is a line break.
            case 0..<0x20, 0x7F: return ("", 1)
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                return (bytes[index + 1] == 0x85 ? "\\n" : "", 2)
            // U+2028, U+2029.
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0xA8...0xA9).contains(bytes[index + 2]):
                return ("\\n", 3)
            default: return nil
            }
        }
    }

    /// Folds an unfolded line: at most 75 octets per physical line, continuation lines start
    /// with one space, and no UTF-8 sequence is split. Ends with CRLF.
    package static func fold(_ line: String) -> String {
        if line.utf8.count <= maxOctets { return line + "\r\n" }
        var used = 0
        // Lead bytes start a character; a fold goes before one that would pass 75 octets.
        let folded = replacingUTF8(line) { bytes, index in
            let byte = bytes[index]
            guard byte & 0xC0 != 0x80 else { return nil }
            let size = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard used + size > maxOctets else {
                used += size
                return nil
            }
            used = 1 + size
            return (
                "\r\n " + String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + size]), as: UTF8.self),
                size
            )
        }
        return folded + "\r\n"
    }
}
