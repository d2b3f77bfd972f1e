import Testing

@testable import UptakeCSV

@Suite("RFC 4180 records and fields")
struct RFC4180Tests {
    static let cases: [(input: String, expected: [[String]])] = [
        ("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("a,b,c\n1,2,3", [["a", "b", "c"], ["1", "2", "3"]]),
        ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ("a,b\r\nc,d", [["a", "b"], ["c", "d"]]),
        ("a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
        ("a,b\n\rc,d", [["a", "b"], ["c", "d"]]),
        ("\"a,b\",c\n", [["a,b", "c"]]),
        ("\"say \"\"hi\"\"\",x", [["say \"hi\"", "x"]]),
        ("\"\"\"\"", [["\""]]),
        ("\"line1\nline2\",x\nnext,y\n", [["line1\nline2", "x"], ["next", "y"]]),
        ("\"crlf\r\ninside\",x\r\n", [["crlf\r\ninside", "x"]]),
        ("\"lone\rcr\"", [["lone\rcr"]]),
        (",,\n", [["", "", ""]]),
        ("a,\n", [["a", ""]]),
        ("a,", [["a", ""]]),
        ("\"\",\"\"", [["", ""]]),
        ("a ,  b  ,\" c \"\n", [["a ", "  b  ", " c "]]),
        ("\n\na\n\n\r\n\rb\n\n", [["a"], ["b"]]),
        ("a\n  \nb", [["a"], ["  "], ["b"]]),
        ("ab\"c,d\n", [["ab\"c", "d"]]),
        ("x,a\"b\"\"c\"", [["x", "a\"b\"\"c\""]]),
        ("1,2,3\n4\n5,6", [["1", "2", "3"], ["4"], ["5", "6"]]),
        ("\"a\",\"b\"\r\n\"c\",\"d\"", [["a", "b"], ["c", "d"]]),
        ("caf\u{E9},na\u{EF}ve,\u{1F600}", [["caf\u{E9}", "na\u{EF}ve", "\u{1F600}"]]),
    ]

    @Test("parses fields exactly", arguments: cases)
    func fields(input: String, expected: [[String]]) throws {
        #expect(try rows(parse(input)) == expected)
    }

    @Test func spaceBeforeQuoteMakesAnUnquotedField() throws {
        // Only a quote as the very first byte opens a quoted field; this one is literal.
        #expect(try rows(parse("a, \"b\"")) == [["a", " \"b\""]])
    }

    @Test func keepsNULBytes() throws {
        let table = try CSVReader.parse([0x61, 0x00, 0x62, 0x2C, 0x22, 0x00, 0x22])
        #expect(rows(table) == [["a\u{0}b", "\u{0}"]])
    }

    @Test func reportsQuotingAndCounts() throws {
        let table = try parse("plain,\"quoted\",\"\"\nonly")
        #expect(table.recordCount == 2)
        #expect(table.fieldCount(ofRecord: 0) == 3)
        #expect(table.fieldCount(ofRecord: 1) == 1)
        #expect(table.isQuoted(0, 0) == false)
        #expect(table.isQuoted(0, 1) == true)
        #expect(table.isQuoted(0, 2) == true)
        #expect(table.isQuoted(0, 3) == false)
    }

    @Test func missingFieldsReadAsEmpty() throws {
        let table = try parse("a,b,c\n1\n")
        #expect(table.field(1, 0) == "1")
        #expect(table.field(1, 1) == "")
        #expect(table.field(1, 99) == "")
        #expect(table.field(1, -1) == "")
    }

    @Test func onlyBlankLinesMakeNoRecords() throws {
        #expect(try parse("\n\r\n\r").recordCount == 0)
    }
}
