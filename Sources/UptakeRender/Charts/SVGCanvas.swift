/// Collects SVG elements and wraps them in an accessible `<svg>` document.
///
/// Every number goes through `ChartNumber.coordinate`'s rules and every piece of text through
/// `ChartText.escaped`'s (`SVGWriter` applies them), so no caller can emit locale-dependent
/// numbers or raw user text.
package struct SVGCanvas: Sendable {
    /// How a text's `x` relates to the text: its start, middle or end.
    package enum Anchor: String, Sendable {
        /// `x` is the start of the text.
        case start
        /// `x` is the middle of the text.
        case middle
        /// `x` is the end of the text.
        case end
    }

    /// The elements drawn so far, each followed by a newline. Written into one buffer rather
    /// than kept as one string per element and joined: see `SVGWriter`.
    private(set) var body = SVGWriter(capacity: 4096)

    /// An empty canvas.
    package init() {}

    /// Draws a rectangle; `rx` rounds its corners.
    package mutating func rect(
        x: Double, y: Double, width: Double, height: Double, className: String, fill: String, rx: Double = 0
    ) {
        body.write("<rect class=\"")
        body.writeEscaped(className)
        body.write("\" x=\"")
        body.write(x)
        body.write("\" y=\"")
        body.write(y)
        body.write("\" width=\"")
        body.write(max(width, 0))
        body.write("\" height=\"")
        body.write(max(height, 0))
        if rx > 0 {
            body.write("\" rx=\"")
            body.write(rx)
        }
        body.write("\" fill=\"")
        body.writeEscaped(fill)
        body.write("\"/>\n")
    }

    /// Draws a straight line.
    package mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, className: String, stroke: String, width: Double = 1
    ) {
        body.write("<line class=\"")
        body.writeEscaped(className)
        body.write("\" x1=\"")
        body.write(x1)
        body.write("\" y1=\"")
        body.write(y1)
        body.write("\" x2=\"")
        body.write(x2)
        body.write("\" y2=\"")
        body.write(y2)
        body.write("\" stroke=\"")
        body.writeEscaped(stroke)
        body.write("\" stroke-width=\"")
        body.write(width)
        body.write("\"/>\n")
    }

    /// Draws an open polyline through `points`, with round joins.
    package mutating func polyline(_ points: [(x: Double, y: Double)], className: String, stroke: String, width: Double)
    {
        body.write("<polyline class=\"")
        body.writeEscaped(className)
        body.write("\" points=\"")
        for (index, point) in points.enumerated() {
            if index > 0 { body.write(" ") }
            body.write(point.x)
            body.write(",")
            body.write(point.y)
        }
        body.write("\" fill=\"none\" stroke=\"")
        body.writeEscaped(stroke)
        body.write("\" stroke-width=\"")
        body.write(width)
        body.write("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n")
    }

    /// Draws a circle; `tooltip` becomes a `<title>` child that browsers show on hover.
    package mutating func circle(
        cx: Double, cy: Double, r: Double, className: String, fill: String,
        stroke: String = "#FFFFFF", strokeWidth: Double = 1.5, tooltip: String? = nil
    ) {
        body.write("<circle class=\"")
        body.writeEscaped(className)
        body.write("\" cx=\"")
        body.write(cx)
        body.write("\" cy=\"")
        body.write(cy)
        body.write("\" r=\"")
        body.write(r)
        body.write("\" fill=\"")
        body.writeEscaped(fill)
        body.write("\" stroke=\"")
        body.writeEscaped(stroke)
        body.write("\" stroke-width=\"")
        body.write(strokeWidth)
        if let tooltip {
            body.write("\"><title>")
            body.writeEscaped(tooltip)
            body.write("</title></circle>\n")
        } else {
            body.write("\"/>\n")
        }
    }

    /// Draws one line of text with its baseline at `y`.
    package mutating func text(
        _ text: String, x: Double, y: Double, className: String, fill: String,
        size: Double = ChartPalette.smallSize, anchor: Anchor = .start, bold: Bool = false, italic: Bool = false
    ) {
        body.write("<text class=\"")
        body.writeEscaped(className)
        body.write("\" x=\"")
        body.write(x)
        body.write("\" y=\"")
        body.write(y)
        body.write("\" font-size=\"")
        body.write(size)
        switch anchor {
        case .start: body.write("\"")
        case .middle: body.write("\" text-anchor=\"middle\"")
        case .end: body.write("\" text-anchor=\"end\"")
        }
        if bold { body.write(" font-weight=\"600\"") }
        if italic { body.write(" font-style=\"italic\"") }
        body.write(" fill=\"")
        body.writeEscaped(fill)
        body.write("\">")
        body.writeEscaped(text)
        body.write("</text>\n")
    }

    /// Opens a `<g>` group; close it with `endGroup()`.
    package mutating func beginGroup(className: String) {
        body.write("<g class=\"")
        body.writeEscaped(className)
        body.write("\">\n")
    }

    /// Closes the innermost open group.
    package mutating func endGroup() {
        body.write("</g>\n")
    }
}
