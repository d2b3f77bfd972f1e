extension Array where Element == UInt8 {
    /// Appends `value` in `radix` (2 to 16, lowercase digits) as `String(value, radix:)` writes
    /// it, without a String in between: metrics.json, the output record and the charts write
    /// millions of numbers on a large site, and a String each was a visible share of that.
    package mutating func appendDigits(_ value: UInt64, radix: UInt64 = 10) {
        // 24 bytes on the stack: more than the 20 digits of the largest UInt64 in decimal.
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        Swift.withUnsafeMutableBytes(of: &scratch) { raw in
            var index = raw.count
            var rest = value
            repeat {
                let digit = UInt8(truncatingIfNeeded: rest % radix)
                rest /= radix
                index -= 1
                raw[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            } while rest > 0
            append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[index...]))
        }
    }

    /// Appends `value` in decimal, with a `-` when negative.
    package mutating func appendDigits(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(value.magnitude)
    }
}
