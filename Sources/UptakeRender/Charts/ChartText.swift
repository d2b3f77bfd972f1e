/// Text handling for charts: XML escaping, width estimates and line wrapping.
///
/// SVG has no text layout, so charts estimate widths from typical sans-serif advance widths
/// (Arial/Liberation metrics plus a safety margin for wider faces such as DejaVu Sans).
package enum ChartText {
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
        let words = self.words(of: text)
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
                if current.isEmpty {
                    current = words[index]
                } else {
                    // In place: `current + " " + word` made a new string for every word.
                    current += " "
                    current += words[index]
                }
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

    /// The words of `text`, as `text.split(separator: " ", omittingEmptySubsequences: true)`
    /// gives them.
    static func words(of text: String) -> [String] {
        // Splitting at space bytes skips grapheme breaking, which was most of the cost of
        // wrapping a label. It finds the same words when every space is a character of its own:
        // so only while every scalar is ASCII, in U+0080–U+02FF or in U+2010–U+2027 (dashes,
        // quotation marks, the ellipsis), none of which is a combining, spacing or prepended
        // mark that would join a space into a larger character. Other text is split by
        // characters.
        var text = text
        let split: [String]? = text.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: " ") {
                    if start < index {
                        words.append(
                            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    }
                    index += 1
                    start = index
                } else if byte < 0x80 {
                    index += 1
                } else if (0xC2...0xCB).contains(byte) {
                    index += 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    (0x90...0xA7).contains(bytes[index + 2])
                {
                    index += 3
                } else {
                    return nil
                }
            }
            if start < bytes.count {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return words
        }
        return split ?? text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
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
        // ASCII from a table built from `classAdvance`: labels are mostly ASCII, and matching
        // each scalar against the classes was a visible part of wrapping them.
        scalar.value < 0x80 ? asciiAdvances[Int(scalar.value)] : classAdvance(of: scalar)
    }

    /// `classAdvance` of each ASCII scalar.
    private static let asciiAdvances: [Double] = (0..<0x80).map { classAdvance(of: Unicode.Scalar(UInt8($0))) }

    /// Advance width of one scalar in ems by its class.
    private static func classAdvance(of scalar: Unicode.Scalar) -> Double {
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
