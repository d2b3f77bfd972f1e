/// How often people practise each behavior: one 100% stacked bar per behavior, one segment
/// per frequency level (never → daily), with a legend and the share printed in every
/// segment wide enough to hold it.
///
/// ```swift
/// let chart = StackedBarChart(id: "frequency-p1", title: "How often, day 30", rows: [
///     .init(label: "Ask one question", counts: [1, 2, 5, 10, 5]),
///     .init(label: "Summarize", counts: nil),
/// ])
/// ```
package struct StackedBarChart: Sendable, Equatable {
    /// One behavior's bar.
    package struct Row: Sendable, Equatable {
        /// The behavior's name; user text.
        package var label: String
        /// Answers per level, in the order of `levels`; nil when suppressed.
        package var counts: [Int]?

        /// A bar named `label` splitting `counts` (nil = suppressed).
        package init(label: String, counts: [Int]?) {
            self.label = label
            self.counts = counts
        }
    }

    /// The five frequency levels of PRODUCT.md §1, lowest first.
    package static let frequencyLevels = ["never", "rarely", "monthly", "weekly", "daily"]

    /// Prefix of the ids inside the SVG (`<id>-title`, `<id>-desc`); unique on the page.
    package var id: String
    /// Width of the viewBox in user units (the chart scales to its container); narrower
    /// charts wrap their labels sooner and read larger on a phone.
    package var width = ChartPalette.width
    /// The chart's accessible name, e.g. `"How often, day 30"`.
    package var title: String
    /// Names of the levels, lowest first; segments and legend follow this order.
    package var levels: [String]
    /// The bars, top to bottom.
    package var rows: [Row]
    /// Why a nil row is missing, in words, e.g. `"fewer than 5 responses"`.
    package var suppressedReason: String

    /// A chart of `rows` split into `levels`, named `title`, with ids prefixed by `id`.
    package init(
        id: String, title: String, levels: [String] = StackedBarChart.frequencyLevels, rows: [Row],
        suppressedReason: String = "fewer than 5 responses"
    ) {
        self.id = id
        self.title = title
        self.levels = levels
        self.rows = rows
        self.suppressedReason = suppressedReason
    }

    /// `row`'s counts padded or cut to one per level, negatives as 0; nil when suppressed.
    func counts(of row: Row) -> [Int]? {
        guard let counts = row.counts else { return nil }
        return levels.indices.map { $0 < counts.count ? max(counts[$0], 0) : 0 }
    }

    /// The text alternative (the `<desc>`), e.g. `"“Ask one question” most often weekly
    /// (43% of 23 answers); “Summarize” not shown (fewer than 5 responses)."`
    package var summary: String {
        guard !rows.isEmpty, !levels.isEmpty else { return "No frequency data." }
        let items = rows.map { row -> String in
            let name = "\u{201C}\(row.label)\u{201D}"
            guard let counts = counts(of: row) else { return "\(name) not shown (\(suppressedReason))" }
            let total = counts.reduce(0, +)
            guard total > 0, let top = counts.indices.max(by: { counts[$0] < counts[$1] }) else {
                return "\(name) has no answers"
            }
            let share = ChartNumber.percentages(of: counts)[top]
            return "\(name) most often \(levels[top]) (\(share)% of \(total) answer\(total == 1 ? "" : "s"))"
        }
        return items.joined(separator: "; ") + "."
    }
}
