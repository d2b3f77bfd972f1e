/// The UTF-8 bytes of an SVG as `SVGCanvas` writes it: markup, numbers and escaped text,
/// appended in place.
///
/// Hand-written for speed: a build draws charts for thousands of reports, and building each
/// element as its own interpolated `String` (then joining them) was most of the charts' cost.
/// Numbers and text are written with the same rules as `ChartNumber.coordinate` and
/// `ChartText.escaped`, from the same code.
struct SVGWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty writer with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `markup` as it is: the canvas's own tags and attribute names.
    mutating func write(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` as `ChartNumber.coordinate` formats it.
    mutating func write(_ value: Double) {
        ChartNumber.appendCoordinate(value, to: &bytes)
    }

    /// Appends `text` as `ChartText.escaped` escapes it.
    mutating func writeEscaped(_ text: String) {
        ChartText.appendEscaped(text, to: &bytes)
    }

    /// Appends `text` unescaped; only for text that is safe as it is, such as a sanitized id.
    mutating func writeVerbatim(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends everything `other` has written.
    mutating func write(_ other: SVGWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// The bytes written, as a string.
    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }
}
