/// `site/metrics.json` spliced from the serialized metrics.json of every program, each
/// re-indented two levels, rather than serialized again: the same bytes as
/// `JSONValue.serialized()` of the whole tree.
package enum SiteMetricsJSON {
    /// The document's UTF-8 bytes around `programs` (each a program's metrics.json): what
    /// the build writes and `uptake metrics` prints, with no 180 MB String in between.
    ///
    /// Copies bytes, run by run between line breaks: on a site of 10,000 programs the result
    /// is about 180 MB, and appending it `Character` by `Character` took eleven seconds.
    package static func bytes(_ programs: [[UInt8]]) -> [UInt8] {
        var out = Array("{\n  \"schema\": \"uptake.metrics/1\",\n  \"programs\": ".utf8)
        guard !programs.isEmpty else { return out + "[]\n}\n".utf8 }
        out.reserveCapacity(programs.reduce(64) { $0 + $1.count * 5 / 4 })
        out += "[\n".utf8
        let indent = Array("    ".utf8)
        for (index, text) in programs.enumerated() {
            out += indent
            text.withUnsafeBufferPointer { bytes in
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
            out += (index == programs.count - 1 ? "\n" : ",\n").utf8
        }
        out += "  ]\n}\n".utf8
        return out
    }
}
