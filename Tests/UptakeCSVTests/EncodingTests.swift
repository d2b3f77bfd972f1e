import Testing

@testable import UptakeCSV

@Suite("Byte order marks, UTF-16, windows-1252 and invalid UTF-8")
struct EncodingTests {
    static let sample = "n\u{E9}v,ort\r\n\"Zo\u{EB}, K.\",K\u{F6}ln \u{1F600}\r\n"
    static let sampleRows = [["n\u{E9}v", "ort"], ["Zo\u{EB}, K.", "K\u{F6}ln \u{1F600}"]]

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test func stripsUTF8ByteOrderMark() throws {
        let table = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("id,name\n1,x".utf8))
        #expect(rows(table) == [["id", "name"], ["1", "x"]])
        #expect(table.column(ofField: 0, record: 0) == 1)
    }

    @Test(arguments: [false, true])
    func transcodesUTF16WithByteOrderMark(bigEndian: Bool) throws {
        let table = try CSVReader.parse(Self.utf16(Self.sample, bigEndian: bigEndian))
        #expect(rows(table) == Self.sampleRows)
        #expect(table.line(ofRecord: 1) == 2)
    }

    @Test func rejectsOddLengthUTF16() {
        let bytes = Self.utf16("ab\ncd", bigEndian: false) + [0x41]
        #expect(issue { try CSVReader.parse(bytes) } == .invalidUTF16(line: 2, column: 3))
    }

    @Test func rejectsUnpairedSurrogate() {
        var bytes = Self.utf16("a,b\nxy", bigEndian: true)
        bytes.insert(contentsOf: [0xDC, 0x00], at: bytes.count - 2)
        #expect(issue { try CSVReader.parse(bytes) } == .invalidUTF16(line: 2, column: 2))
    }

    @Test func invalidUTF8NamesLineAndColumnOfFirstBadByte() {
        let bytes = Array("id,name\r\n1,caf".utf8) + [0xE9] + Array(",x\n2,\u{FF}".utf8)
        let found = issue { try CSVReader.parse(bytes) }
        #expect(found == .invalidUTF8(byte: 0xE9, line: 2, column: 6))
        #expect(found?.message.hasPrefix("invalid UTF-8 byte 0xE9") == true)
    }

    @Test func invalidUTF8ColumnCountsScalars() {
        // "é😀," is 3 scalars in 7 bytes; the bad byte is the 4th scalar of line 4.
        let bytes = Array("a\n\nb\r\u{E9}\u{1F600},".utf8) + [0xFF]
        #expect(issue { try CSVReader.parse(bytes) } == .invalidUTF8(byte: 0xFF, line: 4, column: 4))
    }

    static let malformed: [[UInt8]] = [
        [0xC0, 0xAF],  // overlong "/"
        [0xE0, 0x80, 0xAF],  // overlong
        [0xED, 0xA0, 0x80],  // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0x80],  // stray continuation byte
        [0xE2, 0x82],  // truncated at end of file
        [0xE2, 0x82, 0x41],  // truncated before ASCII
        [0xF8, 0x88, 0x80, 0x80, 0x80],  // five-byte form
    ]

    @Test(arguments: malformed)
    func rejectsMalformedUTF8(sequence: [UInt8]) {
        let bytes = Array("ok,\u{20AC}".utf8) + sequence
        #expect(issue { try CSVReader.parse(bytes) } == .invalidUTF8(byte: sequence[0], line: 1, column: 5))
    }

    @Test func decodesWindows1252WhenDeclared() throws {
        // caf\xE9,\x80 5 LF \x93q\x94,\x81\xFF
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x2C, 0x80, 0x20, 0x35, 0x0A, 0x93, 0x71, 0x94, 0x2C, 0x81, 0xFF]
        let table = try CSVReader.parse(bytes, options: CSVOptions(encoding: .windows1252))
        #expect(rows(table) == [["caf\u{E9}", "\u{20AC} 5"], ["\u{201C}q\u{201D}", "\u{81}\u{FF}"]])
    }

    @Test func byteOrderMarkWinsOverDeclaredWindows1252() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("\u{E9}".utf8)
        let table = try CSVReader.parse(bytes, options: CSVOptions(encoding: .windows1252))
        #expect(rows(table) == [["\u{E9}"]])
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]] as [[UInt8]])
    func emptyFile(bytes: [UInt8]) {
        let found = issue { try CSVReader.parse(bytes) }
        #expect(found == .emptyFile)
        #expect(found?.line == 1)
        #expect(found?.column == 1)
        #expect(found?.message == "empty file")
    }
}
