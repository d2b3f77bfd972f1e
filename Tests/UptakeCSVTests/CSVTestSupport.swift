@testable import UptakeCSV

/// Parses `text` as the bytes of a file.
func parse(_ text: String, _ options: CSVOptions = CSVOptions()) throws(CSVIssue) -> CSVTable {
    try CSVReader.parse(Array(text.utf8), options: options)
}

/// Every record's decoded fields, for comparing a whole table at once.
func rows(_ table: CSVTable) -> [[String]] {
    (0..<table.recordCount).map(table.fields(ofRecord:))
}

/// The issue `body` throws, or nil when it succeeds.
func issue(_ body: () throws -> CSVTable) -> CSVIssue? {
    do {
        _ = try body()
        return nil
    } catch {
        return error as? CSVIssue
    }
}
