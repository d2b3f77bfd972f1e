/// YAML text split into lines the way libyaml counts them, so that the line a diagnostic names
/// is the line shown under it: a line ends at CRLF, CR, LF, NEL (U+0085), LS (U+2028) or PS
/// (U+2029); columns count Unicode scalars, a tab as one.
struct YAMLText {
    private let bytes: [UInt8]
    /// The byte offset where each line starts.
    private let starts: [Int]

    /// Splits `text` once; each `line(_:)` is then a slice.
    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var i = 0
        while i < bytes.count {
            let width = Self.breakWidth(at: i, in: bytes)
            if width > 0 {
                i += width
                starts.append(i)
            } else {
                i += 1
            }
        }
        self.starts = starts
    }

    /// The text of 1-based line `number` without its line break, or nil past the end.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = start
        while end < bytes.count, Self.breakWidth(at: end, in: bytes) == 0 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The 1-based line and column (in Unicode scalars) of byte `offset` of `bytes`.
    static func lineAndColumn(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var i = 0
        while i < offset {
            let width = breakWidth(at: i, in: bytes)
            if width > 0 {
                line += 1
                column = 1
                i += width
            } else {
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
        // A continuation byte belongs to the scalar its lead byte started.
        if offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { column -= 1 }
        return (line, max(column, 1))
    }

    /// The length in bytes of the line break at `i`, or 0 when there is none.
    private static func breakWidth<C: RandomAccessCollection<UInt8>>(at i: C.Index, in bytes: C) -> Int
    where C.Index == Int {
        switch bytes[i] {
        case 0x0A: return 1
        case 0x0D: return i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A ? 2 : 1
        case 0xC2: return i + 1 < bytes.endIndex && bytes[i + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard i + 2 < bytes.endIndex, bytes[i + 1] == 0x80 else { return 0 }
            return bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }
}
