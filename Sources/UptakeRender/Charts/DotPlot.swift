/// Manager or peer lift: per behavior, adoption in the group that had the conversation (a
/// filled dot) and in the group that did not (a hollow dot), joined by a line on a 0–100%
/// scale, with each group's size and rate in words under the dots and the lift on the right.
///
/// ```swift
/// let chart = DotPlot(
///     id: "manager-p1", title: "Manager effect, day 30",
///     withLabel: "discussed with manager", withoutLabel: "did not discuss",
///     rows: [.init(label: "Ask one question", with: .init(rate: 0.78, count: 23),
///                  without: .init(rate: 0.52, count: 12))],
///     suppressedReason: "fewer than 5 people in a group")
/// ```
package struct DotPlot: Sendable, Equatable {
    /// One group's adoption.
    package struct Group: Sendable, Equatable {
        /// Adoption in the group, in [0, 1].
        package var rate: Double
        /// People in the group (the rate's denominator).
        package var count: Int

        /// A group of `count` people with adoption `rate`.
        package init(rate: Double, count: Int) {
            self.rate = rate
            self.count = count
        }
    }

    /// One behavior's pair of dots. A lift needs both groups, so when either is nil the
    /// whole row is suppressed: no dots, the reason in words.
    package struct Row: Sendable, Equatable {
        /// The behavior's name; user text.
        package var label: String
        /// The group that had the conversation, or nil when suppressed.
        package var with: Group?
        /// The group that did not, or nil when suppressed.
        package var without: Group?

        /// A row named `label` comparing `with` and `without` (either nil = suppressed).
        package init(label: String, with: Group?, without: Group?) {
            self.label = label
            self.with = with
            self.without = without
        }

        /// Both groups, or nil when the row is suppressed.
        var pair: (with: Group, without: Group)? {
            guard let with, let without else { return nil }
            return (with, without)
        }
    }

    /// Prefix of the ids inside the SVG (`<id>-title`, `<id>-desc`); unique on the page.
    package var id: String
    /// Width of the viewBox in user units (the chart scales to its container); narrower
    /// charts wrap their labels sooner and read larger on a phone.
    package var width = ChartPalette.width
    /// The chart's accessible name, e.g. `"Manager effect, day 30"`.
    package var title: String
    /// Name of the filled-dot group, e.g. `"discussed with manager"`.
    package var withLabel: String
    /// Name of the hollow-dot group, e.g. `"did not discuss"`.
    package var withoutLabel: String
    /// The behaviors, top to bottom.
    package var rows: [Row]
    /// Why a suppressed row is missing, in words, e.g. `"fewer than 5 people in a group"`.
    package var suppressedReason: String

    /// A dot plot of `rows` comparing `withLabel` to `withoutLabel`, named `title`, with
    /// ids prefixed by `id`.
    package init(
        id: String, title: String, withLabel: String, withoutLabel: String, rows: [Row],
        suppressedReason: String = "fewer than 5 people in a group"
    ) {
        self.id = id
        self.title = title
        self.withLabel = withLabel
        self.withoutLabel = withoutLabel
        self.rows = rows
        self.suppressedReason = suppressedReason
    }

    /// The lift in whole points as the reader sees it: the difference of the two rounded
    /// percentages, so that "78%" and "52%" always come with "+26 pts".
    static func lift(_ pair: (with: Group, without: Group)) -> Int {
        ChartNumber.percentValue(pair.with.rate) - ChartNumber.percentValue(pair.without.rate)
    }

    /// A group's label under the dots: `"discussed with manager (n=23): 78%"`.
    static func groupText(_ name: String, _ group: Group) -> String {
        "\(name) (n=\(group.count)): \(ChartNumber.percent(group.rate))"
    }

    /// The text alternative (the `<desc>`), e.g. `"“Ask one question”: discussed with
    /// manager (n=23): 78%, did not discuss (n=12): 52%, a difference of +26 points."`
    package var summary: String {
        guard !rows.isEmpty else { return "No data." }
        let items = rows.map { row -> String in
            let name = "\u{201C}\(row.label)\u{201D}"
            guard let pair = row.pair else { return "\(name) not shown (\(suppressedReason))" }
            let points = ChartNumber.signedPoints(Self.lift(pair)).replacingPointsAbbreviation()
            return "\(name): \(Self.groupText(withLabel, pair.with)), "
                + "\(Self.groupText(withoutLabel, pair.without)), a difference of \(points)"
        }
        return items.joined(separator: "; ") + "."
    }
}

extension String {
    /// `"+26 pts"` as `"+26 points"`, for text read aloud.
    fileprivate func replacingPointsAbbreviation() -> String {
        hasSuffix(" pts") ? String(dropLast(4)) + " points" : self
    }
}
