// libFuzzer target: UptakeCSV's reader on arbitrary bytes, then every field and location read.
// Built by fuzz/run.sh with `swiftc -sanitize=fuzzer,address -parse-as-library`.
import UptakeCSV

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks the options, so declared and detected settings are both explored.
    let choice = bytes.first ?? 0
    let encoding: CSVOptions.Encoding = choice & 1 == 0 ? .utf8 : .windows1252
    let delimiters: [CSVOptions.Delimiter?] = [nil, .comma, .semicolon, .tab]
    let options = CSVOptions(encoding: encoding, delimiter: delimiters[Int(choice >> 1) & 3])
    let table: CSVTable
    do {
        table = try CSVReader.parse(Array(bytes.dropFirst()), options: options)
    } catch {
        precondition(error.line >= 0 && error.column >= 0, "negative position")
        precondition(!error.message.isEmpty)
        return 0
    }
    var previousLine = 0
    for record in 0..<table.recordCount {
        let line = table.line(ofRecord: record)
        precondition(line > previousLine, "records out of line order")
        previousLine = line
        let count = table.fieldCount(ofRecord: record)
        precondition(count >= 1, "a record without fields")
        var previousFieldLine = line
        // One past the last field: a missing field reads as "" and points past the record.
        for column in 0...count {
            _ = table.field(record, column)
            _ = table.isQuoted(record, column)
            let fieldLine = table.line(ofField: column, record: record)
            precondition(fieldLine >= previousFieldLine, "fields out of line order")
            previousFieldLine = fieldLine
            precondition(table.column(ofField: column, record: record) >= 1, "column before the line")
            _ = table.sourceLine(ofField: column, record: record)
            _ = table.sourceLine(ofField: column, record: record, maxBytes: 7)
        }
        precondition(table.fields(ofRecord: record).count == count)
        _ = table.sourceLine(ofRecord: record)
    }
    return 0
}
