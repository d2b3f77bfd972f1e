import Testing

@testable import UptakeCSV

/// `CSVTable.valueRange` gives the bytes `field` returns, or nil when a doubled quote must be undone.
@Suite struct FieldBytesTests {
    @Test func valueRangesHoldTheFieldValues() throws {
        let table = try parse("a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\n\u{E9}t\u{E9}\n")
        table.withText { text in
            for record in 0..<table.recordCount {
                for column in 0..<6 {
                    guard let range = table.valueRange(record, column) else {
                        #expect(table.field(record, column).contains("\""))
                        continue
                    }
                    let bytes = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
                    #expect(bytes == table.field(record, column))
                }
            }
        }
        #expect(table.valueRange(0, 2) == nil)
        #expect(table.valueRange(1, 4) == 0..<0)
    }
}
