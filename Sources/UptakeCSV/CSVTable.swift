/// A parsed CSV file: records of fields, decoded to `String` only when asked for.
///
/// The table keeps the file's text as UTF-8 and, per field, the byte offset where it ends,
/// in flat arrays (a field starts just past the delimiter that ends the one before it).
/// Records are numbered from 0 in file order; blank lines are not records. Fields are
/// numbered from 0 within their record, and records may have different field counts (ragged
/// rows are the caller's business, as is trimming). A record index must be below
/// `recordCount`, as with an array; a column index may be anything, and a field a record
/// does not have reads as "".
package struct CSVTable: Sendable {
    private static let quote: UInt8 = 0x22

    /// The separator the fields were split on, declared or detected.
    package let delimiter: CSVOptions.Delimiter
    /// The file's text, UTF-8 without a byte order mark.
    let text: [UInt8]
    /// The offset just past each field's raw bytes; quoted fields include their quotes.
    let fieldEnds: [Int32]
    /// The offset where each record starts.
    let recordStarts: [Int32]
    /// Index of each record's first field, then the total field count.
    let recordFields: [Int32]
    /// The 1-based line where each record starts.
    let recordLines: [Int32]

    init(text: [UInt8], delimiter: CSVOptions.Delimiter, scanner: CSVScanner) {
        self.text = text
        self.delimiter = delimiter
        self.fieldEnds = scanner.fieldEnds
        self.recordStarts = scanner.recordStarts
        self.recordFields = scanner.recordFields
        self.recordLines = scanner.recordLines
    }

    /// The number of records, header rows included.
    package var recordCount: Int { recordLines.count }

    /// The number of fields in `record` (0-based); at least 1 for every record.
    package func fieldCount(ofRecord record: Int) -> Int {
        Int(recordFields[record + 1] - recordFields[record])
    }

    /// The value of field `column` of `record` (both 0-based), without its quotes and with
    /// doubled quotes undone; "" when the record has no such field. Line breaks inside a
    /// quoted field are kept as they are in the file.
    package func field(_ record: Int, _ column: Int) -> String {
        guard let (start, end, quoted) = valueBounds(record, column) else { return "" }
        return text.withUnsafeBufferPointer { text in
            guard quoted, text[start..<end].contains(Self.quote) else {
                return TextPosition.string(from: start, to: end, in: text)
            }
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(end - start)
            var i = start
            while i < end {
                unescaped.append(text[i])
                // Inside a quoted field every quote is the first of a doubled pair.
                i += text[i] == Self.quote ? 2 : 1
            }
            return String(decoding: unescaped, as: UTF8.self)
        }
    }

    /// Calls `body` with the file's text as UTF-8, for reading fields as bytes at the offsets
    /// `valueRange(_:_:)` gives, without building Strings.
    package func withText<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try text.withUnsafeBufferPointer(body)
    }

    /// Where in the text (see `withText`) the bytes of the value `field(record, column)` returns
    /// lie, when they are that value as they stand: an empty range for a missing field, nil
    /// when the value holds a doubled quote to undo (use `field` then).
    package func valueRange(_ record: Int, _ column: Int) -> Range<Int>? {
        guard let (start, end, quoted) = valueBounds(record, column) else { return 0..<0 }
        let range = start..<max(start, end)
        if quoted, text[range].contains(Self.quote) { return nil }
        return range
    }

    /// The values of every field of `record`, in order.
    package func fields(ofRecord record: Int) -> [String] {
        (0..<fieldCount(ofRecord: record)).map { field(record, $0) }
    }

    /// Whether field `column` of `record` was written in quotes; false when it is missing.
    package func isQuoted(_ record: Int, _ column: Int) -> Bool {
        guard let (start, end) = rawBounds(record, column) else { return false }
        return start < end && text[start] == Self.quote
    }

    /// The raw start offset of a field; for a missing field, the end of the record.
    func rawStart(_ record: Int, _ column: Int) -> Int {
        rawBounds(record, column)?.start ?? Int(fieldEnds[Int(recordFields[record + 1]) - 1])
    }

    /// The offsets of a field's raw bytes, quotes included, or nil when the record has no
    /// such field.
    private func rawBounds(_ record: Int, _ column: Int) -> (start: Int, end: Int)? {
        guard column >= 0, column < fieldCount(ofRecord: record) else { return nil }
        let index = Int(recordFields[record]) + column
        let start = column == 0 ? Int(recordStarts[record]) : Int(fieldEnds[index - 1]) + 1
        return (start, Int(fieldEnds[index]))
    }

    /// The offsets of a field's value, inside its quotes if it has them.
    private func valueBounds(_ record: Int, _ column: Int) -> (start: Int, end: Int, quoted: Bool)? {
        guard let (start, end) = rawBounds(record, column) else { return nil }
        let quoted = start < end && text[start] == Self.quote
        return quoted ? (start + 1, end - 1, true) : (start, end, false)
    }
}
