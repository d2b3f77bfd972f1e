extension StackedBarChart {
    /// Thickness of each bar.
    static let barHeight = 22.0
    /// Space between one row's bar and the next row's header.
    static let rowGap = 16.0

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    package func svg() -> String {
        var canvas = SVGCanvas()
        guard !rows.isEmpty, !levels.isEmpty else {
            canvas.text(
                "No frequency data.", x: 0, y: 16, className: "empty-note", fill: ChartPalette.muted, italic: true)
            return canvas.document(
                width: width, id: id, title: title, summary: summary, height: 24, className: "stacked-bar-chart"
            )
        }
        let legend = ChartLegend(
            entries: levels.indices.map { index in
                let (className, color) = ChartPalette.level(index, of: levels.count)
                return .init(label: levels[index], className: className, color: color, marker: .swatch)
            })
        var top = legend.draw(into: &canvas, x: 0, y: 0, width: width) + 12
        for (index, row) in rows.enumerated() {
            if index > 0 { top += Self.rowGap }
            top += drawRow(row, into: &canvas, y: top, width: width)
        }
        return canvas.document(
            width: width, id: id, title: title, summary: summary, height: top + 2, className: "stacked-bar-chart")
    }

    /// Draws one row with its top at `y`; returns its height.
    private func drawRow(_ row: Row, into canvas: inout SVGCanvas, y: Double, width: Double) -> Double {
        let counts = counts(of: row)
        let total = counts?.reduce(0, +) ?? 0
        let caption = total > 0 ? "n=\(total)" : nil
        canvas.beginGroup(className: counts == nil ? "row suppressed" : total > 0 ? "row" : "row empty")
        let headerHeight = RowHeader(label: row.label, caption: caption).draw(into: &canvas, x: 0, y: y, width: width)
        let barTop = y + headerHeight
        guard let counts, total > 0 else {
            let note = counts == nil ? suppressedReason : "no answers"
            canvas.text(
                ChartText.truncated(note, width: width, fontSize: ChartPalette.smallSize), x: 0,
                y: barTop + Self.barHeight / 2 + ChartPalette.smallSize * 0.35, className: "suppressed-note",
                fill: ChartPalette.muted, italic: true)
            canvas.endGroup()
            return headerHeight + Self.barHeight
        }
        let shares = ChartNumber.percentages(of: counts)
        let lastShown = counts.indices.last { counts[$0] > 0 } ?? 0
        var start = 0
        for level in counts.indices where counts[level] > 0 {
            let x = width * Double(start) / Double(total)
            start += counts[level]
            let end = width * Double(start) / Double(total)
            // A hairline of white between segments keeps neighbouring shades apart.
            let segmentWidth = level == lastShown ? end - x : max(end - x - 1.5, 0.5)
            let (className, color) = ChartPalette.level(level, of: levels.count)
            canvas.rect(
                x: x, y: barTop, width: segmentWidth, height: Self.barHeight, className: "segment \(className)",
                fill: color)
            let label = "\(shares[level])%"
            if ChartText.width(of: label, fontSize: ChartPalette.smallSize) + 8 <= segmentWidth {
                let dark = ChartPalette.levelIsDark(level, of: levels.count)
                canvas.text(
                    label, x: x + segmentWidth / 2, y: barTop + Self.barHeight / 2 + ChartPalette.smallSize * 0.35,
                    className: dark ? "segment-label on-dark" : "segment-label",
                    fill: dark ? ChartPalette.onDark : ChartPalette.text, anchor: .middle)
            }
        }
        canvas.endGroup()
        return headerHeight + Self.barHeight
    }
}
