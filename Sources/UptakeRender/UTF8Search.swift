extension UnsafeBufferPointer<UInt8> {
    /// The first offset at or after `start` where `needle` begins, searching UTF-8 text as
    /// bytes (the render's text rewrites run on pages of several kilobytes each, and a
    /// character-wise or Foundation search was the larger part of their cost).
    func firstOffset(of needle: String.UTF8View, from start: Int = 0) -> Int? {
        guard let first = needle.first, count >= needle.count else { return nil }
        var index = start
        while index <= count - needle.count {
            if self[index] == first, self[index...].starts(with: needle) { return index }
            index += 1
        }
        return nil
    }
}

/// `text` with some of its byte sequences replaced, working on UTF-8 bytes: `replacement`
/// looks at the bytes from an offset and returns what replaces them and how many bytes that
/// covers, or nil to keep the byte. Runs of kept bytes are copied whole, and text with nothing
/// to replace comes back as it is, without a copy. Callers only ever match at an ASCII byte or
/// at the lead byte of a sequence, so no character is split.
func replacingUTF8(_ text: String, _ replacement: (UnsafeBufferPointer<UInt8>, Int) -> (String, Int)?) -> String {
    var text = text
    let replaced: [UInt8]? = text.withUTF8 { bytes in
        var out: [UInt8] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            guard let (with, count) = replacement(bytes, index) else {
                index += 1
                continue
            }
            if out.isEmpty { out.reserveCapacity(bytes.count + 64) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            out.append(contentsOf: with.utf8)
            index += count
            start = index
        }
        guard start > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        return out
    }
    return replaced.map { String(decoding: $0, as: UTF8.self) } ?? text
}
