extension DotPlot {
    /// Height of the strip the dots sit on.
    static let stripHeight = 20.0
    /// Space between one row's group labels and the next row's header.
    static let rowGap = 18.0
    /// Radius of the hollow dot; the filled dot is smaller, so equal rates show a dot in a ring.
    static let radius = 6.5

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    package func svg() -> String {
        var canvas = SVGCanvas()
        guard !rows.isEmpty else {
            canvas.text("No data.", x: 0, y: 16, className: "empty-note", fill: ChartPalette.muted, italic: true)
            return canvas.document(
                width: width, id: id, title: title, summary: summary, height: 24, className: "dot-plot"
            )
        }
        // Inset by the dot radius so dots at 0% and 100% are not clipped.
        let frame = PlotFrame(left: Self.radius + 1, top: 0, width: width - 2 * Self.radius - 2, height: 0)
        var top = 0.0
        for (index, row) in rows.enumerated() {
            if index > 0 { top += Self.rowGap }
            top += drawRow(row, frame: frame, into: &canvas, y: top, width: width)
        }
        // The scale only explains dots: with every row withheld there are none.
        guard rows.contains(where: { $0.pair != nil }) else {
            return canvas.document(
                width: width, id: id, title: title, summary: summary, height: top + 4, className: "dot-plot"
            )
        }
        top += 10
        canvas.beginGroup(className: "x-axis")
        for percent in stride(from: 0, through: 100, by: 25) {
            let anchor: SVGCanvas.Anchor = percent == 0 ? .start : percent == 100 ? .end : .middle
            let x = percent == 0 ? 0 : percent == 100 ? width : frame.x(Double(percent) / 100)
            canvas.text("\(percent)%", x: x, y: top + 12, className: "tick", fill: ChartPalette.muted, anchor: anchor)
        }
        canvas.endGroup()
        return canvas.document(
            width: width, id: id, title: title, summary: summary, height: top + 18, className: "dot-plot"
        )
    }

    /// Draws one row with its top at `y`; returns its height.
    private func drawRow(_ row: Row, frame: PlotFrame, into canvas: inout SVGCanvas, y: Double, width: Double) -> Double
    {
        let pair = row.pair
        canvas.beginGroup(className: pair == nil ? "row suppressed" : "row")
        defer { canvas.endGroup() }
        let caption = pair.map { ChartNumber.signedPoints(Self.lift($0)) }
        var top = y + RowHeader(label: row.label, caption: caption).draw(into: &canvas, x: 0, y: y, width: width)
        let middle = top + Self.stripHeight / 2
        guard let pair else {
            canvas.text(
                ChartText.truncated(suppressedReason, width: width, fontSize: ChartPalette.smallSize), x: 0,
                y: middle + ChartPalette.smallSize * 0.35, className: "suppressed-note", fill: ChartPalette.muted,
                italic: true)
            return top + Self.stripHeight - y
        }
        for percent in stride(from: 0, through: 100, by: 25) {
            let x = frame.x(Double(percent) / 100)
            canvas.line(
                x1: x, y1: top, x2: x, y2: top + Self.stripHeight, className: "gridline", stroke: ChartPalette.grid)
        }
        let (withX, withoutX) = (frame.x(pair.with.rate), frame.x(pair.without.rate))
        canvas.line(
            x1: withoutX, y1: middle, x2: withX, y2: middle, className: "connector", stroke: ChartPalette.axis, width: 3
        )
        let (withText, withoutText) = (Self.groupText(withLabel, pair.with), Self.groupText(withoutLabel, pair.without))
        canvas.circle(
            cx: withoutX, cy: middle, r: Self.radius, className: "dot without", fill: "#FFFFFF",
            stroke: ChartPalette.muted, strokeWidth: 2, tooltip: withoutText)
        let (className, color) = ChartPalette.series(0)
        canvas.circle(
            cx: withX, cy: middle, r: Self.radius - 1.5, className: "dot with \(className)", fill: color,
            stroke: color, strokeWidth: 0, tooltip: withText)
        top += Self.stripHeight + 4
        return top + drawGroupLabels(withText, withoutText, into: &canvas, y: top, width: width) - y
    }

    /// The two groups in words with their markers, side by side when they fit, else stacked;
    /// returns the height used.
    private func drawGroupLabels(
        _ withText: String, _ withoutText: String, into canvas: inout SVGCanvas, y: Double, width: Double
    ) -> Double {
        let size = ChartPalette.smallSize
        let indent = 16.0
        let withWidth = ChartText.width(of: withText, fontSize: size)
        let sideBySide = withWidth + ChartText.width(of: withoutText, fontSize: size) + 2 * indent + 20 <= width
        let secondX = sideBySide ? indent + withWidth + 20 : 0
        let secondY = sideBySide ? y : y + 19
        let (className, color) = ChartPalette.series(0)
        canvas.circle(cx: 5, cy: y + 8.5, r: 4.5, className: "marker with \(className)", fill: color, strokeWidth: 0)
        canvas.text(
            ChartText.truncated(withText, width: width - indent, fontSize: size), x: indent, y: y + 13,
            className: "group-label", fill: ChartPalette.text)
        canvas.circle(
            cx: secondX + 5, cy: secondY + 8.5, r: 4, className: "marker without", fill: "#FFFFFF",
            stroke: ChartPalette.muted, strokeWidth: 1.5)
        canvas.text(
            ChartText.truncated(withoutText, width: width - indent, fontSize: size), x: secondX + indent,
            y: secondY + 13, className: "group-label", fill: ChartPalette.text)
        return secondY + 18 - y
    }
}
