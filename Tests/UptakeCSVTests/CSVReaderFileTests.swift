import Foundation
import Testing

@testable import UptakeCSV

@Suite("Reading files")
struct CSVReaderFileTests {
    @Test func readsAWholeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Name;Team\r\n\"Lee; A.\";ops\r\n".utf8)
        try Data(bytes).write(to: url)
        let table = try CSVReader.read(path: url.path)
        #expect(table.delimiter == .semicolon)
        #expect(rows(table) == [["Name", "Team"], ["Lee; A.", "ops"]])
    }

    @Test func readsAFileLargerThanOneReadBuffer() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = (0..<200_000).map { "\($0),\"row \($0)\"\n" }.joined()
        try Data(text.utf8).write(to: url)
        let table = try CSVReader.read(path: url.path, options: CSVOptions(delimiter: .comma))
        #expect(table.recordCount == 200_000)
        #expect(table.fields(ofRecord: 199_999) == ["199999", "row 199999"])
    }

    @Test func missingFileIsUnreadable() {
        let found = issue { try CSVReader.read(path: "/nonexistent/uptake/survey.csv") }
        #expect(found == .unreadableFile(reason: "no such file or directory"))
        #expect(found?.message == "cannot read file: no such file or directory")
        #expect(found?.line == 0)
    }

    @Test func directoryIsUnreadable() {
        let found = issue { try CSVReader.read(path: FileManager.default.temporaryDirectory.path) }
        #expect(found == .unreadableFile(reason: "is a directory"))
    }

    @Test func emptyFileOnDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-csv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data().write(to: url)
        #expect(issue { try CSVReader.read(path: url.path) } == .emptyFile)
    }
}
