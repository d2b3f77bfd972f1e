#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `site/metrics.json` spliced from the serialized metrics.json of every program rather than
/// serialized again: `{"schema":"uptake.metrics/1","programs":[` and then each program's
/// document on a line of its own, in compact form.
///
/// One program per line, not pretty-printed like a program's own metrics.json: the site's file
/// is for dashboards and scripts (`jq .` indents it), a line per program keeps its diffs to the
/// programs that changed, and the indentation of the nested documents made it twice the size
/// (177 MB against 85 MB on the 10,000 programs of `bench/run pages`; on this disk every
/// megabyte written costs about 2.4 ms, and this file is written after every program is done).
package enum SiteMetricsJSON {
    /// A program's metrics.json (as `JSONWriter` prints it) as an element of the site
    /// document's `programs` array: the same document on one line, without the line breaks,
    /// the indentation and the space after each key's colon, which are the only whitespace
    /// `JSONWriter` puts outside strings (a string never holds a raw line break: it is
    /// escaped). Made per program, on whichever core built it, so the site's document is only
    /// joined at the end.
    ///
    /// Written by hand for speed: lines found with memchr, then copied run by run into a buffer
    /// of the exact size (appending byte by byte was ten times slower on a 177 MB site).
    package static func entry(_ document: [UInt8]) -> [UInt8] {
        document.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return [] }
            let count = bytes.count
            // The runs to keep, as (start, end) pairs, and their total length.
            var runs: [Int] = []
            runs.reserveCapacity(count / 16)
            var total = 0
            var line = 0
            while line < count {
                let end =
                    memchr(base + line, 10, count - line).map {
                        base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                    } ?? count
                var start = line
                while start < end, bytes[start] == 32 { start += 1 }
                // A member's key: the space after its colon goes too.
                if start < end, bytes[start] == UInt8(ascii: "\"") {
                    var close = start + 1
                    while close < end, bytes[close] != UInt8(ascii: "\"") {
                        close += bytes[close] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    if close + 2 < end, bytes[close + 1] == UInt8(ascii: ":"), bytes[close + 2] == 32 {
                        runs.append(start)
                        runs.append(close + 2)
                        total += close + 2 - start
                        start = close + 3
                    }
                }
                if start < end {
                    runs.append(start)
                    runs.append(end)
                    total += end - start
                }
                line = end + 1
            }
            return [UInt8](unsafeUninitializedCapacity: total) { out, filled in
                var at = 0
                for pair in stride(from: 0, to: runs.count, by: 2) {
                    let length = runs[pair + 1] - runs[pair]
                    memcpy(out.baseAddress! + at, base + runs[pair], length)
                    at += length
                }
                filled = at
            }
        }
    }

    /// The site document's UTF-8 bytes around `entries` (each made by `entry(_:)`): what the
    /// build writes and `uptake metrics` prints, with no 85 MB String in between.
    package static func bytes(_ entries: [[UInt8]]) -> [UInt8] {
        var out = Array("{\"schema\":\"uptake.metrics/1\",\"programs\":[".utf8)
        guard !entries.isEmpty else { return out + "]}\n".utf8 }
        out.reserveCapacity(entries.reduce(64) { $0 + $1.count + 2 })
        for (index, entry) in entries.enumerated() {
            out += (index == 0 ? "\n" : ",\n").utf8
            out += entry
        }
        out += "\n]}\n".utf8
        return out
    }
}
