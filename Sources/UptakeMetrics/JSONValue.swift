/// A JSON document with object keys in insertion order, so metrics.json follows the order of the
/// PRODUCT.md §3 schema and is byte-identical from build to build.
package indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    package func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// A number, or null.
    package static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    /// An integer, or null.
    package static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline (`JSONWriter`).
    package func serialized() -> String {
        var writer = JSONWriter()
        writer.value(self)
        return String(decoding: writer.finished(), as: UTF8.self)
    }

    /// Shortest round-trip decimal; integral values without a fraction.
    package static func format(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    /// `s` as a JSON string literal, appended as UTF-8. Works on bytes: every byte that needs
    /// escaping is ASCII, or starts U+2028/U+2029 (E2 80 A8/A9), and never occurs inside
    /// another character's UTF-8 sequence, so runs of other bytes are copied as they are.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var escaped: String?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escaped = "\\\""
                case UInt8(ascii: "\\"): escaped = "\\\\"
                case UInt8(ascii: "\n"): escaped = "\\n"
                case UInt8(ascii: "\r"): escaped = "\\r"
                case UInt8(ascii: "\t"): escaped = "\\t"
                // Keeps "</script>" inert if the JSON is ever inlined in HTML.
                case UInt8(ascii: "<"): escaped = "\\u003c"
                case 0..<0x20: escaped = unicodeEscape(UInt32(byte))
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escaped = unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    width = 3
                default: break
                }
                if let escaped {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    out.append(contentsOf: escaped.utf8)
                    index += width
                    start = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `\uXXXX` with lowercase hex digits.
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
