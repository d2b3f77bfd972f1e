extension AdoptionChart {
    /// Space left of the plot for the percentage ticks.
    static let plotLeft = 46.0
    /// Space right of the plot, so edge dots and whisker caps are not clipped.
    static let plotRight = 10.0
    /// Height of the plot area, 0% to 100%.
    static let plotHeight = 200.0

    /// The chart as a standalone `<svg>` element, ready to inline in HTML.
    package func svg() -> String {
        var canvas = SVGCanvas()
        guard !checkpoints.isEmpty, !series.isEmpty else {
            canvas.text(
                "No adoption data.", x: 0, y: 16, className: "empty-note", fill: ChartPalette.muted, italic: true)
            return canvas.document(
                width: width, id: id, title: title, summary: summary, height: 24, className: "adoption-chart"
            )
        }
        let legend = ChartLegend(
            entries: series.indices.map { index in
                let (className, color) = ChartPalette.series(index)
                return .init(label: series[index].name, className: className, color: color, marker: .lineAndDot)
            })
        let top = legend.draw(into: &canvas, x: 0, y: 0, width: width) + 16
        let frame = PlotFrame(
            left: Self.plotLeft, top: top, width: width - Self.plotLeft - Self.plotRight, height: Self.plotHeight)
        drawGrid(frame, into: &canvas)
        var bottom = drawCheckpointLabels(frame, into: &canvas)
        drawSeries(frame, into: &canvas)
        // The note is also part of the summary: worked out once for both.
        let note = suppressedNote
        if let note {
            bottom += 8
            for line in ChartText.wrapped(note, width: width, fontSize: ChartPalette.smallSize, maxLines: 6) {
                bottom += 16
                canvas.text(line, x: 0, y: bottom, className: "suppressed-note", fill: ChartPalette.muted, italic: true)
            }
        }
        return canvas.document(
            width: width, id: id, title: title, summary: summary(note: note), height: bottom + 6,
            className: "adoption-chart"
        )
    }

    /// Gridlines and tick labels at 0, 25, 50, 75 and 100%.
    private func drawGrid(_ frame: PlotFrame, into canvas: inout SVGCanvas) {
        canvas.beginGroup(className: "grid")
        for percent in stride(from: 0, through: 100, by: 25) {
            let y = frame.y(Double(percent) / 100)
            let isBase = percent == 0
            canvas.line(
                x1: frame.left, y1: y, x2: frame.left + frame.width, y2: y, className: isBase ? "axis" : "gridline",
                stroke: isBase ? ChartPalette.axis : ChartPalette.grid)
            canvas.text(
                "\(percent)%", x: frame.left - 8, y: y + 4, className: "tick", fill: ChartPalette.muted, anchor: .end)
        }
        canvas.endGroup()
    }

    /// Checkpoint names under the plot; returns the baseline of the lowest text.
    private func drawCheckpointLabels(_ frame: PlotFrame, into canvas: inout SVGCanvas) -> Double {
        let band = frame.width / Double(checkpoints.count)
        let size = ChartPalette.smallSize
        let roomy = checkpoints.allSatisfy { ChartText.width(of: "Day \($0)", fontSize: size) <= band - 6 }
        let baseline = frame.top + frame.height + 20
        canvas.beginGroup(className: "x-axis")
        for (column, day) in checkpoints.enumerated() {
            canvas.text(
                roomy ? "Day \(day)" : "\(day)", x: frame.left + band * (Double(column) + 0.5), y: baseline,
                className: "tick", fill: ChartPalette.muted, anchor: .middle)
        }
        if !roomy {
            canvas.text(
                "Days after training", x: frame.left + frame.width / 2, y: baseline + 18, className: "axis-title",
                fill: ChartPalette.muted, anchor: .middle)
        }
        canvas.endGroup()
        return roomy ? baseline : baseline + 18
    }

    /// Whiskers, then lines, then dots, so that every dot sits on top.
    private func drawSeries(_ frame: PlotFrame, into canvas: inout SVGCanvas) {
        let band = frame.width / Double(checkpoints.count)
        let step = series.count > 1 ? min(8, band * 0.4 / Double(series.count - 1)) : 0
        func x(_ index: Int, _ column: Int) -> Double {
            frame.left + band * (Double(column) + 0.5) + (Double(index) - Double(series.count - 1) / 2) * step
        }
        for index in series.indices {
            let (className, color) = ChartPalette.series(index)
            for column in checkpoints.indices {
                guard let point = point(series: index, column: column) else { continue }
                let (low, high) = (frame.y(max(point.ciLow, point.ciHigh)), frame.y(min(point.ciLow, point.ciHigh)))
                let cx = x(index, column)
                let cls = "whisker \(className)"
                canvas.line(x1: cx, y1: low, x2: cx, y2: high, className: cls, stroke: color, width: 1.5)
                canvas.line(x1: cx - 3.5, y1: low, x2: cx + 3.5, y2: low, className: cls, stroke: color, width: 1.5)
                canvas.line(x1: cx - 3.5, y1: high, x2: cx + 3.5, y2: high, className: cls, stroke: color, width: 1.5)
            }
        }
        for index in series.indices {
            let (className, color) = ChartPalette.series(index)
            var run: [(x: Double, y: Double)] = []
            for column in 0...checkpoints.count {
                if column < checkpoints.count, let point = point(series: index, column: column) {
                    run.append((x(index, column), frame.y(point.rate)))
                    continue
                }
                if run.count > 1 { canvas.polyline(run, className: "line \(className)", stroke: color, width: 2.5) }
                run = []
            }
        }
        for index in series.indices {
            let (className, color) = ChartPalette.series(index)
            for column in checkpoints.indices {
                guard let point = point(series: index, column: column) else { continue }
                canvas.circle(
                    cx: x(index, column), cy: frame.y(point.rate), r: 4.5, className: "dot \(className)",
                    fill: color, tooltip: tooltip(series: index, column: column, point: point))
            }
        }
    }
}
