import UptakeModel

/// The one clock of a build. PRODUCT.md §3: timestamps come from `SOURCE_DATE_EPOCH` when set,
/// else from the newest input's modification time, so the same inputs give the same bytes.
package struct BuildClock: Sendable, Hashable {
    /// Seconds since 1970-01-01 UTC.
    package var seconds: Int64

    /// A clock fixed at `seconds`.
    package init(seconds: Int64) { self.seconds = seconds }

    /// The day of the clock, UTC.
    package var day: CalendarDay { CalendarDay(secondsSinceEpoch: seconds) }

    /// `SOURCE_DATE_EPOCH` when it holds a whole number, else `fallback()`.
    package static func resolve(environment: [String: String], fallback: () -> Int64) -> BuildClock {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmedForDisplay) {
            return BuildClock(seconds: seconds)
        }
        return BuildClock(seconds: fallback())
    }
}
