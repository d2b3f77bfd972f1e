/// Line and column arithmetic over UTF-8 text, for diagnostics.
///
/// A line ends at LF, CR or CRLF (counted once). Columns are 1-based and count Unicode
/// scalars, that is bytes that are not UTF-8 continuation bytes. These run only when a
/// location is asked for, so they scan rather than keep a line table.
enum TextPosition {
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    /// The offset where the physical line holding `offset` starts.
    static func lineStart(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var i = min(offset, text.count)
        while i > 0 {
            let byte = text[i - 1]
            if byte == lineFeed || byte == carriageReturn { break }
            i -= 1
        }
        return i
    }

    /// The offset just past the physical line holding `offset`, before its line break.
    static func lineEnd(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var i = max(offset, 0)
        while i < text.count, text[i] != lineFeed, text[i] != carriageReturn { i += 1 }
        return i
    }

    /// The 1-based column of `offset` on its physical line, in Unicode scalars.
    static func column(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        scalarCount(from: lineStart(of: offset, in: text), to: offset, in: text) + 1
    }

    /// The number of line breaks that start in `start..<end`; CRLF counts once.
    static func lineBreaks(from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = start
        while i < end {
            let byte = text[i]
            if byte == lineFeed {
                count += 1
            } else if byte == carriageReturn {
                count += 1
                if i + 1 < text.count, text[i + 1] == lineFeed { i += 1 }
            }
            i += 1
        }
        return count
    }

    /// The 1-based line and column of `offset`, counting from the start of the text.
    static func lineAndColumn(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        (lineBreaks(from: 0, to: lineStart(of: offset, in: text), in: text) + 1, column(of: offset, in: text))
    }

    /// The number of Unicode scalars encoded in `start..<end`.
    static func scalarCount(from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for i in start..<max(start, end) where text[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The text of `start..<end` as a String, repairing nothing (the text is valid UTF-8).
    static func string(from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<max(start, end)]), as: UTF8.self)
    }
}
