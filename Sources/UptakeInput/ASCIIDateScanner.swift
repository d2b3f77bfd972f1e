import UptakeModel

/// `DateScanner` over printable ASCII bytes: the same steps, one byte for one `Character`.
///
/// Written by hand for speed: every survey row has a timestamp, and splitting it into
/// `Character`s cost more than the rest of reading the row. Only printable ASCII (0x20–0x7E)
/// comes here, where bytes and Characters coincide; anything else takes `DateScanner`.
struct ASCIIDateScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    private static let space = UInt8(ascii: " ")

    /// A run of at most nine digits and the byte after it, as `DateScanner.number`.
    mutating func number() -> ((value: Int, digits: Int), UInt8?)? {
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
            if index - start > 9 { return nil }
        }
        guard index > start else { return nil }
        let separator = index < bytes.count ? bytes[index] : nil
        if separator != nil { index += 1 }
        return ((value, index - start - (separator != nil ? 1 : 0)), separator)
    }

    /// The last date part, as `DateScanner.numberToEnd`.
    mutating func numberToEnd() -> ((value: Int, digits: Int), UInt8?)? {
        guard let (part, separator) = number() else { return nil }
        guard separator == nil || separator == Self.space || separator == UInt8(ascii: "T") else { return nil }
        return (part, separator)
    }

    /// The time of day and zone, as `DateScanner.time`.
    mutating func time(defaultOffset: Int) -> Int? {
        skipSpaces()
        guard index < bytes.count else { return -defaultOffset }
        let colon = UInt8(ascii: ":")
        guard let (hour, s1) = number(), s1 == colon, let (minute, s2) = number() else { return nil }
        var second = 0
        var rest = s2
        if s2 == colon {
            guard let (sec, s3) = number() else { return nil }
            second = sec.value
            rest = s3
            if s3 == UInt8(ascii: ".") || s3 == UInt8(ascii: ",") {
                guard let (_, s4) = number() else { return nil }
                rest = s4
            }
        }
        if rest != nil && rest != Self.space { index -= 1 }
        var h = hour.value
        skipSpaces()
        var zone = index
        for marker in Self.meridiems where hasUppercasedPrefix(marker, at: zone) {
            guard (1...12).contains(h) else { return nil }
            let pm = marker[0] == UInt8(ascii: "P")
            h = h % 12 + (pm ? 12 : 0)
            zone += marker.count
            break
        }
        guard h < 24, minute.value < 60, second < 61 else { return nil }
        var zoneStart = zone
        var zoneEnd = bytes.count
        while zoneStart < zoneEnd, bytes[zoneStart] == Self.space { zoneStart += 1 }
        while zoneEnd > zoneStart, bytes[zoneEnd - 1] == Self.space { zoneEnd -= 1 }
        let offset =
            zoneStart == zoneEnd
            ? defaultOffset
            : TimestampParser.offsetSeconds(ascii: UnsafeBufferPointer(rebasing: bytes[zoneStart..<zoneEnd]))
        guard let offset else { return nil }
        return h * 3600 + minute.value * 60 + second - offset
    }

    private static let meridiems: [[UInt8]] = ["AM", "PM", "A.M.", "P.M."].map { Array($0.utf8) }

    /// Whether the bytes from `start`, upper-cased, begin with `prefix`.
    private func hasUppercasedPrefix(_ prefix: [UInt8], at start: Int) -> Bool {
        guard bytes.count - start >= prefix.count else { return false }
        for (i, byte) in prefix.enumerated() where ASCIIDateScanner.uppercased(bytes[start + i]) != byte {
            return false
        }
        return true
    }

    static func uppercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == Self.space { index += 1 }
    }
}

extension TimestampParser {
    /// `parse` of printable ASCII text, already trimmed; the caller checked it is under 64 bytes.
    func parse(ascii text: UnsafeBufferPointer<UInt8>) -> Int64? {
        var scanner = ASCIIDateScanner(bytes: text)
        let separators = [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]
        guard let (a, sep1) = scanner.number(), let sep = sep1, separators.contains(sep),
            let (b, sep2) = scanner.number(), sep2 == sep, let (c, _) = scanner.numberToEnd()
        else { return nil }
        return timestamp(a, b, c, time: { scanner.time(defaultOffset: defaultOffset) })
    }

    /// `offsetSeconds` of printable ASCII text trimmed of spaces, upper-casing as it compares.
    static func offsetSeconds(ascii raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var text = raw[...]
        for prefix in ["GMT", "UTC"]
        where text.count >= 3 && text.prefix(3).map(ASCIIDateScanner.uppercased).elementsEqual(prefix.utf8) {
            text = text.dropFirst(3)
        }
        if text.isEmpty || (text.count == 1 && ASCIIDateScanner.uppercased(text[text.startIndex]) == UInt8(ascii: "Z"))
        {
            return 0
        }
        let sign = text[text.startIndex]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let body = text.dropFirst()
        var hours: Int
        var minutes = 0
        if let colon = body.firstIndex(of: UInt8(ascii: ":")) {
            guard let h = asciiInt(body[..<colon]), let m = asciiInt(body[(colon + 1)...]) else { return nil }
            (hours, minutes) = (h, m)
        } else if body.count == 4, let v = asciiInt(body) {
            (hours, minutes) = (v / 100, v % 100)
        } else if body.count <= 2, let h = asciiInt(body) {
            hours = h
        } else {
            return nil
        }
        return offset(sign: sign == UInt8(ascii: "-") ? -1 : 1, hours: hours, minutes: minutes)
    }

    /// `Int(text)` of ASCII bytes: an optional sign, then one or more digits, nil on overflow.
    private static func asciiInt(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var digits = text
        var negative = false
        if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let digit = Int(byte - 0x30)
            let (next, o2) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = next
        }
        return value
    }
}
