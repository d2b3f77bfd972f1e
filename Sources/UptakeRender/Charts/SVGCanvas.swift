/// Collects SVG elements and wraps them in an accessible `<svg>` document.
///
/// Every number goes through `ChartNumber.coordinate` and every piece of text through
/// `ChartText.escaped`, so no caller can emit locale-dependent numbers or raw user text.
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

    /// The elements drawn so far, one per line.
    package private(set) var elements: [String] = []

    /// An empty canvas.
    package init() {}

    /// Draws a rectangle; `rx` rounds its corners.
    package mutating func rect(
        x: Double, y: Double, width: Double, height: Double, className: String, fill: String, rx: Double = 0
    ) {
        let corner = rx > 0 ? " rx=\"\(n(rx))\"" : ""
        elements.append(
            "<rect class=\"\(esc(className))\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(width, 0)))\" "
                + "height=\"\(n(max(height, 0)))\"\(corner) fill=\"\(esc(fill))\"/>")
    }

    /// Draws a straight line.
    package mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, className: String, stroke: String, width: Double = 1
    ) {
        elements.append(
            "<line class=\"\(esc(className))\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" "
                + "stroke=\"\(esc(stroke))\" stroke-width=\"\(n(width))\"/>")
    }

    /// Draws an open polyline through `points`, with round joins.
    package mutating func polyline(_ points: [(x: Double, y: Double)], className: String, stroke: String, width: Double)
    {
        let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
        elements.append(
            "<polyline class=\"\(esc(className))\" points=\"\(list)\" fill=\"none\" stroke=\"\(esc(stroke))\" "
                + "stroke-width=\"\(n(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
    }

    /// Draws a circle; `tooltip` becomes a `<title>` child that browsers show on hover.
    package mutating func circle(
        cx: Double, cy: Double, r: Double, className: String, fill: String,
        stroke: String = "#FFFFFF", strokeWidth: Double = 1.5, tooltip: String? = nil
    ) {
        let head =
            "<circle class=\"\(esc(className))\" cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" fill=\"\(esc(fill))\" "
            + "stroke=\"\(esc(stroke))\" stroke-width=\"\(n(strokeWidth))\""
        if let tooltip {
            elements.append(head + "><title>\(esc(tooltip))</title></circle>")
        } else {
            elements.append(head + "/>")
        }
    }

    /// Draws one line of text with its baseline at `y`.
    package mutating func text(
        _ text: String, x: Double, y: Double, className: String, fill: String,
        size: Double = ChartPalette.smallSize, anchor: Anchor = .start, bold: Bool = false, italic: Bool = false
    ) {
        var attributes = "class=\"\(esc(className))\" x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { attributes += " font-weight=\"600\"" }
        if italic { attributes += " font-style=\"italic\"" }
        elements.append("<text \(attributes) fill=\"\(esc(fill))\">\(esc(text))</text>")
    }

    /// Opens a `<g>` group; close it with `endGroup()`.
    package mutating func beginGroup(className: String) {
        elements.append("<g class=\"\(esc(className))\">")
    }

    /// Closes the innermost open group.
    package mutating func endGroup() {
        elements.append("</g>")
    }

    /// The finished `<svg>`: `role="img"`, named by its `<title>` and `<desc>` through
    /// `aria-labelledby`, scaled to its container through `viewBox` and `width="100%"`.
    ///
    /// `id` prefixes the title's and description's ids (`<id>-title`, `<id>-desc`); it is
    /// reduced to letters, digits, `-` and `_` so it is always a valid id.
    package func document(
        width: Double = ChartPalette.width, id: String, title: String, summary: String, height: Double,
        className: String
    ) -> String {
        let prefix = SVGCanvas.sanitizedID(id)
        let head =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"uptake-chart \(esc(className))\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height.rounded(.up)))\" width=\"100%\" role=\"img\" "
            + "aria-labelledby=\"\(prefix)-title \(prefix)-desc\" "
            + "font-family=\"\(esc(ChartPalette.fontFamily))\">"
        let header = [
            "<title id=\"\(prefix)-title\">\(esc(title))</title>",
            "<desc id=\"\(prefix)-desc\">\(esc(summary))</desc>",
        ]
        return ([head] + header + elements + ["</svg>"]).joined(separator: "\n")
    }

    /// `id` with every character other than ASCII letters, digits, `-` and `_` replaced by
    /// `-`, prefixed with `chart-` when it does not start with a letter.
    package static func sanitizedID(_ id: String) -> String {
        let cleaned = String(
            id.unicodeScalars.map { scalar -> Character in
                let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                return allowed || scalar == "-" || scalar == "_" ? Character(scalar) : "-"
            })
        guard let first = cleaned.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else {
            return "chart-" + cleaned
        }
        return cleaned
    }

    private func n(_ value: Double) -> String { ChartNumber.coordinate(value) }
    private func esc(_ text: String) -> String { ChartText.escaped(text) }
}
