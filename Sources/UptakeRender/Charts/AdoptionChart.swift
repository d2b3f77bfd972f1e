/// Adoption rate per behavior across the checkpoints: one line with dots per behavior, a
/// 95% confidence whisker on every dot, y from 0 to 100%, checkpoints as categories.
///
/// A suppressed point (nil) leaves a gap in its line and is listed in words under the
/// chart, e.g. "Not shown (fewer than 5 responses): “Summarize” at day 90."
///
/// ```swift
/// let chart = AdoptionChart(
///     id: "adoption-p1", title: "Adoption per behavior", checkpoints: [14, 30, 90],
///     series: [.init(name: "Ask one question", points: [
///         .init(rate: 0.72, ciLow: 0.6, ciHigh: 0.82), nil, .init(rate: 0.55, ciLow: 0.4, ciHigh: 0.69),
///     ])],
///     suppressedReason: "fewer than 5 responses")
/// ```
package struct AdoptionChart: Sendable, Equatable {
    /// One behavior's adoption at one checkpoint, all shares in [0, 1].
    package struct Point: Sendable, Equatable {
        /// The adoption rate.
        package var rate: Double
        /// Lower end of the 95% confidence interval.
        package var ciLow: Double
        /// Upper end of the 95% confidence interval.
        package var ciHigh: Double

        /// A point at `rate` with confidence interval `ciLow`…`ciHigh`.
        package init(rate: Double, ciLow: Double, ciHigh: Double) {
            self.rate = rate
            self.ciLow = ciLow
            self.ciHigh = ciHigh
        }
    }

    /// One behavior's line.
    package struct Series: Sendable, Equatable {
        /// The behavior's name, shown in the legend; user text.
        package var name: String
        /// One entry per checkpoint, in the same order; nil where suppressed.
        package var points: [Point?]

        /// A line named `name` through `points` (nil = suppressed at that checkpoint).
        package init(name: String, points: [Point?]) {
            self.name = name
            self.points = points
        }
    }

    /// Prefix of the ids inside the SVG (`<id>-title`, `<id>-desc`); unique on the page.
    package var id: String
    /// Width of the viewBox in user units (the chart scales to its container); narrower
    /// charts wrap their labels sooner and read larger on a phone.
    package var width = ChartPalette.width
    /// The chart's accessible name, e.g. `"Adoption per behavior"`.
    package var title: String
    /// The checkpoint days, left to right.
    package var checkpoints: [Int]
    /// One line per behavior, in legend order.
    package var series: [Series]
    /// Why nil points are missing, in words, e.g. `"fewer than 5 responses"`.
    package var suppressedReason: String

    /// A chart of `series` over `checkpoints`, named `title`, with ids prefixed by `id`.
    package init(
        id: String, title: String, checkpoints: [Int], series: [Series],
        suppressedReason: String = "fewer than 5 responses"
    ) {
        self.id = id
        self.title = title
        self.checkpoints = checkpoints
        self.series = series
        self.suppressedReason = suppressedReason
    }

    /// The point of `series[index]` at checkpoint `column`, nil when suppressed or absent.
    func point(series index: Int, column: Int) -> Point? {
        let points = series[index].points
        return column < points.count ? points[column] : nil
    }

    /// The checkpoints at which `series[index]` is suppressed (a nil entry, not a missing one).
    func suppressedDays(series index: Int) -> [Int] {
        let points = series[index].points
        return checkpoints.indices.filter { $0 < points.count && points[$0] == nil }.map { checkpoints[$0] }
    }

    /// The note listing suppressed points, e.g. `"Not shown (fewer than 5 responses):
    /// “Summarize” at days 14 and 90."`; nil when nothing is suppressed.
    var suppressedNote: String? {
        let items = series.indices.compactMap { index -> String? in
            let days = suppressedDays(series: index)
            guard !days.isEmpty else { return nil }
            return "\u{201C}\(series[index].name)\u{201D} at \(Self.dayList(days))"
        }
        guard !items.isEmpty else { return nil }
        return "Not shown (\(suppressedReason)): " + items.joined(separator: "; ") + "."
    }

    /// `"day 14"`, `"days 14 and 30"`, `"days 14, 30 and 90"`.
    static func dayList(_ days: [Int]) -> String {
        guard let last = days.last else { return "" }
        if days.count == 1 { return "day \(last)" }
        let head = days.dropLast().map(String.init).joined(separator: ", ")
        return "days \(head) and \(last)"
    }
}
