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
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n" where previousWasCR: continue
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                // C0 controls, DEL and C1 controls are not TSAFE-CHAR.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds an unfolded line: at most 75 octets per physical line, continuation lines start
    /// with one space, and no UTF-8 sequence is split. Ends with CRLF.
    package static func fold(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count + line.utf8.count / 64 * 3 + 2)
        var used = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > maxOctets {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out + "\r\n"
    }
}
