extension ChartText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content
    /// and in quoted attribute values. Control characters other than tab and newline are
    /// dropped because XML 1.0 forbids them.
    package static func escaped(_ text: String) -> String {
        // On UTF-8 bytes: charts escape every label, title and summary they draw.
        replacingUTF8(text) { bytes, index in
            mayNeedEscaping(bytes[index]) ? replacement(in: bytes, at: index) : nil
        }
    }

    /// Appends `escaped(text)` to `bytes` as UTF-8, copying runs that need no escaping whole
    /// (for `SVGCanvas`, which writes every chart into one buffer).
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            var index = 0
            while index < source.count {
                guard mayNeedEscaping(source[index]), let (with, count) = replacement(in: source, at: index) else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                bytes.append(contentsOf: with.utf8)
                index += count
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    /// Whether `replacement` may replace something at `byte`: a control character, `"`, `&`,
    /// `'`, `<`, `>`, DEL, or the lead byte of a C1 control or of U+FFFE or U+FFFF.
    ///
    /// A bit test rather than `replacement`'s switch for every byte: most bytes need no
    /// escaping, and the switch's jump table was most of the cost of escaping chart text.
    @inline(__always)
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        // Bits 0–31 (controls), 34 (`"`), 38 (`&`), 39 (`'`), 60 (`<`) and 62 (`>`).
        if byte < 0x40 { return (0x5000_00C4_FFFF_FFFF as UInt64) >> byte & 1 != 0 }
        return byte == 0x7F || byte == 0xC2 || byte == 0xEF
    }

    /// What replaces the UTF-8 bytes of `text` from `index` when escaping, and how many bytes
    /// it covers; nil to keep the byte.
    private static func replacement(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String, Int)? {
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
