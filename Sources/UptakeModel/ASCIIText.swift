/// Byte-level helpers for UTF-8 text that is mostly ASCII, as survey exports and rosters are.
///
/// Written by hand for speed: trimming and lower-casing through `Character` (grapheme
/// clusters) cost more than everything else the loader does per row. Each helper gives
/// exactly the answer of the `String` operation it stands for, and says when it cannot (a
/// non-ASCII byte where grapheme rules or Unicode whitespace could matter), so callers fall
/// back to the `String` path there.
package enum ASCIIText {
    /// True for the ASCII characters `Character.isWhitespace` accepts: tab, LF, VT, FF, CR, space.
    @inline(__always)
    package static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The part of `bytes` that `trimmedForDisplay` keeps, or nil when that depends on a
    /// non-ASCII byte next to the trimmed ends (a Unicode space, or a combining mark that makes
    /// a space part of a longer character).
    package static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0
        let count = bytes.count
        while start < count, isWhitespace(bytes[start]) { start += 1 }
        if start == count { return start..<start }
        if bytes[start] >= 0x80 { return nil }
        var end = count
        while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
        if bytes[end - 1] >= 0x80 { return nil }
        return start..<end
    }

    /// True when every byte of `bytes[range]` is ASCII.
    package static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var any: UInt8 = 0
        for i in range { any |= bytes[i] }
        return any < 0x80
    }

    /// True when `bytes` is empty or all ASCII whitespace.
    package static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy(isWhitespace)
    }

    /// `bytes[range]` (ASCII only) as a String, with A–Z lower-cased.
    package static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (i, byte) in zip(buffer.indices, range) {
                let b = bytes[byte]
                buffer[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            }
            return range.count
        }
    }

    /// `String(decoding:as:)` of the valid UTF-8 `bytes[range]`.
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `trimmedForDisplay` of the valid UTF-8 `bytes`.
    package static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let range = trimmedBounds(bytes) else {
            return String(decoding: bytes, as: UTF8.self).trimmedForDisplay
        }
        return string(bytes, range)
    }

    /// `participantKey` (trimmed, lower-cased) of the valid UTF-8 `bytes`.
    package static func participantKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let range = trimmedBounds(bytes) else {
            return String(decoding: bytes, as: UTF8.self).participantKey
        }
        guard isASCII(bytes, range) else { return string(bytes, range).lowercased() }
        return lowercased(bytes, range)
    }
}
