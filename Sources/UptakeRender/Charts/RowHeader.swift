/// The text line above one row of a horizontal chart: the row's name on the left and its
/// figure on the right.
///
/// Putting names above the bars rather than beside them leaves the bars the full chart
/// width, which keeps long behavior names readable on a phone. A name that does not fit
/// beside the figure wraps onto a second line (then ends in an ellipsis); when the figure
/// is too long to share the line at all, it moves onto its own line under the name.
package struct RowHeader: Sendable, Equatable {
    /// The row's name; user text.
    package var label: String
    /// The figure shown on the right, e.g. `"48 of 60 (80%)"`; nil for none.
    package var caption: String?

    /// A header naming a row `label` with `caption` on the right.
    package init(label: String, caption: String?) {
        self.label = label
        self.caption = caption
    }

    /// Height of one text line.
    package static let lineHeight = 20.0
    /// Space between the header's last line and the row's graphic.
    package static let spacing = 5.0

    /// The name's lines and where the caption goes, for `width` user units.
    package func layout(width: Double) -> (labelLines: [String], captionOnOwnLine: Bool) {
        let size = ChartPalette.labelSize
        guard let caption, !caption.isEmpty else {
            return (ChartText.wrapped(label, width: width, fontSize: size, maxLines: 4), false)
        }
        let captionWidth = ChartText.width(of: caption, fontSize: size, bold: true)
        let besideWidth = width - captionWidth - 14
        if besideWidth >= width * 0.45 {
            return (ChartText.wrapped(label, width: besideWidth, fontSize: size, maxLines: 4), false)
        }
        return (ChartText.wrapped(label, width: width, fontSize: size, maxLines: 4), true)
    }

    /// Height the header takes in `width` user units, spacing below it included.
    package func height(width: Double) -> Double {
        let (lines, ownLine) = layout(width: width)
        return Self.height(lineCount: lines.count, captionOnOwnLine: ownLine)
    }

    /// Height of a header of `lineCount` name lines, spacing below it included.
    private static func height(lineCount: Int, captionOnOwnLine: Bool) -> Double {
        Double(lineCount + (captionOnOwnLine ? 1 : 0)) * lineHeight + spacing
    }

    /// Draws the header with its top at `y` and returns its height, spacing included.
    package func draw(into canvas: inout SVGCanvas, x: Double, y: Double, width: Double) -> Double {
        let size = ChartPalette.labelSize
        let (lines, ownLine) = layout(width: width)
        for (index, line) in lines.enumerated() {
            canvas.text(
                line, x: x, y: y + 15 + Double(index) * Self.lineHeight, className: "row-label",
                fill: ChartPalette.text, size: size)
        }
        if let caption, !caption.isEmpty {
            let captionLine = ownLine ? Double(lines.count) : 0
            let truncated = ChartText.truncated(caption, width: width, fontSize: size, bold: true)
            canvas.text(
                truncated, x: ownLine ? x : x + width, y: y + 15 + captionLine * Self.lineHeight,
                className: "row-value", fill: ChartPalette.text, size: size, anchor: ownLine ? .start : .end,
                bold: true)
        }
        // From the layout already made: `height(width:)` would wrap the name again.
        return Self.height(lineCount: lines.count, captionOnOwnLine: ownLine)
    }
}
