/// Finds the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
/// nothing past U+10FFFF), eight ASCII bytes at a time.
enum UTF8Validator {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first invalid byte (the lead byte of a broken sequence), or nil.
    static func firstInvalidByte(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = text.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let count = text.count
        var i = 0
        while i < count {
            while i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & highBits == 0 {
                i += 8
            }
            guard i < count else { break }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard let length = sequenceLength(lead: lead, at: i, in: text) else { return i }
            i += length
        }
        return nil
    }

    /// The length of the valid multi-byte sequence starting with `lead` at `i`, or nil.
    private static func sequenceLength(lead: UInt8, at i: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        // The second byte's range is narrower than 80...BF for some leads: that is what
        // rules out overlong forms, surrogates and scalars past U+10FFFF.
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard i + length <= text.count else { return nil }
        let second = text[i + 1]
        guard second >= low, second <= high else { return nil }
        for k in 2..<length where text[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }
}
