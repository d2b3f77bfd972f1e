extension GapChart {
    /// Thickness of each bar.
    static let barHeight = 14.0
    /// Vertical distance from one bar's top to the next bar's top within a program.
    static let barPitch = 20.0
    /// Space between one program's doing bar and the next program's header.
    static let rowGap = 18.0
    /// Default colour of the learning bar (Okabe–Ito blue), as the theme's headline figures.
    static let learningColor = "#0072B2"
    /// Default colour of the doing bar (Okabe–Ito vermillion), as the theme's headline figures.
    static let doingColor = "#D55E00"
    /// Default fill of the shaded gap (a pale tint of the doing colour).
    static let gapColor = "#F8D9C4"

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    package func svg() -> String {
        var canvas = SVGCanvas()
        guard !rows.isEmpty else {
            canvas.text("No programs.", x: 0, y: 16, className: "empty-note", fill: ChartPalette.muted, italic: true)
            return canvas.document(
                width: width, id: id, title: title, summary: summary, height: 24, className: "gap-chart"
            )
        }
        let size = ChartPalette.smallSize
        let names = [learningLabel, doingLabel].map { ChartText.truncated($0, width: 110, fontSize: size) }
        let nameWidth = names.map { ChartText.width(of: $0, fontSize: size) }.max() ?? 0
        let valueRight = nameWidth + 8 + ChartText.width(of: "100%", fontSize: size, bold: true)
        let frame = PlotFrame(left: valueRight + 10, top: 0, width: width - valueRight - 10, height: 0)
        var top = 0.0
        // The reason shown on a suppressed bar is the same for every bar: shortened once.
        var shortReason: String?
        for (index, row) in rows.enumerated() {
            if index > 0 { top += Self.rowGap }
            canvas.beginGroup(className: row.points == nil ? "row suppressed" : "row")
            top += RowHeader(label: row.label, caption: row.points.map(Self.caption))
                .draw(into: &canvas, x: 0, y: top, width: width)
            let bars = [
                (name: names[0], value: row.learning, className: "learning", color: Self.learningColor),
                (name: names[1], value: row.doing, className: "doing", color: Self.doingColor),
            ]
            for (offset, bar) in bars.enumerated() where bar.value != nil {
                canvas.rect(
                    x: frame.left, y: top + Double(offset) * Self.barPitch, width: frame.width,
                    height: Self.barHeight, className: "track", fill: ChartPalette.track)
            }
            let doingTop = top + Self.barPitch
            if let learning = row.learning, let doing = row.doing, learning > doing {
                let (start, end) = (frame.x(doing), frame.x(learning))
                canvas.rect(
                    x: start, y: doingTop, width: end - start, height: Self.barHeight, className: "gap-area",
                    fill: Self.gapColor)
                canvas.line(
                    x1: end, y1: top, x2: end, y2: doingTop + Self.barHeight, className: "gap-guide",
                    stroke: ChartPalette.muted, width: 1)
            }
            for (offset, bar) in bars.enumerated() {
                let barTop = top + Double(offset) * Self.barPitch
                let baseline = barTop + Self.barHeight / 2 + size * 0.35
                canvas.text(bar.name, x: 0, y: baseline, className: "bar-name", fill: ChartPalette.muted)
                guard let value = bar.value else {
                    let reason =
                        shortReason ?? ChartText.truncated(suppressedReason, width: frame.width, fontSize: size)
                    shortReason = reason
                    canvas.text(
                        reason, x: frame.left, y: baseline, className: "suppressed-note", fill: ChartPalette.muted,
                        italic: true)
                    continue
                }
                canvas.text(
                    ChartNumber.percent(value), x: valueRight, y: baseline, className: "bar-value",
                    fill: ChartPalette.text, anchor: .end, bold: true)
                let length = frame.x(value) - frame.left
                if length > 0 {
                    canvas.rect(
                        x: frame.left, y: barTop, width: max(length, 1), height: Self.barHeight,
                        className: "bar \(bar.className)", fill: bar.color)
                }
            }
            top += Self.barPitch + Self.barHeight
            canvas.endGroup()
        }
        return canvas.document(
            width: width, id: id, title: title, summary: summary, height: top + 2, className: "gap-chart"
        )
    }
}
