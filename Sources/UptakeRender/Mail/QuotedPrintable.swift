/// RFC 2045 §6.7 quoted-printable for text bodies, with CRLF line breaks.
package enum QuotedPrintable {
    /// Longest encoded line, soft-break `=` included, CRLF excluded.
    package static let maxLineLength = 76

    /// Encodes `text` as UTF-8: every line break (CRLF, CR, LF) becomes a CRLF hard break;
    /// `=`, non-ASCII and control bytes become `=XX`; a space or tab that ends a line becomes
    /// `=20` / `=09`; longer lines are soft-broken with a final `=`. A `.` or `From ` that
    /// would start a physical line is encoded too, so `sendmail` (a lone `.` ends its input)
    /// and mbox files (`From ` starts a message) leave the body alone.
    package static func encode(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for (index, line) in lines(of: Array(text.utf8)).enumerated() {
            if index > 0 { out += [13, 10] }
            encodeLine(line, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The lines of `bytes`, split at CRLF, CR or LF; a final break gives a final empty line.
    private static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 13 || byte == 10 {
                lines.append(bytes[start..<index])
                index += byte == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(bytes[start..<bytes.count])
        return lines
    }

    /// Appends one hard line, soft-broken so no physical line passes 76 characters.
    private static func encodeLine(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var used = 0
        for index in line.indices {
            let byte = line[index]
            let isLast = index == line.index(before: line.endIndex)
            var literal = isLiteral(byte) || ((byte == 32 || byte == 9) && !isLast)
            if literal && used == 0 && startsFragileLine(line[index...]) { literal = false }
            let width = literal ? 1 : 3
            // The last token may use column 76; others leave room for the soft-break `=`.
            if used + width > (isLast ? maxLineLength : maxLineLength - 1) {
                out += [UInt8(ascii: "="), 13, 10]
                used = 0
                if literal && startsFragileLine(line[index...]) { literal = false }
            }
            if literal {
                out.append(byte)
                used += 1
            } else {
                out += [UInt8(ascii: "="), hexDigit(byte >> 4), hexDigit(byte & 15)]
                used += 3
            }
        }
    }

    /// Printable ASCII other than `=`: written as itself.
    private static func isLiteral(_ byte: UInt8) -> Bool {
        (33...126).contains(byte) && byte != UInt8(ascii: "=")
    }

    /// Whether a physical line starting here would begin with `.` or `From `.
    private static func startsFragileLine(_ rest: ArraySlice<UInt8>) -> Bool {
        rest.first == UInt8(ascii: ".") || rest.starts(with: "From ".utf8)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}
