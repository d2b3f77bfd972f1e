/// The rows shared by `FunnelChart` and `BarChart`: per row a header (name and caption),
/// then a bar over a light track that spans 0–100%.
///
/// A suppressed row (value nil) gets no track and no bar, only its caption in words where
/// the bar would be, so it can never be read as zero.
package struct HorizontalBarRows: Sendable, Equatable {
    /// One row: a name, a share in [0, 1] or nil when suppressed, and the preformatted caption.
    package struct Row: Sendable, Equatable {
        /// The row's name; user text.
        package var label: String
        /// The bar's length as a share of the full width, or nil when suppressed.
        package var value: Double?
        /// Text for the figure, e.g. `"48 of 60 (80%)"`, or the reason when suppressed.
        package var caption: String

        /// A row named `label` with bar `value` and text `caption`.
        package init(label: String, value: Double?, caption: String) {
            self.label = label
            self.value = value
            self.caption = caption
        }
    }

    /// The rows, top to bottom.
    package var rows: [Row]
    /// Thickness of each bar.
    package var barHeight: Double
    /// Class of every bar, e.g. `"bar series-1"`.
    package var barClass: String
    /// Default fill of every bar.
    package var color: String

    /// Rows drawn as `barHeight`-thick bars classed `barClass` and filled with `color`.
    package init(rows: [Row], barHeight: Double, barClass: String, color: String) {
        self.rows = rows
        self.barHeight = barHeight
        self.barClass = barClass
        self.color = color
    }

    /// Space between one row's bar and the next row's header.
    package static let rowGap = 16.0

    /// Draws every row from `y` down across `width` and returns the height used.
    package func draw(into canvas: inout SVGCanvas, y: Double, width: Double) -> Double {
        var top = y
        for (index, row) in rows.enumerated() {
            if index > 0 { top += Self.rowGap }
            canvas.beginGroup(className: row.value == nil ? "row suppressed" : "row")
            let header = RowHeader(label: row.label, caption: row.value == nil ? nil : row.caption)
            top += header.draw(into: &canvas, x: 0, y: top, width: width)
            if let value = row.value {
                canvas.rect(
                    x: 0, y: top, width: width, height: barHeight, className: "track",
                    fill: ChartPalette.track, rx: 2)
                let length = width * ChartNumber.clampedShare(value)
                if length > 0 {
                    canvas.rect(
                        x: 0, y: top, width: max(length, 1), height: barHeight, className: barClass,
                        fill: color, rx: 2)
                }
                top += barHeight
            } else {
                let slot = max(barHeight, 16)
                let reason = ChartText.truncated(row.caption, width: width, fontSize: ChartPalette.smallSize)
                canvas.text(
                    reason, x: 0, y: top + slot / 2 + ChartPalette.smallSize * 0.35,
                    className: "suppressed-note", fill: ChartPalette.muted, italic: true)
                top += slot
            }
            canvas.endGroup()
        }
        return top - y
    }

    /// The rows as prose for a text alternative, e.g. `"Responded: 48 of 60 (80%)"`;
    /// a suppressed row gives its caption, e.g. `"Habit: fewer than 5 responses"`.
    package var summaryItems: [String] {
        rows.map { "\($0.label): \($0.caption)" }
    }
}
