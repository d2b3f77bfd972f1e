import Testing

@testable import UptakeCSV

/// Sizes that would take minutes or exhaust memory if any step were quadratic.
@Suite("Hostile input stays linear")
struct HostileInputTests {
    @Test func tenThousandColumns() throws {
        let header = (0..<10_000).map { "q\($0)" }.joined(separator: ",")
        let values = (0..<10_000).map { $0 % 2 == 0 ? "\"v,\($0)\"" : "v\($0)" }.joined(separator: ",")
        let table = try parse(header + "\r\n" + values + "\r\n")
        #expect(table.recordCount == 2)
        #expect(table.fieldCount(ofRecord: 0) == 10_000)
        #expect(table.fieldCount(ofRecord: 1) == 10_000)
        #expect(table.field(0, 9_999) == "q9999")
        #expect(table.field(1, 9_998) == "v,9998")
        #expect(table.field(1, 9_999) == "v9999")
        #expect(table.column(ofField: 9_999, record: 1) == values.unicodeScalars.count - 4)
    }

    @Test func tenMegabyteQuotedField() throws {
        let chunk = "abc, \"\"quoted\"\"\nnext line\u{E9}\r\n"
        let repeats = 10_000_000 / chunk.utf8.count + 1
        let body = String(repeating: chunk, count: repeats)
        let table = try parse("id,blob,after\n1,\"" + body + "\",x\n2,y,z\n")
        let expected = String(repeating: "abc, \"quoted\"\nnext line\u{E9}\r\n", count: repeats)
        #expect(table.field(1, 1).utf8.count >= 9_000_000)
        #expect(table.field(1, 1) == expected)
        #expect(table.field(1, 2) == "x")
        #expect(table.line(ofRecord: 2) == 3 + 2 * repeats)
    }

    @Test func tenMegabyteUnquotedField() throws {
        let blob = String(repeating: "0123456789", count: 1_000_000)
        let table = try parse("a,\(blob),b")
        #expect(table.field(0, 1) == blob)
        #expect(table.column(ofField: 2, record: 0) == 10_000_004)
    }

    @Test func aMillionEmptyLines() throws {
        let blankLF = String(repeating: "\n", count: 500_000)
        let blankCRLF = String(repeating: "\r\n", count: 500_000)
        let table = try parse(blankLF + "a,b" + blankCRLF + "c")
        #expect(rows(table) == [["a", "b"], ["c"]])
        #expect(table.line(ofRecord: 0) == 500_001)
        #expect(table.line(ofRecord: 1) == 1_000_001)
    }

    @Test func aMillionDoubledQuotes() throws {
        let table = try parse("\"" + String(repeating: "\"\"", count: 1_000_000) + "\"")
        #expect(table.field(0, 0) == String(repeating: "\"", count: 1_000_000))
    }

    @Test func unterminatedQuoteInAHugeFile() {
        let text = "a,\"" + String(repeating: "x,\n", count: 3_000_000)
        #expect(issue { try parse(text) } == .unterminatedQuote(line: 1, column: 3))
    }
}
