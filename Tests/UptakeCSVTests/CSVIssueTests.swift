import Testing

@testable import UptakeCSV

@Suite("Errors with line and column")
struct CSVIssueTests {
    @Test func unterminatedQuoteAtTheRecordStart() {
        let found = issue { try parse("id,story\n1,ok\n2,\"never\nends, at all\n\n3,x\n") }
        #expect(found == .unterminatedQuote(line: 3, column: 3))
        #expect(found?.message == "unterminated quote: a quoted field in this record never closes")
    }

    /// PRODUCT.md §2: reported at the line where the record starts, not where the quote opens.
    @Test func unterminatedQuoteOpenedAfterAQuotedNewline() {
        #expect(issue { try parse("a\n\"x\ny\",\"open") } == .unterminatedQuote(line: 2, column: 1))
    }

    @Test func unterminatedQuoteAtEndOfFile() {
        #expect(issue { try parse("a,\"") } == .unterminatedQuote(line: 1, column: 3))
        #expect(issue { try parse("\"abc\"\"") } == .unterminatedQuote(line: 1, column: 1))
    }

    @Test(arguments: [
        ("\"abc\"x", CSVIssue.unexpectedCharacterAfterQuote(line: 1, column: 6)),
        ("a,b\n\"abc\" ,d", .unexpectedCharacterAfterQuote(line: 2, column: 6)),
        ("\u{E9},\"x\ny\"\"\"z", .unexpectedCharacterAfterQuote(line: 2, column: 5)),
        ("\"a\";b,c,d", .unexpectedCharacterAfterQuote(line: 1, column: 4)),
    ])
    func characterAfterClosingQuote(input: String, expected: CSVIssue) {
        let found = issue { try parse(input) }
        #expect(found == expected)
        #expect(found?.message == "unexpected character after closing quote")
    }

    @Test func semicolonFileAcceptsSemicolonAfterQuote() throws {
        #expect(try rows(parse("\"a\";b;c")) == [["a", "b", "c"]])
    }

    @Test func wholeFileIssuesHaveNoPosition() {
        #expect(CSVIssue.fileTooLarge.line == 0)
        #expect(CSVIssue.unreadableFile(reason: "x").column == 0)
        #expect(CSVIssue.unreadableFile(reason: "permission denied").message == "cannot read file: permission denied")
    }

    @Test func messagesAreLowercaseWithoutFinalPeriod() {
        let all: [CSVIssue] = [
            .unreadableFile(reason: "no such file or directory"), .fileTooLarge, .emptyFile,
            .invalidUTF8(byte: 0xC3, line: 1, column: 1), .invalidUTF16(line: 1, column: 1),
            .unterminatedQuote(line: 1, column: 1), .unexpectedCharacterAfterQuote(line: 1, column: 1),
        ]
        for issue in all {
            #expect(issue.message.first?.isLowercase == true)
            #expect(issue.message.last != ".")
        }
    }
}
