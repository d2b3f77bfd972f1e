import Testing
import UptakeCSV
import UptakeModel
import UptakeTestSupport

@testable import UptakeInput

/// `FieldBytes.withValue` joins several columns as bytes; this holds it to the plain way,
/// `ExportLayout.value` (the columns' Strings, the blank ones left out, joined).
@Suite struct JoinedFieldsTests {
    static let cells = [
        "", " ", "a", " b ", "\"c, d\"", "\"say \"\"hi\"\"\"", "\u{E9}t\u{E9}", " \u{301}x", "\u{A0}", "x\u{2003}",
        "\t",
    ]

    @Test(arguments: [SurveyFormat.surveymonkey, .googleForms]) func joinedBytesAreTheJoinedString(format: SurveyFormat)
        throws
    {
        var g = SeededGenerator(seed: 7)
        var text = "h1,h2,h3,h4\nt1,t2,t3,t4\n"
        for _ in 0..<300 {
            text += (0..<4).map { _ in Self.cells.randomElement(using: &g)! }.joined(separator: ",") + "\n"
        }
        let table = try CSVReader.parse(Array(text.utf8), options: CSVOptions(delimiter: .comma))
        let layout = ExportLayout(format: format, table: table)
        table.withText { text in
            let fields = FieldBytes(table: table, text: text)
            for record in layout.headerCount..<table.recordCount {
                let columns = [[0, 1], [1, 2, 3], [3, 0], [2, 3, 3]][record % 4]
                let expected = Array(layout.value(record, columns).utf8)
                #expect(fields.withValue(record, columns, layout) { Array($0) } == expected, "record \(record)")
                if let joined = fields.joined(record, columns, layout) { #expect(joined == expected) }
            }
        }
    }
}
