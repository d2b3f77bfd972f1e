import Testing

@testable import UptakeRender

/// PRODUCT.md §3: cells a spreadsheet would run as formulas are neutralized, and cells with a
/// comma, quote or line break are quoted (RFC 4180).
@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("=1+2", "'=1+2"), ("+1", "'+1"), ("-3", "'-3"), ("@cmd", "'@cmd"),
        ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("=a,\"b\"", "\"'=a,\"\"b\"\"\""), ("two\nlines", "\"two\nlines\""), ("crlf\r\nend", "\"crlf\r\nend\""),
        ("comma,\u{301} mark", "\"comma,\u{301} mark\""), ("Ünïcödé", "Ünïcödé"), ("a=b", "a=b"),
    ])
    func cellsAreNeutralizedAndQuoted(value: String, expected: String) {
        #expect(CSVWriter.cell(value) == expected)
    }

    @Test func rowsEndInCRLF() {
        #expect(CSVWriter.row(["Ana", "ana@x.example", "-1"]) == "Ana,ana@x.example,'-1\r\n")
    }
}
