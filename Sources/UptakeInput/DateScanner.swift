/// Reads the numeric parts of a timestamp one at a time; a helper of `TimestampParser`.
struct DateScanner {
    let chars: [Character]
    var index = 0

    init(_ text: String) { chars = Array(text) }

    /// A run of digits and the separator after it.
    mutating func number() -> ((value: Int, digits: Int), Character?)? {
        let start = index
        var value = 0
        while index < chars.count, let d = chars[index].wholeNumberValue, chars[index].isASCII {
            value = value * 10 + d
            index += 1
            if index - start > 9 { return nil }
        }
        guard index > start else { return nil }
        let separator = index < chars.count ? chars[index] : nil
        if separator != nil { index += 1 }
        return ((value, index - start - (separator != nil ? 1 : 0)), separator)
    }

    /// The last date part, which ends at a space, a `T` or the end of the text.
    mutating func numberToEnd() -> ((value: Int, digits: Int), Character?)? {
        guard let (part, separator) = number() else { return nil }
        guard separator == nil || separator == " " || separator == "T" else { return nil }
        return (part, separator)
    }

    /// Optional `H:MM[:SS[.fff]] [AM|PM] [zone]`, as seconds since midnight UTC (may be negative
    /// or beyond a day after the offset is applied).
    mutating func time(defaultOffset: Int) -> Int? {
        skipSpaces()
        guard index < chars.count else { return -defaultOffset }
        guard let (hour, s1) = number(), s1 == ":", let (minute, s2) = number() else { return nil }
        var second = 0
        var rest: Character? = s2
        if s2 == ":" {
            guard let (sec, s3) = number() else { return nil }
            second = sec.value
            rest = s3
            if s3 == "." || s3 == "," {
                guard let (_, s4) = number() else { return nil }  // fractions of a second are dropped
                rest = s4
            }
        }
        if rest != nil && rest != " " { index -= 1 }
        var h = hour.value
        skipSpaces()
        let tail = String(chars[index...]).uppercased()
        var zone = Substring(tail)
        for marker in ["AM", "PM", "A.M.", "P.M."] where zone.hasPrefix(marker) {
            guard (1...12).contains(h) else { return nil }
            let pm = marker.hasPrefix("P")
            h = h % 12 + (pm ? 12 : 0)
            zone = zone.dropFirst(marker.count)
            break
        }
        guard h < 24, minute.value < 60, second < 61 else { return nil }
        let zoneText = zone.trimmingCharacters()
        let offset = zoneText.isEmpty ? defaultOffset : TimestampParser.offsetSeconds(zoneText)
        guard let offset else { return nil }
        return h * 3600 + minute.value * 60 + second - offset
    }

    mutating func skipSpaces() {
        while index < chars.count, chars[index] == " " { index += 1 }
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(self).trimmedForDisplay
    }
}
