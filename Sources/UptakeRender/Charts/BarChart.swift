/// A horizontal bar chart of shares, one bar per category: the obstacles people cite.
///
/// ```swift
/// let chart = BarChart(id: "obstacles-p1", title: "Obstacles at day 30", bars: [
///     .init(label: "No time", value: 0.45, caption: "18 of 40 (45%)"),
///     .init(label: "Unclear how", value: nil, caption: "fewer than 5 responses"),
/// ])
/// ```
package struct BarChart: Sendable, Equatable {
    /// One category's bar.
    package struct Bar: Sendable, Equatable {
        /// The category's name; user text.
        package var label: String
        /// The share in [0, 1], or nil when suppressed.
        package var value: Double?
        /// Preformatted figure, e.g. `"18 of 40 (45%)"`; when `value` is nil, the words
        /// saying why, e.g. `"fewer than 5 responses"`.
        package var caption: String

        /// A bar named `label` with share `value` (nil = suppressed) and text `caption`.
        package init(label: String, value: Double?, caption: String) {
            self.label = label
            self.value = value
            self.caption = caption
        }
    }

    /// Prefix of the ids inside the SVG (`<id>-title`, `<id>-desc`); unique on the page.
    package var id: String
    /// Width of the viewBox in user units (the chart scales to its container); narrower
    /// charts wrap their labels sooner and read larger on a phone.
    package var width = ChartPalette.width
    /// The chart's accessible name, e.g. `"Obstacles at day 30"`.
    package var title: String
    /// The bars, top to bottom, in the order given.
    package var bars: [Bar]
    /// Class and default colour index of the bars (0 = `series-1`).
    package var seriesIndex: Int

    /// A bar chart of `bars`, named `title`, with ids prefixed by `id`, drawn in series
    /// colour `seriesIndex`.
    package init(id: String, title: String, bars: [Bar], seriesIndex: Int = 0) {
        self.id = id
        self.title = title
        self.bars = bars
        self.seriesIndex = seriesIndex
    }

    /// The text alternative (the `<desc>`), e.g. `"No time: 18 of 40 (45%); Unclear how:
    /// fewer than 5 responses."`
    package var summary: String {
        guard !bars.isEmpty else { return "No data." }
        return rows.summaryItems.joined(separator: "; ") + "."
    }

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    package func svg() -> String {
        var canvas = SVGCanvas()
        var height: Double
        if bars.isEmpty {
            canvas.text("No data.", x: 0, y: 16, className: "empty-note", fill: ChartPalette.muted, italic: true)
            height = 24
        } else {
            height = rows.draw(into: &canvas, y: 0, width: width) + 2
        }
        return canvas.document(
            width: width, id: id, title: title, summary: summary, height: height, className: "bar-chart"
        )
    }

    private var rows: HorizontalBarRows {
        let (className, color) = ChartPalette.series(max(seriesIndex, 0))
        return HorizontalBarRows(
            rows: bars.map { .init(label: $0.label, value: $0.value, caption: $0.caption) },
            barHeight: 14, barClass: "bar \(className)", color: color)
    }
}
