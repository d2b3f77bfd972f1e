/// The learning-vs-doing gap per program (the site index's headline): a "learning" bar
/// (satisfaction favorable) over a "doing" bar (adoption), the stretch between their ends
/// shaded on the doing bar, and the gap in points on the right.
///
/// ```swift
/// let chart = GapChart(id: "gap-index", title: "Learning vs doing", rows: [
///     .init(label: "Ask better questions", learning: 0.86, doing: 0.52),
///     .init(label: "Feedback basics", learning: 0.9, doing: nil),
/// ])
/// ```
package struct GapChart: Sendable, Equatable {
    /// One program's pair of bars.
    package struct Row: Sendable, Equatable {
        /// The program's name; user text.
        package var label: String
        /// Share of trained participants rating the training favorably, or nil when suppressed.
        package var learning: Double?
        /// Share of respondents applying a behavior, or nil when suppressed.
        package var doing: Double?

        /// A program named `label` with rates `learning` and `doing` (nil = suppressed).
        package init(label: String, learning: Double?, doing: Double?) {
            self.label = label
            self.learning = learning
            self.doing = doing
        }

        /// The gap in whole points as the reader sees it: the difference of the two rounded
        /// percentages; nil when either is suppressed.
        var points: Int? {
            guard let learning, let doing else { return nil }
            return ChartNumber.percentValue(learning) - ChartNumber.percentValue(doing)
        }
    }

    /// Prefix of the ids inside the SVG (`<id>-title`, `<id>-desc`); unique on the page.
    package var id: String
    /// Width of the viewBox in user units (the chart scales to its container); narrower
    /// charts wrap their labels sooner and read larger on a phone.
    package var width = ChartPalette.width
    /// The chart's accessible name, e.g. `"Learning vs doing"`.
    package var title: String
    /// The programs, top to bottom.
    package var rows: [Row]
    /// Name of the upper bar, e.g. `"Learning"`.
    package var learningLabel: String
    /// Name of the lower bar, e.g. `"Doing"`.
    package var doingLabel: String
    /// Why a nil rate is missing, in words, e.g. `"fewer than 5 responses"`.
    package var suppressedReason: String

    /// A gap chart of `rows`, named `title`, with ids prefixed by `id`.
    package init(
        id: String, title: String, rows: [Row], learningLabel: String = "Learning", doingLabel: String = "Doing",
        suppressedReason: String = "fewer than 5 responses"
    ) {
        self.id = id
        self.title = title
        self.rows = rows
        self.learningLabel = learningLabel
        self.doingLabel = doingLabel
        self.suppressedReason = suppressedReason
    }

    /// The caption on a program's header: `"gap 34 pts"`, `"gap 1 pt"`, `"gap −3 pts"`, `"no gap"`.
    static func caption(points: Int) -> String {
        if points == 0 { return "no gap" }
        let unit = abs(points) == 1 ? "pt" : "pts"
        return "gap " + (points > 0 ? "\(points) \(unit)" : "\u{2212}\(-points) \(unit)")
    }

    /// The text alternative (the `<desc>`), e.g. `"“Ask better questions”: learning 86%,
    /// doing 52%, a gap of 34 points; “Feedback basics”: learning 90%, doing not shown
    /// (fewer than 5 responses)."`
    package var summary: String {
        guard !rows.isEmpty else { return "No programs." }
        func part(_ name: String, _ value: Double?) -> String {
            value.map { "\(name.lowercased()) \(ChartNumber.percent($0))" }
                ?? "\(name.lowercased()) not shown (\(suppressedReason))"
        }
        let items = rows.map { row -> String in
            var text =
                "\u{201C}\(row.label)\u{201D}: \(part(learningLabel, row.learning)), \(part(doingLabel, row.doing))"
            if let points = row.points {
                let magnitude = abs(points) == 1 ? "1 point" : "\(abs(points)) points"
                text +=
                    points == 0 ? ", no gap" : points > 0 ? ", a gap of \(magnitude)" : ", doing ahead by \(magnitude)"
            }
            return text
        }
        return items.joined(separator: "; ") + "."
    }
}
