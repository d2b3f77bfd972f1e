import Testing

@testable import UptakeCSV

@Suite("Lines, columns and source lines for diagnostics")
struct LocationTests {
    // Line 1: header; lines 2–4: one record with a quoted newline in each of two fields;
    // line 5 blank; line 6: last record.
    static let text = "id,story,score\n7,\"first\nsecond\",\"x\ny\",9\n\n8,\u{E9}t\u{E9},\"5\"\n"

    @Test func recordsStartWhereTheirFirstLineIs() throws {
        let table = try parse(Self.text)
        #expect(table.recordCount == 3)
        #expect((0..<3).map(table.line(ofRecord:)) == [1, 2, 6])
    }

    @Test func fieldsAfterQuotedNewlinesAreOnLaterLines() throws {
        let table = try parse(Self.text)
        #expect((0..<4).map { table.line(ofField: $0, record: 1) } == [2, 2, 3, 4])
        #expect((0..<4).map { table.column(ofField: $0, record: 1) } == [1, 3, 9, 4])
    }

    @Test func columnsCountUnicodeScalars() throws {
        let table = try parse(Self.text)
        #expect((0..<3).map { table.column(ofField: $0, record: 2) } == [1, 3, 7])
    }

    @Test func sourceLinesAreOnePhysicalLine() throws {
        let table = try parse(Self.text)
        #expect(table.sourceLine(ofRecord: 1) == "7,\"first")
        #expect(table.sourceLine(ofField: 2, record: 1) == "second\",\"x")
        #expect(table.sourceLine(ofField: 3, record: 1) == "y\",9")
        #expect(table.sourceLine(ofRecord: 2) == "8,\u{E9}t\u{E9},\"5\"")
    }

    @Test func crlfAndLoneCRCountAsOneLineEach() throws {
        let table = try parse("a\r\n\r\n\"b\r\nc\",d\re\r\n")
        #expect(rows(table) == [["a"], ["b\r\nc", "d"], ["e"]])
        #expect((0..<3).map(table.line(ofRecord:)) == [1, 3, 5])
        #expect(table.line(ofField: 1, record: 1) == 4)
        #expect(table.sourceLine(ofRecord: 1) == "\"b")
    }

    @Test func missingFieldPointsPastTheRecordEnd() throws {
        let table = try parse("a,b,c\n1,22\n")
        #expect(table.column(ofField: 2, record: 1) == 5)
        #expect(table.line(ofField: 2, record: 1) == 2)
        #expect(table.sourceLine(ofField: 2, record: 1) == "1,22")
    }

    @Test func lastRecordWithoutLineEnd() throws {
        let table = try parse("a\nbc,d")
        #expect(table.sourceLine(ofRecord: 1) == "bc,d")
        #expect(table.column(ofField: 1, record: 1) == 4)
    }
}
