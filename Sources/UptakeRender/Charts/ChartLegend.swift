/// A legend of coloured markers and names that wraps onto as many lines as it needs.
package struct ChartLegend: Sendable, Equatable {
    /// The symbol drawn before an entry's name.
    package enum Marker: Sendable, Equatable {
        /// A small filled square, for bar segments.
        case swatch
        /// A short line with a dot on it, for line series.
        case lineAndDot
    }

    /// One legend entry.
    package struct Entry: Sendable, Equatable {
        /// The name shown; user text, escaped when drawn.
        package var label: String
        /// The class shared with the marks the entry explains, e.g. `series-1`.
        package var className: String
        /// The default colour of those marks.
        package var color: String
        /// The symbol drawn before the name.
        package var marker: Marker

        /// An entry named `label`, drawn with `marker` in `color` and classed `className`.
        package init(label: String, className: String, color: String, marker: Marker) {
            self.label = label
            self.className = className
            self.color = color
            self.marker = marker
        }
    }

    /// The entries in reading order.
    package var entries: [Entry]

    /// A legend of `entries`.
    package init(entries: [Entry]) {
        self.entries = entries
    }

    private static let lineHeight = 20.0
    private static let wrappedLineHeight = 17.0
    private static let markerWidth = 16.0
    private static let gap = 18.0

    /// Draws the legend with its first line's top at `y`, wrapping within `width`, and
    /// returns the height it took (0 when there are no entries). Entries sit side by side
    /// while they fit; a name too long for one line wraps under itself (up to three lines).
    package func draw(into canvas: inout SVGCanvas, x: Double, y: Double, width: Double) -> Double {
        guard !entries.isEmpty else { return 0 }
        let size = ChartPalette.smallSize
        let textWidth = width - Self.markerWidth - 6
        canvas.beginGroup(className: "legend")
        var cursor = x
        var top = y
        var rowHeight = Self.lineHeight
        for entry in entries {
            let lines = ChartText.wrapped(entry.label, width: textWidth, fontSize: size, maxLines: 3)
            let itemWidth = Self.markerWidth + 6 + (lines.map { ChartText.width(of: $0, fontSize: size) }.max() ?? 0)
            if cursor > x && (lines.count > 1 || cursor + itemWidth > x + width) {
                cursor = x
                top += rowHeight
                rowHeight = Self.lineHeight
            }
            let middle = top + Self.lineHeight / 2
            drawMarker(entry, into: &canvas, x: cursor, middle: middle)
            for (index, line) in lines.enumerated() {
                canvas.text(
                    line, x: cursor + Self.markerWidth + 6,
                    y: middle + size * 0.35 + Double(index) * Self.wrappedLineHeight,
                    className: "legend-label", fill: ChartPalette.text, size: size)
            }
            rowHeight = max(rowHeight, Self.lineHeight + Double(lines.count - 1) * Self.wrappedLineHeight)
            cursor += itemWidth + Self.gap
            if lines.count > 1 {
                // A wrapped entry takes its lines to itself.
                cursor = x + width + 1
            }
        }
        canvas.endGroup()
        return top + rowHeight - y
    }

    private func drawMarker(_ entry: Entry, into canvas: inout SVGCanvas, x: Double, middle: Double) {
        let center = x + Self.markerWidth / 2
        switch entry.marker {
        case .swatch:
            canvas.rect(
                x: x + 2, y: middle - 6, width: 12, height: 12, className: "swatch \(entry.className)",
                fill: entry.color, rx: 2)
        case .lineAndDot:
            canvas.line(
                x1: x, y1: middle, x2: x + Self.markerWidth, y2: middle, className: "swatch-line \(entry.className)",
                stroke: entry.color, width: 2.5)
            canvas.circle(cx: center, cy: middle, r: 4, className: "marker \(entry.className)", fill: entry.color)
        }
    }
}
