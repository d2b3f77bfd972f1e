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
    /// gets the bytes of a single column as they stand, or of the joined String otherwise.
    func withValue<R>(
        _ record: Int, _ columns: [Int], _ layout: ExportLayout, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        if columns.count == 1, let bytes = value(record, columns[0]) { return body(bytes) }
        var text = layout.value(record, columns)
        return text.withUTF8(body)
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
