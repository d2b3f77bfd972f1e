import UptakeCSV
import UptakeModel

extension CSVTable {
    /// The start of physical line `line`, for a diagnostic that points there: the line where a
    /// record or one of its fields starts (records are in line order, and so are the fields of
    /// a record, so both are found by bisection). Nil for a line inside a quoted field or a
    /// blank line, where no diagnostic points.
    func sourceLine(atLine line: Int) -> String? {
        let record = lastIndex(upTo: recordCount) { self.line(ofRecord: $0) <= line }
        guard let record else { return nil }
        if self.line(ofRecord: record) == line {
            return sourceLine(ofRecord: record, maxBytes: Diagnostic.shownBytes)
        }
        let field = lastIndex(upTo: fieldCount(ofRecord: record)) { self.line(ofField: $0, record: record) <= line }
        guard let field, self.line(ofField: field, record: record) == line else { return nil }
        return sourceLine(ofField: field, record: record, maxBytes: Diagnostic.shownBytes)
    }

    private func sourceLine(ofRecord record: Int, maxBytes: Int) -> String {
        sourceLine(ofField: 0, record: record, maxBytes: maxBytes)
    }

    /// The last index in `0..<count` for which `isBefore` holds, given that it holds for a
    /// prefix of the indices.
    private func lastIndex(upTo count: Int, where isBefore: (Int) -> Bool) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = low + (high - low) / 2
            if isBefore(middle) { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }
}

/// The line of a CSV file that could not be parsed, for the diagnostic that says why: the
/// bytes are decoded leniently (a bad byte shows as U+FFFD, one scalar for the one it
/// replaces, so the caret still lands on it) and split the way the CSV reader counts lines.
enum CSVSourceText {
    static func line(_ number: Int, of bytes: [UInt8], encoding: CSVOptions.Encoding) -> String? {
        guard number >= 1 else { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let (high, low) = bytes[0] == 0xFE ? (0, 1) : (1, 0)
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { (i: Int) -> UInt16 in
                let unit: UInt16 = UInt16(bytes[i + high]) << 8
                return unit | UInt16(bytes[i + low])
            }
            return line(number, of: Array(String(decoding: units, as: UTF16.self).utf8), encoding: .utf8)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        var current = 1
        var i = body.startIndex
        while current < number, i < body.endIndex {
            if body[i] == 0x0A || body[i] == 0x0D {
                current += 1
                if body[i] == 0x0D, i + 1 < body.endIndex, body[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        guard current == number else { return nil }
        var end = i
        while end < body.endIndex, end - i < Diagnostic.shownBytes, body[end] != 0x0A, body[end] != 0x0D { end += 1 }
        if encoding == .windows1252, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // One scalar per byte, as the reader transcodes it; 0x80–0x9F show as U+FFFD.
            return String(String.UnicodeScalarView(body[i..<end].map { Unicode.Scalar($0) }))
        }
        return String(decoding: body[i..<end], as: UTF8.self)
    }
}

extension Diagnostic {
    /// The error for a CSV file that could not be parsed, with the line it points at.
    static func csvIssue(_ issue: CSVIssue, in path: String, bytes: [UInt8], options: CSVOptions) -> Diagnostic {
        let location = SourceLocation(file: path, line: max(issue.line, 1), column: max(issue.column, 1))
        let diagnostic = Diagnostic.error(issue.message, at: location)
        guard diagnostic.wantsSourceLine, issue.line > 0 else { return diagnostic }
        return diagnostic.showing(CSVSourceText.line(issue.line, of: bytes, encoding: options.encoding))
    }
}
