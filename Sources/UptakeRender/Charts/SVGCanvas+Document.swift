extension SVGCanvas {
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
        var out = SVGWriter(capacity: body.bytes.count + title.utf8.count + summary.utf8.count + 512)
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"uptake-chart ")
        out.writeEscaped(className)
        out.write("\" viewBox=\"0 0 ")
        out.write(width)
        out.write(" ")
        out.write(height.rounded(.up))
        out.write("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
        out.writeVerbatim(prefix)
        out.write("-title ")
        out.writeVerbatim(prefix)
        out.write("-desc\" font-family=\"")
        out.write(Self.fontFamily)
        out.write("\">\n<title id=\"")
        out.writeVerbatim(prefix)
        out.write("-title\">")
        out.writeEscaped(title)
        out.write("</title>\n<desc id=\"")
        out.writeVerbatim(prefix)
        out.write("-desc\">")
        out.writeEscaped(summary)
        out.write("</desc>\n")
        out.write(body)
        out.write("</svg>")
        return out.string
    }

    /// `id` with every character other than ASCII letters, digits, `-` and `_` replaced by
    /// `-`, prefixed with `chart-` when it does not start with a letter.
    package static func sanitizedID(_ id: String) -> String {
        // Scalar by scalar into bytes: every chart calls this, and mapping to `Character`s
        // and back was a visible part of drawing one.
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(id.utf8.count + 6)
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": cleaned.append(UInt8(scalar.value))
            default: cleaned.append(UInt8(ascii: "-"))
            }
        }
        switch cleaned.first ?? 0 {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return String(decoding: cleaned, as: UTF8.self)
        default:
            return "chart-" + String(decoding: cleaned, as: UTF8.self)
        }
    }

    /// The font stack, escaped once rather than for every chart.
    private static let fontFamily: SVGWriter = {
        var writer = SVGWriter(capacity: 160)
        writer.writeEscaped(ChartPalette.fontFamily)
        return writer
    }()
}
