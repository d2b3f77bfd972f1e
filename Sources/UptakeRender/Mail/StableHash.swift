/// FNV-1a, 64 bits: a small hash that is the same on every machine and every run (unlike
/// Swift's `Hasher`, which is seeded per process). For stable identifiers, not for secrecy.
package struct StableHash: Sendable, Hashable {
    /// The hash so far.
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of nothing.
    package init() {}

    /// The hash of `parts`, each followed by a NUL so that `["ab", "c"]` and `["a", "bc"]` differ.
    package init(_ parts: [String]) {
        for part in parts {
            combine(part)
            combine(byte: 0)
        }
    }

    /// Adds the UTF-8 bytes of `text`.
    package mutating func combine(_ text: String) {
        for byte in text.utf8 { combine(byte: byte) }
    }

    /// Adds one byte.
    package mutating func combine(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    /// 16 lowercase hex digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
