/// The single pass over UTF-8 text that finds where every record and field lies.
///
/// It copies no field: it appends byte offsets to flat arrays, which `CSVTable` decodes on
/// demand. Every byte is looked at a bounded number of times, so hostile input (a huge
/// field, a million blank lines, ten thousand columns) costs time linear in its size.
struct CSVScanner {
    private static let quote: UInt8 = 0x22
    private static let lineFeed = TextPosition.lineFeed
    private static let carriageReturn = TextPosition.carriageReturn

    /// Per field, the offset just past its raw bytes (past the closing quote if quoted).
    /// A field starts one byte after the previous field's end (the delimiter), or where its
    /// record starts.
    private(set) var fieldEnds: [Int32] = []
    /// Per record, the offset of its first byte.
    private(set) var recordStarts: [Int32] = []
    /// Per record, the index of its first field, plus one past the last field at the end.
    private(set) var recordFields: [Int32] = []
    /// Per record, the 1-based line where it starts.
    private(set) var recordLines: [Int32] = []

    /// Scans `text` (valid UTF-8 under 2 GiB) into records and fields.
    static func scan(_ text: [UInt8], delimiter: UInt8) throws(CSVIssue) -> CSVScanner {
        var scanner = CSVScanner()
        let failure = text.withUnsafeBufferPointer { text in
            scanner.reserveCapacity(for: text, delimiter: delimiter)
            return scanner.run(text, delimiter: delimiter)
        }
        if let failure { throw failure }
        scanner.recordFields.append(Int32(truncatingIfNeeded: scanner.fieldEnds.count))
        return scanner
    }

    /// Reserves room for the fields and records of `text`, estimated from a sample: as many as
    /// there are delimiters and line-break bytes in the first `sampleBytes`, scaled to the
    /// whole text, and a quarter more. Growing the arrays while scanning copies them over and
    /// over, which costs more than counting (eight bytes at a time) on files of short fields;
    /// counting the whole text, though, was a third of the scan (1.9% of `uptake metrics` on
    /// the enterprise benchmark). A text the sample misjudges only makes the arrays grow.
    private mutating func reserveCapacity(for text: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
        guard let base = text.baseAddress else { return }
        let sample = min(text.count, Self.sampleBytes)
        let raw = UnsafeRawPointer(base)
        let delimiters = UInt64(delimiter) &* Self.ones
        var stops = 0
        var lineBreaks = 0
        var i = 0
        while i + 8 <= sample {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            stops &+= Self.exactZeroBytes(word ^ delimiters).nonzeroBitCount
            let breaks = Self.exactZeroBytes(word ^ Self.lineFeeds) | Self.exactZeroBytes(word ^ Self.carriageReturns)
            lineBreaks &+= breaks.nonzeroBitCount
            i += 8
        }
        for byte in text[i..<sample] {
            stops &+= byte == delimiter ? 1 : 0
            lineBreaks &+= byte == Self.lineFeed || byte == Self.carriageReturn ? 1 : 0
        }
        func scaled(_ count: Int) -> Int { sample == 0 ? 0 : count * (text.count / sample) * 5 / 4 + count }
        fieldEnds.reserveCapacity(scaled(stops + lineBreaks) + 1)
        recordStarts.reserveCapacity(scaled(lineBreaks) + 1)
        recordFields.reserveCapacity(scaled(lineBreaks) + 2)
        recordLines.reserveCapacity(scaled(lineBreaks) + 1)
    }

    /// How much of a text `reserveCapacity` counts in.
    private static let sampleBytes = 1 << 16

    /// Scans the whole text; returns the first problem, or nil.
    private mutating func run(_ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> CSVIssue? {
        guard let p = text.baseAddress else { return nil }
        let count = text.count
        var i = 0
        var line = 1
        while i < count {
            if p[i] == Self.lineFeed || p[i] == Self.carriageReturn {
                i = Self.skipLineBreak(p, at: i, count: count)
                line += 1
                continue
            }
            recordStarts.append(Int32(truncatingIfNeeded: i))
            recordFields.append(Int32(truncatingIfNeeded: fieldEnds.count))
            recordLines.append(Int32(truncatingIfNeeded: line))
            fields: while true {
                let start = i
                if i < count, p[i] == Self.quote {
                    let openingLine = line
                    i += 1
                    quoted: while true {
                        i = Self.firstStop(from: i, count: count, in: p, Self.quote)
                        guard i < count else {
                            // PRODUCT.md §2: an unterminated quote is reported at the line where its
                            // record starts (at the quote itself when it opens on that line).
                            let recordLine = Int(recordLines[recordLines.count - 1])
                            let column = openingLine == recordLine ? TextPosition.column(of: start, in: text) : 1
                            return .unterminatedQuote(line: recordLine, column: column)
                        }
                        if p[i] != Self.quote {
                            i = Self.skipLineBreak(p, at: i, count: count)
                            line += 1
                        } else if i + 1 < count, p[i + 1] == Self.quote {
                            i += 2
                        } else {
                            i += 1
                            break quoted
                        }
                    }
                    if i < count, p[i] != delimiter, p[i] != Self.lineFeed, p[i] != Self.carriageReturn {
                        let column = TextPosition.column(of: i, in: text)
                        return .unexpectedCharacterAfterQuote(line: line, column: column)
                    }
                } else {
                    // A quote inside an unquoted field is kept as a literal, as Excel does.
                    i = Self.firstStop(from: i, count: count, in: p, delimiter)
                }
                fieldEnds.append(Int32(truncatingIfNeeded: i))
                guard i < count else { break fields }
                if p[i] == delimiter {
                    i += 1
                    continue fields
                }
                i = Self.skipLineBreak(p, at: i, count: count)
                line += 1
                break fields
            }
        }
        return nil
    }

    /// The offset of the first `stop`, LF or CR at or after `i`, or `count`; eight bytes at a
    /// time (SWAR: a byte equal to the pattern turns into a zero byte, which a borrow finds).
    @inline(__always)
    private static func firstStop(from i: Int, count: Int, in p: UnsafePointer<UInt8>, _ stop: UInt8) -> Int {
        var i = i
        let raw = UnsafeRawPointer(p)
        let stops = UInt64(stop) &* ones
        while i + 8 <= count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // Past the first true match the borrow can flag false ones, so only the lowest
            // flagged byte counts; on a little-endian load that is the first in memory.
            let found = zeroBytes(word ^ stops) | zeroBytes(word ^ lineFeeds) | zeroBytes(word ^ carriageReturns)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < count, p[i] != stop, p[i] != lineFeed, p[i] != carriageReturn { i += 1 }
        return i
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lineFeeds = UInt64(lineFeed) &* ones
    private static let carriageReturns = UInt64(carriageReturn) &* ones

    /// The high bit of every zero byte of `word`, and of no other byte (no borrow crosses
    /// bytes), so the bits can be counted.
    @inline(__always)
    private static func exactZeroBytes(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word | low7)
    }

    /// The high bit of every zero byte of `word` is set (and possibly of bytes above one).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & 0x8080_8080_8080_8080
    }

    /// The offset after the line break (LF, CR or CRLF) at `i`.
    @inline(__always)
    private static func skipLineBreak(_ p: UnsafePointer<UInt8>, at i: Int, count: Int) -> Int {
        if p[i] == carriageReturn, i + 1 < count, p[i + 1] == lineFeed { return i + 2 }
        return i + 1
    }
}
