import UptakeModel

/// One all-day VEVENT of a cohort calendar, in plain values; `CalendarWriter` escapes them.
package struct CalendarEvent: Sendable, Hashable {
    /// What the event is for; part of its UID.
    package enum Kind: String, Sendable, Hashable {
        /// The reminder, the day after training, to take each behavior's first step.
        case firstStep = "first-step"
        /// A spaced-practice check-in on touchpoint day N.
        case touchpoint
    }

    /// What the event is for.
    package var kind: Kind
    /// Days after training.
    package var dayAfterTraining: Int
    /// The day the event falls on.
    package var date: CalendarDay
    /// `SUMMARY`, unescaped.
    package var summary: String
    /// `DESCRIPTION`, unescaped; lines separated by `\n`.
    package var description: String

    /// An event.
    package init(kind: Kind, dayAfterTraining: Int, date: CalendarDay, summary: String, description: String) {
        self.kind = kind
        self.dayAfterTraining = dayAfterTraining
        self.date = date
        self.summary = summary
        self.description = description
    }

    /// A UID that is the same in every build and holds no personal data: program and cohort
    /// slugs, the kind and the day, `@uptake`. Slugs are percent-encoded outside
    /// `[A-Za-z0-9_-]` so that the `.` separators keep distinct events distinct.
    package func uid(programID: String, cohortID: String) -> String {
        "\(Self.uidPart(programID)).\(Self.uidPart(cohortID)).\(kind.rawValue)-\(dayAfterTraining)@uptake"
    }

    private static func uidPart(_ slug: String) -> String {
        var out = ""
        for byte in slug.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out +=
                    "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
