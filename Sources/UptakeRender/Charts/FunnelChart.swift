/// The adoption funnel as horizontal bars: trained → responded → first step → adopted →
/// habit, each bar as long as its share of the first stage.
///
/// ```swift
/// let chart = FunnelChart(id: "funnel-p1", title: "From training to habit", stages: [
///     .init(label: "Trained", value: 1, caption: "60"),
///     .init(label: "Responded", value: 0.8, caption: "48 of 60 (80%)"),
///     .init(label: "Habit", value: nil, caption: "fewer than 5 responses"),
/// ])
/// let markup = chart.svg()
/// ```
package struct FunnelChart: Sendable, Equatable {
    /// One stage of the funnel.
    package struct Stage: Sendable, Equatable {
        /// The stage's name, e.g. `"First step"`; user text.
        package var label: String
        /// Share of the first stage in [0, 1], or nil when suppressed.
        package var value: Double?
        /// Preformatted figure, e.g. `"48 of 60 (80%)"`; when `value` is nil, the words
        /// saying why, e.g. `"fewer than 5 responses"`.
        package var caption: String

        /// A stage named `label` with share `value` (nil = suppressed) and text `caption`.
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
    /// The chart's accessible name, e.g. `"From training to habit"`.
    package var title: String
    /// The stages, first (widest) to last.
    package var stages: [Stage]

    /// A funnel of `stages`, named `title`, with ids prefixed by `id`.
    package init(id: String, title: String, stages: [Stage]) {
        self.id = id
        self.title = title
        self.stages = stages
    }

    /// The text alternative (the `<desc>`), e.g. `"Trained: 60; Responded: 48 of 60 (80%);
    /// Habit: fewer than 5 responses."`
    package var summary: String {
        guard !stages.isEmpty else { return "No funnel data." }
        return rows.summaryItems.joined(separator: "; ") + "."
    }

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    package func svg() -> String {
        var canvas = SVGCanvas()
        var height: Double
        if stages.isEmpty {
            canvas.text(
                "No funnel data.", x: 0, y: 16, className: "empty-note", fill: ChartPalette.muted,
                italic: true)
            height = 24
        } else {
            height = rows.draw(into: &canvas, y: 0, width: width) + 2
        }
        return canvas.document(
            width: width, id: id, title: title, summary: summary, height: height, className: "funnel-chart")
    }

    private var rows: HorizontalBarRows {
        let (className, color) = ChartPalette.series(0)
        return HorizontalBarRows(
            rows: stages.map { .init(label: $0.label, value: $0.value, caption: $0.caption) },
            barHeight: 20, barClass: "bar \(className)", color: color)
    }
}
