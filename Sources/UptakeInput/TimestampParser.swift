import UptakeModel

/// Parses the timestamps survey tools write into seconds since 1970-01-01 UTC.
///
/// Hand-written: Foundation's `DateFormatter` needs one pattern per tool and locale and is slow
/// per row; survey exports use a handful of shapes that one tolerant scanner covers:
/// ISO 8601 (`2026-03-14T09:05:13Z`, Qualtrics `2026-03-14 09:05:13`), slash dates month-first
/// or day-first (`05/15/2026 02:12:33 PM`, `3/15/2026 14:05:33`, Excel's `3/14/2026 9:05`),
/// Google Forms' `2026/03/15 2:05:33 PM GMT+5:30`. A declared `date_format` overrides.
struct TimestampParser: Sendable {
    /// Slash dates with neither part above 12 are read month-first (an en-US locale) or day-first.
    var monthFirst: Bool
    /// Offset applied to timestamps without a zone.
    var defaultOffset: Int
    /// A declared layout, e.g. `DD.MM.YYYY HH:mm`.
    var format: DateLayout?

    init(locale: String, timezone: String?, dateFormat: String?) {
        let lower = locale.lowercased()
        monthFirst = lower.isEmpty || lower == "en-us" || lower == "en_us" || lower == "en"
        defaultOffset = timezone.flatMap(Self.offsetSeconds) ?? 0
        format = dateFormat.map(DateLayout.init)
    }

    /// Seconds since the epoch, or nil when the text is not a timestamp.
    func parse(_ raw: String) -> Int64? {
        let fast: Int64?? = raw.utf8.withContiguousStorageIfAvailable { parse(utf8: $0) } ?? nil
        if let fast { return fast }
        return parseCharacters(raw)
    }

    /// `parse` through `Character`s, for text `parse(utf8:)` leaves to it (and for tests, which
    /// check the two agree).
    func parseCharacters(_ raw: String) -> Int64? {
        let text = raw.trimmedForDisplay
        guard !text.isEmpty, text.utf8.count < 64 else { return nil }
        if let format { return format.parse(text, defaultOffset: defaultOffset) }
        var scanner = DateScanner(text)
        guard let (a, sep1) = scanner.number(), let sep = sep1, sep == "-" || sep == "/" || sep == ".",
            let (b, sep2) = scanner.number(), sep2 == sep, let (c, _) = scanner.numberToEnd()
        else { return nil }
        return timestamp(a, b, c, time: { scanner.time(defaultOffset: defaultOffset) })
    }

    /// `parse` of the valid UTF-8 `bytes`, answered on bytes when they are printable ASCII once
    /// trimmed (every export Uptake knows writes such timestamps); nil when `parse` must decide.
    func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int64?? {
        guard format == nil, let range = ASCIIText.trimmedBounds(bytes) else { return nil }
        guard !range.isEmpty, range.count < 64 else { return .some(nil) }
        for i in range where bytes[i] < 0x20 || bytes[i] > 0x7E { return nil }
        return .some(parse(ascii: UnsafeBufferPointer(rebasing: bytes[range])))
    }

    /// Seconds since the epoch of the date parts `a`, `b`, `c` (year first when `a` has four
    /// digits, else month and day in the locale's order) and the time `time` reads.
    func timestamp(
        _ a: (value: Int, digits: Int), _ b: (value: Int, digits: Int), _ c: (value: Int, digits: Int), time: () -> Int?
    )
        -> Int64?
    {
        var year: Int
        var month: Int
        var day: Int
        if a.digits == 4 {
            (year, month, day) = (a.value, b.value, c.value)
        } else {
            guard c.digits == 4 || c.digits == 2 else { return nil }
            year = c.digits == 2 ? 2000 + c.value : c.value
            if a.value > 12 || (!monthFirst && b.value <= 12) {
                (day, month) = (a.value, b.value)
            } else {
                (month, day) = (a.value, b.value)
            }
        }
        guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        guard let time = time() else { return nil }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(time)
    }

    /// `Z`, `UTC`, `GMT`, `+02:00`, `+0200`, `-5`, `GMT+5:30` as seconds east of UTC.
    static func offsetSeconds(_ raw: String) -> Int? {
        var text = Substring(raw.trimmedForDisplay.uppercased())
        for prefix in ["GMT", "UTC"] where text.hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
        if text.isEmpty || text == "Z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let body = text.dropFirst()
        var hours: Int
        var minutes = 0
        if let colon = body.firstIndex(of: ":") {
            guard let h = Int(body[..<colon]), let m = Int(body[body.index(after: colon)...]) else { return nil }
            (hours, minutes) = (h, m)
        } else if body.count == 4, let v = Int(body) {
            (hours, minutes) = (v / 100, v % 100)
        } else if body.count <= 2, let h = Int(body) {
            hours = h
        } else {
            return nil
        }
        return offset(sign: sign == "-" ? -1 : 1, hours: hours, minutes: minutes)
    }

    /// Seconds east of UTC of a signed `hours:minutes` offset; nil past 14 hours, for minutes
    /// past 59, and for negative parts (`+-5`), which would otherwise overflow.
    static func offset(sign: Int, hours: Int, minutes: Int) -> Int? {
        guard (0...14).contains(hours), (0..<60).contains(minutes) else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
