/// Turns a file's bytes into the UTF-8 text the scanner reads: byte order marks are
/// honoured and stripped, UTF-16 and windows-1252 are transcoded up front, UTF-8 is validated.
enum SourceDecoder {
    /// The file's text as valid UTF-8 without a byte order mark.
    static func utf8Text(from bytes: [UInt8], encoding: CSVOptions.Encoding) throws(CSVIssue) -> [UInt8] {
        var text = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text.removeFirst(3)
            try validate(text)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = try utf16(bytes, bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = try utf16(bytes, bigEndian: true)
        } else if encoding == .windows1252 {
            text = windows1252(bytes)
        } else {
            try validate(text)
        }
        guard !text.isEmpty else { throw .emptyFile }
        guard text.count < Int(Int32.max) else { throw .fileTooLarge }
        return text
    }

    private static func validate(_ text: [UInt8]) throws(CSVIssue) {
        let failure: CSVIssue? = text.withUnsafeBufferPointer { buffer in
            guard let bad = UTF8Validator.firstInvalidByte(in: buffer) else { return nil }
            let position = TextPosition.lineAndColumn(of: bad, in: buffer)
            return .invalidUTF8(byte: buffer[bad], line: position.line, column: position.column)
        }
        if let failure { throw failure }
    }

    /// Transcodes UTF-16 after its byte order mark.
    private static func utf16(_ bytes: [UInt8], bigEndian: Bool) throws(CSVIssue) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + bytes.count / 2)
        var i = 2
        func unit(at i: Int) -> UInt32 {
            bigEndian
                ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])
                : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        while i + 1 < bytes.count {
            var scalar = unit(at: i)
            i += 2
            if scalar & 0xFC00 == 0xD800, i + 1 < bytes.count, unit(at: i) & 0xFC00 == 0xDC00 {
                scalar = 0x10000 + ((scalar & 0x3FF) << 10 | (unit(at: i) & 0x3FF))
                i += 2
            } else if scalar & 0xF800 == 0xD800 {
                throw invalidUTF16(after: text)
            }
            append(scalar, to: &text)
        }
        guard i == bytes.count else { throw invalidUTF16(after: text) }
        return text
    }

    private static func invalidUTF16(after text: [UInt8]) -> CSVIssue {
        text.withUnsafeBufferPointer { buffer in
            let position = TextPosition.lineAndColumn(of: buffer.count, in: buffer)
            return .invalidUTF16(line: position.line, column: position.column)
        }
    }

    /// Transcodes windows-1252; the five bytes it leaves undefined map to C1 controls, as
    /// the WHATWG Encoding Standard does.
    private static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                text.append(byte)
            } else if byte < 0xA0 {
                append(UInt32(windows1252High[Int(byte) - 0x80]), to: &text)
            } else {
                append(UInt32(byte), to: &text)
            }
        }
        return text
    }

    /// Windows-1252 bytes 0x80–0x9F; 0xA0–0xFF equal their Latin-1 code points.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func append(_ scalar: UInt32, to text: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            text.append(UInt8(scalar))
        case 0x80..<0x800:
            text.append(UInt8(0xC0 | scalar >> 6))
            text.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            text.append(UInt8(0xE0 | scalar >> 12))
            text.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            text.append(UInt8(0x80 | scalar & 0x3F))
        default:
            text.append(UInt8(0xF0 | scalar >> 18))
            text.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            text.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            text.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
