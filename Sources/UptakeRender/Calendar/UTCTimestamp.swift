import UptakeModel

/// An instant of the build clock broken into UTC fields, for the stamps that calendars and
/// emails carry (`DTSTAMP`, `Date:`).
///
/// Computed from whole seconds rather than Foundation dates so the writers stay pure and the
/// output never depends on the machine's time zone or locale.
package struct UTCTimestamp: Sendable, Hashable {
    /// The UTC day.
    package var day: CalendarDay
    /// 0–23.
    package var hour: Int
    /// 0–59.
    package var minute: Int
    /// 0–59.
    package var second: Int

    /// The instant `seconds` after 1970-01-01T00:00:00Z; negative values count back.
    package init(seconds: Int64) {
        // Floor division, so instants before the epoch land on the right day.
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            days -= 1
            rest += 86_400
        }
        day = CalendarDay(daysSinceEpoch: Int(days))
        hour = Int(rest / 3_600)
        minute = Int(rest % 3_600 / 60)
        second = Int(rest % 60)
    }

    /// RFC 5545 §3.3.5 UTC date-time: `20261125T160000Z`.
    package var iCalendar: String {
        "\(day.basic)T\(pad(hour, 2))\(pad(minute, 2))\(pad(second, 2))Z"
    }

    /// RFC 5322 §3.3 date-time in UTC: `Wed, 25 Nov 2026 16:00:00 +0000`.
    package var rfc5322: String {
        let c = day.components
        let weekday = Self.weekdays[day.weekday]
        let month = Self.months[c.month - 1]
        return "\(weekday), \(pad(c.day, 2)) \(month) \(pad(c.year, 4)) "
            + "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)) +0000"
    }

    // English names are part of the RFC 5322 grammar, whatever the site's locale.
    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
