import Testing

@testable import UptakeCSV

@Suite("Delimiter detection and declaration")
struct DelimiterTests {
    @Test func detectsSemicolon() throws {
        let table = try parse("Name;Score;Comment\nAnna;4,5;\"a;b\"\n")
        #expect(table.delimiter == .semicolon)
        #expect(rows(table) == [["Name", "Score", "Comment"], ["Anna", "4,5", "a;b"]])
    }

    @Test func detectsTab() throws {
        let table = try parse("id\tname, full\tteam\n1\tLee, A\tops")
        #expect(table.delimiter == .tab)
        #expect(rows(table) == [["id", "name, full", "team"], ["1", "Lee, A", "ops"]])
    }

    @Test func ignoresCandidatesInsideQuotes() throws {
        let table = try parse("\"a,b,c,d\";\"e\"\"f,g\";h\n")
        #expect(table.delimiter == .semicolon)
        #expect(rows(table) == [["a,b,c,d", "e\"f,g", "h"]])
    }

    @Test func detectsFromTheFirstRecordOnly() throws {
        #expect(try parse("a,b\nc;d;e;f\n").delimiter == .comma)
        #expect(try parse("\n\r\na;b\n").delimiter == .semicolon)
        #expect(try parse("\"multi\nline,,,\";x\n").delimiter == .semicolon)
    }

    @Test func tiesGoToComma() throws {
        #expect(try parse("a,b;c\n").delimiter == .comma)
        #expect(try parse("a\tb,c\n").delimiter == .comma)
        #expect(try parse("single\n").delimiter == .comma)
        #expect(try parse("a;b\tc\n").delimiter == .semicolon)
    }

    @Test func declaredDelimiterOverridesDetection() throws {
        let table = try parse("a;b,c;d,e\n", CSVOptions(delimiter: .semicolon))
        #expect(table.delimiter == .semicolon)
        #expect(rows(table) == [["a", "b,c", "d,e"]])
    }

    @Test func keepsMicrosoftFormsMultiSelectWhole() throws {
        let table = try parse("ID,Obstacles\n1,\"No time;Tools;\"\n")
        #expect(rows(table) == [["ID", "Obstacles"], ["1", "No time;Tools;"]])
    }

    @Test func namesDelimitersFromConfiguration() {
        #expect(CSVOptions.Delimiter(",") == .comma)
        #expect(CSVOptions.Delimiter("Semicolon") == .semicolon)
        #expect(CSVOptions.Delimiter("\t") == .tab)
        #expect(CSVOptions.Delimiter("tab") == .tab)
        #expect(CSVOptions.Delimiter("|") == nil)
    }
}
