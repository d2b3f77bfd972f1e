import UptakeModel

/// A declared `date_format:` such as `DD.MM.YYYY HH:mm` or `M/D/YY h:mm A`.
///
/// Tokens: `YYYY`, `YY`, `MM`/`M`, `DD`/`D`, `HH`/`H` (24-hour), `hh`/`h` (12-hour), `mm`, `ss`,
/// `A` (AM/PM), `Z` (zone such as `+02:00` or `Z`); any other character must appear as written.
struct DateLayout: Sendable {
    enum Token: Sendable, Equatable {
        case year4, year2, month, day, hour24, hour12, minute, second, meridiem, zone
        case literal(Character)
    }

    var tokens: [Token] = []

    init(_ pattern: String) {
        var rest = Substring(pattern)
        let names: [(String, Token)] = [
            ("YYYY", .year4), ("YY", .year2), ("MM", .month), ("M", .month), ("DD", .day), ("D", .day),
            ("HH", .hour24), ("H", .hour24), ("hh", .hour12), ("h", .hour12), ("mm", .minute), ("ss", .second),
            ("A", .meridiem), ("a", .meridiem), ("Z", .zone),
        ]
        outer: while let first = rest.first {
            for (name, token) in names where rest.hasPrefix(name) {
                tokens.append(token)
                rest = rest.dropFirst(name.count)
                continue outer
            }
            tokens.append(.literal(first))
            rest = rest.dropFirst()
        }
    }

    /// Seconds since the epoch, or nil when `text` does not follow the layout.
    func parse(_ text: String, defaultOffset: Int) -> Int64? {
        var chars = Substring(text)
        var year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0
        var pm: Bool?, offset = defaultOffset
        func digits(_ maxCount: Int) -> Int? {
            let run = chars.prefix(maxCount).prefix { $0.isASCII && $0.isNumber }
            guard !run.isEmpty, let value = Int(run) else { return nil }
            chars = chars.dropFirst(run.count)
            return value
        }
        for token in tokens {
            switch token {
            case .year4: guard let v = digits(4) else { return nil }; year = v
            case .year2: guard let v = digits(2) else { return nil }; year = 2000 + v
            case .month: guard let v = digits(2) else { return nil }; month = v
            case .day: guard let v = digits(2) else { return nil }; day = v
            case .hour24, .hour12: guard let v = digits(2) else { return nil }; hour = v
            case .minute: guard let v = digits(2) else { return nil }; minute = v
            case .second: guard let v = digits(2) else { return nil }; second = v
            case .meridiem:
                let word = chars.prefix(2).uppercased()
                guard word == "AM" || word == "PM" else { return nil }
                pm = word == "PM"
                chars = chars.dropFirst(2)
            case .zone:
                let zone = chars.prefix { !$0.isWhitespace }
                guard let v = TimestampParser.offsetSeconds(String(zone)) else { return nil }
                offset = v
                chars = chars.dropFirst(zone.count)
            case .literal(let c):
                guard chars.first == c else { return nil }
                chars = chars.dropFirst()
            }
        }
        guard chars.isEmpty else { return nil }
        if let pm {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
        }
        guard let date = CalendarDay(year: year, month: month, day: day), hour < 24, minute < 60, second < 61 else {
            return nil
        }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
    }
}
