import UptakeMetrics
import UptakeModel

/// Numbers, dates and withheld figures as people read them. Templates never format.
package struct Format: Sendable {
    /// `min_group_size`, for "fewer than 5 responses".
    package var minGroupSize: Int
    /// Locale of dates (`en-US` month first, anything else day first).
    package var locale: String

    /// A formatter for a site.
    package init(minGroupSize: Int, locale: String) {
        self.minGroupSize = minGroupSize
        self.locale = locale
    }

    /// PRODUCT.md §2: a suppressed figure says so in words.
    package var withheld: String { "fewer than \(minGroupSize) responses" }

    /// `68%`, rounded half away from zero.
    package func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    /// A rate figure: `68%`, the withheld reason, or `n/a`.
    package func percent(_ figure: Figure) -> String {
        switch figure.state {
        case .shown: return percent(figure.value ?? 0)
        case .suppressed: return withheld
        case .notApplicable: return "n/a"
        }
    }

    /// `41 of 60 (68%)`.
    package func share(_ figure: Figure) -> String {
        guard figure.isShown, let numerator = figure.numerator, let value = figure.value else { return percent(figure) }
        return "\(numerator) of \(figure.denominator) (\(percent(value)))"
    }

    /// The gap as a reader checks it: the difference of the two percentages shown beside it
    /// (`88%` and `58%` give `30`), so the page never disagrees with itself by a rounding.
    package func gapPoints(learning: Double, doing: Double) -> Int {
        Int((learning * 100).rounded()) - Int((doing * 100).rounded())
    }

    /// The gap as the headline shows it: `24 pts`, `1 pt`, `0 pts`, `−3 pts`.
    package func gapText(learning: Double, doing: Double) -> String {
        let points = gapPoints(learning: learning, doing: doing)
        let unit = abs(points) == 1 ? "pt" : "pts"
        return points < 0 ? "−\(-points) \(unit)" : "\(points) \(unit)"
    }

    /// `+23 pts`, `−4 pts`, `0 pts`.
    package func points(_ value: Double) -> String {
        let rounded = Int(value.rounded())
        return rounded > 0 ? "+\(rounded) pts" : rounded < 0 ? "−\(-rounded) pts" : "0 pts"
    }

    /// A points figure, or the withheld reason, or `n/a`.
    package func points(_ figure: Figure) -> String {
        switch figure.state {
        case .shown: return points(figure.value ?? 0)
        case .suppressed: return withheld
        case .notApplicable: return "n/a"
        }
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `March 14, 2026` (en-US) or `14 March 2026`.
    package func date(_ day: CalendarDay) -> String {
        let c = day.components
        let month = Self.months[c.month - 1]
        return monthFirst ? "\(month) \(c.day), \(c.year)" : "\(c.day) \(month) \(c.year)"
    }

    /// `Mar 14` / `14 Mar`, for tight table cells.
    package func shortDate(_ day: CalendarDay) -> String {
        let c = day.components
        let month = String(Self.months[c.month - 1].prefix(3))
        return monthFirst ? "\(month) \(c.day), \(c.year)" : "\(c.day) \(month) \(c.year)"
    }

    var monthFirst: Bool {
        let lower = locale.lowercased()
        return lower == "en-us" || lower == "en_us" || lower == "en"
    }

    /// The HTML `lang` of the locale.
    package var lang: String {
        let code = locale.replacingOccurrences(of: "_", with: "-")
        return code.isEmpty ? "en" : code
    }
}

/// HTML-escapes text for element content and attribute values.
package func escapeHTML(_ text: String) -> String {
    // Over UTF-8 bytes: the five characters are ASCII and never part of a longer sequence, so
    // runs between them are copied whole, and text without any comes back without a copy.
    var text = text
    let escaped: [UInt8]? = text.withUTF8 { bytes in
        guard var index = bytes.firstIndex(where: { htmlEntity(for: $0) != nil }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<index]))
        var start = index
        while index < bytes.count {
            if let entity = htmlEntity(for: bytes[index]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                entity.withUTF8Buffer { out.append(contentsOf: $0) }
                start = index + 1
            }
            index += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        return out
    }
    return escaped.map { String(decoding: $0, as: UTF8.self) } ?? text
}

/// The entity that replaces `byte` in HTML text, or nil when it stands for itself.
@inline(__always)
private func htmlEntity(for byte: UInt8) -> StaticString? {
    switch byte {
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "<"): return "&lt;"
    case UInt8(ascii: ">"): return "&gt;"
    case UInt8(ascii: "\""): return "&quot;"
    case UInt8(ascii: "'"): return "&#39;"
    default: return nil
    }
}
