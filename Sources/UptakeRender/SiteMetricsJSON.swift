#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `site/metrics.json` spliced from the serialized metrics.json of every program, each
/// re-indented two levels, rather than serialized again: the same bytes as
/// `JSONValue.serialized()` of the whole tree.
package enum SiteMetricsJSON {
    /// A program's metrics.json as an element of the site document's `programs` array: every
    /// line indented two levels, without the final line break. Made per program, on whichever
    /// core built it, so the site's document is only joined at the end (on a site of 10,000
    /// programs it is about 180 MB, and re-indenting it there was a serial tenth of a second).
    ///
    /// Copies bytes, run by run between line breaks (appending `Character` by `Character`
    /// once took eleven seconds for the whole site).
    package static func entry(_ document: [UInt8]) -> [UInt8] {
        document.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return Array("    ".utf8) }
            var end = bytes.count
            // One final line break is dropped; a CRLF is one Character and is not "\n".
            if end > 0, bytes[end - 1] == 10, end < 2 || bytes[end - 2] != 13 { end -= 1 }
            // Line breaks found with memchr, runs between them copied whole, into a buffer
            // sized for the result: one pass over the bytes instead of a Swift loop over each.
            var breaks: [Int] = []
            var start = 0
            while start < end, let hit = memchr(base + start, 10, end - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if offset == 0 || bytes[offset - 1] != 13 { breaks.append(offset) }
                start = offset + 1
            }
            var out: [UInt8] = []
            out.reserveCapacity(end + 4 * (breaks.count + 1))
            let indent: (UInt8, UInt8, UInt8, UInt8) = (32, 32, 32, 32)
            withUnsafeBytes(of: indent) { indent in
                let indent = indent.bindMemory(to: UInt8.self)
                out.append(contentsOf: indent)
                start = 0
                for offset in breaks {
                    out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: offset + 1 - start))
                    out.append(contentsOf: indent)
                    start = offset + 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
            return out
        }
    }

    /// The site document's UTF-8 bytes around `entries` (each made by `entry(_:)`): what the
    /// build writes and `uptake metrics` prints, with no 180 MB String in between.
    package static func bytes(_ entries: [[UInt8]]) -> [UInt8] {
        var out = Array("{\n  \"schema\": \"uptake.metrics/1\",\n  \"programs\": ".utf8)
        guard !entries.isEmpty else { return out + "[]\n}\n".utf8 }
        out.reserveCapacity(entries.reduce(64) { $0 + $1.count + 2 })
        out += "[\n".utf8
        for (index, entry) in entries.enumerated() {
            out += entry
            out += (index == entries.count - 1 ? "\n" : ",\n").utf8
        }
        out += "  ]\n}\n".utf8
        return out
    }
}
