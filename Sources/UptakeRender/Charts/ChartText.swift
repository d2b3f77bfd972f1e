/// Text handling for charts: XML escaping, width estimates and line wrapping.
///
/// SVG has no text layout, so charts estimate widths from typical sans-serif advance widths
/// (Arial/Liberation metrics plus a safety margin for wider faces such as DejaVu Sans).
package enum ChartText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content
    /// and in quoted attribute values. Control characters other than tab and newline are
    /// dropped because XML 1.0 forbids them.
    package static func escaped(_ text: String) -> String {
        // On UTF-8 bytes: charts escape every label, title and summary they draw.
        replacingUTF8(text) { bytes, index in
            switch bytes[index] {
            case UInt8(ascii: "&"): return ("&amp;", 1)
            case UInt8(ascii: "<"): return ("&lt;", 1)
            case UInt8(ascii: ">"): return ("&gt;", 1)
            case UInt8(ascii: "\""): return ("&quot;", 1)
            case UInt8(ascii: "'"): return ("&#39;", 1)
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): return (" ", 1)
            case 0..<0x20, 0x7F: return ("", 1)
            // U+0080–U+009F (C1 controls) and U+FFFE, U+FFFF.
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return ("", 2)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                return ("", 3)
            default: return nil
            }
        }
    }

    /// Estimated rendered width of `text` at `fontSize` user units; `bold` widens it by 12%.
    package static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { $0 + advance(of: $1) }
        return ems * fontSize * (bold ? 1.12 : 1.0) * 1.1
    }

    /// `text` broken at spaces into at most `maxLines` lines no wider than `width`.
    ///
    /// When the text does not fit, the last line ends in an ellipsis; a single word wider
    /// than `width` is cut. Always returns at least one line.
    package static func wrapped(
        _ text: String, width: Double, fontSize: Double, bold: Bool = false, maxLines: Int = 2
    ) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var lines: [String] = []
        var current = ""
        // The ems of `current`, summed scalar by scalar in order as `width(of:)` sums them, so
        // a candidate line's width is the same number without summing the line again.
        var currentEms = 0.0
        var index = 0
        while index < words.count {
            var ems = current.isEmpty ? 0.0 : currentEms + advance(of: " ")
            for scalar in words[index].unicodeScalars { ems += advance(of: scalar) }
            if ems * fontSize * (bold ? 1.12 : 1.0) * 1.1 <= width {
                current = current.isEmpty ? words[index] : current + " " + words[index]
                currentEms = ems
                index += 1
            } else if current.isEmpty {
                current = truncated(words[index], width: width, fontSize: fontSize, bold: bold)
                currentEms = current.unicodeScalars.reduce(0.0) { $0 + advance(of: $1) }
                index += 1
            } else {
                lines.append(current)
                current = ""
                if lines.count == maxLines { break }
            }
        }
        if lines.count < maxLines {
            if !current.isEmpty || lines.isEmpty { lines.append(current) }
        } else if index < words.count || !current.isEmpty {
            let rest = ([lines.removeLast(), current] + words[index...]).filter { !$0.isEmpty }
            lines.append(truncated(rest.joined(separator: " "), width: width, fontSize: fontSize, bold: bold))
        }
        return lines
    }

    /// `text` shortened with a trailing ellipsis until it fits in `width`.
    package static func truncated(_ text: String, width: Double, fontSize: Double, bold: Bool = false) -> String {
        if self.width(of: text, fontSize: fontSize, bold: bold) <= width { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces() + "\u{2026}"
            if self.width(of: candidate, fontSize: fontSize, bold: bold) <= width { return candidate }
        }
        return "\u{2026}"
    }

    /// Advance width of one scalar in ems, from Arial's metrics rounded up by class.
    private static func advance(of scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!": return 0.25
        case " ", "f", "t", "r", "I", "(", ")", "[", "]", "/", "-": return 0.34
        case "m", "w", "M", "W", "%", "@": return 0.86
        case "A"..."Z": return 0.68
        case "+", "=", "<", ">", "\u{2212}": return 0.72
        case "0"..."9", "a"..."z", "$", "#", "?", "_": return 0.56
        case "\u{2026}", "\u{2014}": return 1.0
        default:
            if scalar.value >= 0x1100 && scalar.properties.isIdeographic { return 1.0 }
            return scalar.value < 0x80 ? 0.58 : 0.62
        }
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
