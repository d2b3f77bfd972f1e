#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// The first offset at or after `start` where `needle` begins, searching UTF-8 text as
    /// bytes: `memchr` to the next first byte, `memcmp` for the rest (the render's text
    /// rewrites run on pages of several kilobytes each; a character-wise or Foundation search
    /// was the larger part of their cost, and a byte loop comparing at every `<` of a page
    /// still a percent of a build).
    func firstOffset(of needle: String.UTF8View, from start: Int = 0) -> Int? {
        guard let base = baseAddress, let first = needle.first, start >= 0, count - start >= needle.count else {
            return nil
        }
        var needle = String(needle)
        return needle.withUTF8 { needle -> Int? in
            var index = start
            while count - index >= needle.count {
                guard let hit = memchr(base + index, Int32(first), count - index - needle.count + 1) else { return nil }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset }
                index = offset + 1
            }
            return nil
        }
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
