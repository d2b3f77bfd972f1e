/// Default colours and type sizes shared by every chart.
///
/// Each is written as an SVG presentation attribute (`fill="…"`), which any CSS rule on the
/// element's class overrides, so a theme can restyle charts while they still read well
/// without a stylesheet. Series colours are the Okabe–Ito palette, safe for the common
/// colour-vision deficiencies; ordered levels use a single-hue ramp whose lightness alone
/// tells the levels apart.
package enum ChartPalette {
    /// Okabe–Ito colours in series order (yellow left out: too light on white).
    package static let series = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000",
    ]

    /// Blue ramp for ordered levels, lightest (e.g. "never") to darkest (e.g. "daily").
    package static let levels = ["#D6E4F0", "#A6C8E4", "#6AA6D4", "#2C7BB6", "#0B4F86"]

    /// Main text colour (contrast 15:1 on white).
    package static let text = "#1F2933"
    /// Secondary text: tick labels, notes, reasons for suppression (contrast 6:1 on white).
    package static let muted = "#5B6670"
    /// Gridlines.
    package static let grid = "#E3E7EB"
    /// Axis lines and connectors.
    package static let axis = "#9AA5B1"
    /// Background track behind a bar, showing the full 0–100% extent.
    package static let track = "#EDF0F3"
    /// Text drawn on dark fills.
    package static let onDark = "#FFFFFF"

    /// Font stack written on the root `<svg>`; page CSS may override it.
    package static let fontFamily =
        "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif"

    /// Font size of labels (category names, values) in viewBox units.
    package static let labelSize = 15.0
    /// Font size of ticks, legends and notes in viewBox units.
    package static let smallSize = 13.0
    /// Default width of a chart's viewBox; charts scale to their container's width.
    package static let width = 440.0

    /// Class name and default colour of the series at zero-based `index`: `series-1`… The
    /// class number keeps counting past the palette; the colour wraps around.
    package static func series(_ index: Int) -> (className: String, color: String) {
        ("series-\(index + 1)", series[index % series.count])
    }

    /// Class name and default colour of ordered level `index` of `count` levels
    /// (`level-1`…), spreading the ramp when there are fewer levels than colours.
    package static func level(_ index: Int, of count: Int) -> (className: String, color: String) {
        let position: Int
        if count <= 1 {
            position = levels.count - 1
        } else if count <= levels.count {
            position = (index * (levels.count - 1) + (count - 1) / 2) / (count - 1)
        } else {
            position = min(index * levels.count / count, levels.count - 1)
        }
        return ("level-\(index + 1)", levels[position])
    }

    /// Whether text on level `index` of `count` needs the light text colour.
    package static func levelIsDark(_ index: Int, of count: Int) -> Bool {
        let color = level(index, of: count).color
        return color == levels[levels.count - 1] || color == levels[levels.count - 2]
    }
}
