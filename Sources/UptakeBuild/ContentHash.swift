/// A fast 64-bit hash of file contents, to tell whether an output or an input changed since the
/// last build. Written here because the standard library's `Hasher` is seeded per process (its
/// values cannot be kept between builds) and no package on the mirror offers a stable one; the
/// 16-bytes-per-step multiply–fold mixing is wyhash's. Not for security: a changed file is
/// missed only if its hash collides with the old one's at the same path.
package enum ContentHash {
    /// The hash of `bytes`.
    package static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The hash of the bytes of `buffer`.
    package static func of(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        let count = buffer.count
        var state: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count)
        var offset = 0
        while offset + 16 <= count {
            let a = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let b = buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
            state = fold(a ^ 0xA076_1D64_78BD_642F ^ state, b ^ 0xE703_7ED1_A0B4_28DB)
            offset += 16
        }
        var tail: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &tail) { raw in
            for index in 0..<(count - offset) { raw[index] = buffer[offset + index] }
        }
        state = fold(tail.0 ^ 0xA076_1D64_78BD_642F ^ state, tail.1 ^ 0xE703_7ED1_A0B4_28DB)
        return fold(state, UInt64(truncatingIfNeeded: count) ^ 0x8EBC_6AF0_9C88_C6E3)
    }

    /// Combines hashes in order (for a key made of several parts).
    package static func combine(_ parts: [UInt64]) -> UInt64 {
        parts.reduce(0x9E37_79B9_7F4A_7C15) { fold($0 ^ 0xA076_1D64_78BD_642F, $1 ^ 0xE703_7ED1_A0B4_28DB) }
    }

    /// The hash of a text's UTF-8 bytes.
    package static func of(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
