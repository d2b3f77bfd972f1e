/// RFC 2047 encoded-words (`=?UTF-8?B?...?=`) for non-ASCII display names and subjects.
package enum EncodedWord {
    /// Longest encoded-word written: short enough that one fits on a header line after the
    /// longest field name Uptake writes (`Subject: `) within 78 characters (RFC 2047 allows 75).
    package static let maxLength = 66

    /// `text` as encoded-words of at most `maxLength` characters, each holding whole Unicode
    /// scalars (RFC 2047 §5: a character never spans two words); none for empty text, since
    /// encoded-text cannot be empty. Decoders join adjacent words without the whitespace
    /// between them, so the words may be folded freely.
    package static func words(_ text: String) -> [String] {
        let overhead = "=?UTF-8?B??=".count
        let maxBytes = (maxLength - overhead) / 4 * 3
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > maxBytes {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + base64(bytes) + "?="
    }

    /// RFC 4648 base64 with padding.
    package static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = UInt32(bytes[index])
            let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(group >> 18 & 63)])
            out.append(alphabet[Int(group >> 12 & 63)])
            out.append(index + 1 < bytes.count ? alphabet[Int(group >> 6 & 63)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
