import Testing
import UptakeCSV
import UptakeModel
import UptakeTestSupport

@testable import UptakeInput

/// `RepeatedColumn` reuses the String of a row that repeats the row before; this holds it to
/// the plain way, `SharedStrings.one` of the field trimmed (or made a key) on every row.
@Suite struct RepeatedColumnTests {
    @Test(arguments: 0..<20) func repeatedValuesReadAsEveryRowDoes(seed: Int) throws {
        var g = SeededGenerator(seed: UInt64(seed))
        let values = [
            "Team A", " Team A", "team a", "Team A ", "\"Team \"\"A\"\"\"", "\"Team A\"", "", "Équipe B", "B",
        ]
        var text = "id,team\n"
        for row in 0..<200 {
            // Runs of one value, as a roster sorted by team has, and single rows between them.
            let value = values[(row / Int.random(in: 1...6, using: &g)) % values.count]
            text += "\(row),\(Bool.random(using: &g) ? value : values.randomElement(using: &g)!)\n"
        }
        let table = try CSVReader.parse(Array(text.utf8))
        var (trimmedColumn, keyColumn) = (RepeatedColumn(column: 1), RepeatedColumn(column: 1))
        var (shared, plainShared) = (SharedStrings(), SharedStrings())
        table.withText { text in
            let fields = FieldBytes(table: table, text: text)
            for record in 1..<table.recordCount {
                let trimmed = trimmedColumn.value(fields, record, &shared) { fields.trimmed(record, $0!) }
                #expect(trimmed == plainShared.one(fields.trimmed(record, 1)), "row \(record)")
                let key = keyColumn.value(fields, record, &shared) { fields.participantKey(record, $0!) }
                #expect(key == plainShared.one(fields.participantKey(record, 1)), "row \(record)")
            }
        }
    }
}
