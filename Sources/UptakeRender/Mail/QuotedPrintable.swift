#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// RFC 2045 §6.7 quoted-printable for text bodies, with CRLF line breaks.
package enum QuotedPrintable {
    /// Longest encoded line, soft-break `=` included, CRLF excluded.
    package static let maxLineLength = 76

    /// Encodes `text` as UTF-8: every line break (CRLF, CR, LF) becomes a CRLF hard break;
    /// `=`, non-ASCII and control bytes become `=XX`; a space or tab that ends a line becomes
    /// `=20` / `=09`; longer lines are soft-broken with a final `=`. A `.` or `From ` that
    /// would start a physical line is encoded too, so `sendmail` (a lone `.` ends its input)
    /// and mbox files (`From ` starts a message) leave the body alone.
    package static func encode(_ text: String) -> String {
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { encode($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 `bytes`, encoded as `encode(_:)` does, to `out`. Every manager's email has
    /// two bodies of several kilobytes, so this writes into memory reserved for the longest
    /// possible result rather than appending byte by byte.
    package static func encode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        // At most 3 bytes per input byte, a 3-byte soft break per 25 tokens, a CRLF per line.
        let capacity = bytes.count * 3 + (bytes.count / 25 + 1) * 3 + 2
        let encoded = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var writer = Writer(buffer: buffer)
            var start = 0
            var index = 0
            // Text without CR (the templates write LF) is split with memchr, which scans
            // many bytes at a time.
            if let base = bytes.baseAddress, memchr(base, 13, bytes.count) == nil {
                while start < bytes.count, let found = memchr(base + start, 10, bytes.count - start) {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    encodeLine(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: &writer)
                    writer.append(13, 10)
                    start = end + 1
                }
                index = bytes.count
            }
            // Lines split at CRLF, CR or LF; a final break gives a final empty line.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 13 || byte == 10 {
                    encodeLine(UnsafeBufferPointer(rebasing: bytes[start..<index]), into: &writer)
                    writer.append(13, 10)
                    index += byte == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 ? 2 : 1
                    start = index
                } else {
                    index += 1
                }
            }
            encodeLine(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), into: &writer)
            count = writer.count
        }
        out += encoded
    }

    /// Writes into memory reserved for the whole result.
    private struct Writer {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func append(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }

        /// Eight bytes at once, in memory order.
        mutating func append(word: UInt64) {
            UnsafeMutableRawPointer(buffer.baseAddress! + count).storeBytes(of: word, as: UInt64.self)
            count += 8
        }

        mutating func append(_ a: UInt8, _ b: UInt8, _ c: UInt8? = nil) {
            append(a)
            append(b)
            if let c { append(c) }
        }
    }

    /// Appends one hard line, soft-broken so no physical line passes 76 characters.
    private static func encodeLine(_ line: UnsafeBufferPointer<UInt8>, into out: inout Writer) {
        var used = 0
        var index = 0
        while index < line.count {
            // The common case first: a printable byte, space or tab that is not the line's last,
            // in the middle of a physical line with room left. It stands for itself, needs no
            // soft break and cannot start a fragile line, which is what the full step below
            // would decide for it too; only the checks are skipped.
            // Eight bytes at a time while all eight are printable ASCII other than `=` (or a
            // space) and fit, the line's last byte not among them: the same bytes the loop
            // below would take one by one.
            while used > 0, used + 8 <= maxLineLength - 1, index + 8 < line.count {
                let word = UnsafeRawPointer(line.baseAddress! + index).loadUnaligned(as: UInt64.self)
                guard isPlain(word) else { break }
                out.append(word: word)
                used += 8
                index += 8
            }
            while index < line.count - 1, used > 0, used < maxLineLength - 1 {
                let byte = line[index]
                guard byte == 9 || (32...126).contains(byte) && byte != UInt8(ascii: "=") else { break }
                out.append(byte)
                used += 1
                index += 1
            }
            let byte = line[index]
            let isLast = index == line.count - 1
            var literal = isLiteral(byte) || ((byte == 32 || byte == 9) && !isLast)
            if literal && used == 0 && startsFragileLine(line, at: index) { literal = false }
            let width = literal ? 1 : 3
            // The last token may use column 76; others leave room for the soft-break `=`.
            if used + width > (isLast ? maxLineLength : maxLineLength - 1) {
                out.append(UInt8(ascii: "="), 13, 10)
                used = 0
                if literal && startsFragileLine(line, at: index) { literal = false }
            }
            if literal {
                out.append(byte)
                used += 1
            } else {
                out.append(UInt8(ascii: "="), hexDigit(byte >> 4), hexDigit(byte & 15))
                used += 3
            }
            index += 1
        }
    }

    /// Whether all eight bytes of `word` are in 0x20...0x7E and none is `=` (bit tricks on the
    /// whole word: "has a byte less than n", "more than n", "zero" after xor).
    @inline(__always)
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs  // a byte below 0x20
        let high = ((word &+ ones &* (127 - 126)) | word) & highs  // a byte above 0x7E
        let equals = word ^ (ones &* 0x3D)
        let equal = (equals &- ones) & ~equals & highs  // a byte that is `=`
        return control | high | equal == 0
    }

    /// Printable ASCII other than `=`: written as itself.
    private static func isLiteral(_ byte: UInt8) -> Bool {
        (33...126).contains(byte) && byte != UInt8(ascii: "=")
    }

    /// Whether a physical line starting here would begin with `.` or `From `.
    private static func startsFragileLine(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        line[index] == UInt8(ascii: ".") || line[index...].starts(with: "From ".utf8)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}
