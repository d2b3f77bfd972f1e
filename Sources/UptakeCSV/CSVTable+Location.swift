/// Where records and fields lie in the file, for `path:line:column` diagnostics with a caret.
///
/// Lines are 1-based physical lines of the file (blank lines count). Columns are 1-based and
/// count Unicode scalars from the start of the physical line. These scan the text around the
/// field each time they are called: cheap for a diagnostic, not meant for every field.
extension CSVTable {
    /// The 1-based line where `record` (0-based) starts.
    package func line(ofRecord record: Int) -> Int {
        Int(recordLines[record])
    }

    /// The 1-based line where field `column` of `record` starts: later than the record's
    /// line when an earlier field holds a quoted line break. For a missing field, the line
    /// where the record ends.
    package func line(ofField column: Int, record: Int) -> Int {
        let recordStart = rawStart(record, 0)
        let fieldStart = rawStart(record, column)
        return text.withUnsafeBufferPointer { text in
            line(ofRecord: record) + TextPosition.lineBreaks(from: recordStart, to: fieldStart, in: text)
        }
    }

    /// The 1-based column, in Unicode scalars, where field `column` of `record` starts (its
    /// opening quote if quoted). For a missing field, the column just past the record's end.
    package func column(ofField column: Int, record: Int) -> Int {
        let fieldStart = rawStart(record, column)
        return text.withUnsafeBufferPointer { TextPosition.column(of: fieldStart, in: $0) }
    }

    /// The text of the first physical line of `record`, without its line break.
    package func sourceLine(ofRecord record: Int) -> String {
        sourceLine(ofField: 0, record: record)
    }

    /// The text of the physical line where field `column` of `record` starts, without its
    /// line break: the line to print under a diagnostic at `column(ofField:record:)`. At most
    /// `maxBytes` bytes of it (a multi-byte character cut in two ends as U+FFFD), so a
    /// diagnostic on a line of ten megabytes copies a screenful, not the line.
    package func sourceLine(ofField column: Int, record: Int, maxBytes: Int = .max) -> String {
        let fieldStart = rawStart(record, column)
        return text.withUnsafeBufferPointer { text in
            let start = TextPosition.lineStart(of: fieldStart, in: text)
            let limit = start + min(max(maxBytes, 0), text.count - start)
            var end = start
            while end < limit, text[end] != TextPosition.lineFeed, text[end] != TextPosition.carriageReturn {
                end += 1
            }
            return TextPosition.string(from: start, to: end, in: text)
        }
    }
}
