import UptakeCSV
import UptakeModel

/// A parsed CSV file's fields read as UTF-8 bytes in place, inside `CSVTable.withText`: the
/// loader compares and trims bytes, and builds a String only for a value it keeps.
///
/// Written by hand for speed: building a String for every field of every row, and trimming
/// it Character by Character, was most of the load stage.
struct FieldBytes {
    let table: CSVTable
    /// The table's text; valid only inside the `withText` call that gave it.
    let text: UnsafeBufferPointer<UInt8>

    /// The bytes of `table.field(record, column)`, or nil when a doubled quote must be undone.
    func value(_ record: Int, _ column: Int) -> UnsafeBufferPointer<UInt8>? {
        table.valueRange(record, column).map { UnsafeBufferPointer(rebasing: text[$0]) }
    }

    /// `table.field(record, column).trimmedForDisplay`.
    func trimmed(_ record: Int, _ column: Int) -> String {
        value(record, column).map(ASCIIText.trimmed) ?? table.field(record, column).trimmedForDisplay
    }

    /// `table.field(record, column).participantKey`.
    func participantKey(_ record: Int, _ column: Int) -> String {
        value(record, column).map(ASCIIText.participantKey) ?? table.field(record, column).participantKey
    }

    /// `layout.value(record, columns)` when the caller only needs to know what it holds: `body`
    /// gets the bytes of a single column as they stand, of several columns joined as bytes,
    /// or of the joined String when a field needs its String.
    func withValue<R>(
        _ record: Int, _ columns: [Int], _ layout: ExportLayout, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        if columns.count == 1, let bytes = value(record, columns[0]) { return body(bytes) }
        if columns.count > 1, let joined = joined(record, columns, layout) {
            return joined.withUnsafeBufferPointer(body)
        }
        var text = layout.value(record, columns)
        return text.withUTF8(body)
    }

    /// The UTF-8 of `layout.value(record, columns)` (the columns' non-blank values joined with
    /// the layout's separator), made of bytes: nil when a field needs its String (a doubled
    /// quote to undo, or non-ASCII next to its ends, where blankness depends on Unicode).
    ///
    /// Written by hand for speed: joining SurveyMonkey's multi-select columns through Strings
    /// (one per column, filtered, then joined) was 1.6% of `uptake metrics` on the enterprise
    /// benchmark.
    func joined(_ record: Int, _ columns: [Int], _ layout: ExportLayout) -> [UInt8]? {
        guard let separator = layout.multiSelectSeparator.asciiValue else { return nil }
        var joined: [UInt8] = []
        var first = true
        for column in columns {
            guard let bytes = value(record, column), let kept = ASCIIText.trimmedBounds(bytes) else { return nil }
            if kept.isEmpty { continue }
            if !first { joined.append(separator) }
            joined.append(contentsOf: bytes)
            first = false
        }
        return joined
    }

    /// `layout.value(record, columns).participantKey`.
    func participantKey(_ record: Int, _ columns: [Int], _ layout: ExportLayout) -> String {
        withValue(record, columns, layout, ASCIIText.participantKey)
    }

    /// `layout.value(record, columns)`, or nil when it is blank once trimmed.
    func nonBlankValue(_ record: Int, _ columns: [Int], _ layout: ExportLayout) -> String? {
        withValue(record, columns, layout) { bytes in
            if ASCIIText.isBlank(bytes) { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            return ASCIIText.trimmedBounds(bytes) != nil || !text.trimmedForDisplay.isEmpty ? text : nil
        }
    }
}
