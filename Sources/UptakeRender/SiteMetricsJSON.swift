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
        let indent: [UInt8] = Array("    ".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(document.count * 5 / 4 + 8)
        out += indent
        document.withUnsafeBufferPointer { bytes in
            var end = bytes.count
            // One final line break is dropped; a CRLF is one Character and is not "\n".
            if end > 0, bytes[end - 1] == 10, end < 2 || bytes[end - 2] != 13 { end -= 1 }
            var start = 0
            for offset in 0..<end where bytes[offset] == 10 && (offset == 0 || bytes[offset - 1] != 13) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...offset]))
                out += indent
                start = offset + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        return out
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
