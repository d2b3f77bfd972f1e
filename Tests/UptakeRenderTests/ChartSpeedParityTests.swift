import Testing
import UptakeTestSupport

@testable import UptakeRender

/// The chart code's hand-written fast paths give exactly what the plain code they replaced
/// gave. The `reference…` functions are that plain code, kept here as the specification.
@Suite struct ChartSpeedParityTests {
    /// `ChartNumber.coordinate` before it wrote digits by hand.
    private static func referenceCoordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        guard abs(tenths) < 1e15 else { return "0" }
        let scaled = Int(tenths)
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let magnitude = abs(scaled)
        let whole = magnitude / 10
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// `ChartText.escaped` before its bit test, on scalars rather than bytes: tabs and line
    /// breaks as spaces, other control characters and noncharacters dropped, then HTML-escaped.
    private static func referenceEscaped(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\n": kept.append(" ")
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{FFFE}", "\u{FFFF}": break
            default: kept.append(scalar)
            }
        }
        return Oracle.escapeHTML(String(kept))
    }

    /// `SVGCanvas.sanitizedID` before it wrote bytes.
    private static func referenceSanitizedID(_ id: String) -> String {
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

    private static let edgeNumbers: [Double] = [
        0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.049_999_999_999_999_996, 0.15, 0.25, 0.35, -0.15, 1.05, 2.675,
        7, -7, 12.34, -12.34, 96.666_666, 99.95, 99.949_999_999, 9.95, -9.95, 0.95, 1e14 - 0.05, 99_999_999_999_999.9,
        1e14, 1e15, -1e15, 123_456_789_012.34, 4_503_599_627_370_496.5, .ulpOfOne, -.leastNonzeroMagnitude,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .infinity, -.infinity, .nan, 440, 13, 15, 129.6, 36.6,
    ]

    @Test func coordinateMatchesTheReference() {
        var random = SeededGenerator(seed: 42)
        var values = Self.edgeNumbers
        for _ in 0..<200_000 {
            let bits = random.next()
            values.append(Double(Int64(bitPattern: bits) % 2_000_000) / 1000)
            values.append(Double(Int64(bitPattern: bits) % 20_000) / 100 + 0.05)
            values.append(Double(bitPattern: bits))
        }
        for value in values {
            #expect(ChartNumber.coordinate(value) == Self.referenceCoordinate(value), "\(value)")
        }
    }

    @Test func escapingMatchesTheReference() {
        var texts = [
            "", "plain", "A & B <c> \"d\" 'e'", "tab\tnew\nline\r", "\u{7F}\u{80}\u{9F}\u{A0}é",
            "\u{FFFD}\u{FFFE}\u{FFFF}\u{FEFF}", "“quoted” — dash…", "emoji 👩‍👩‍👧 done", "\u{0}\u{1}x",
        ]
        for value in 0..<0x800 { texts.append("a\(Character(Unicode.Scalar(value)!))b") }
        for value in 0xFF00..<0x10000 { texts.append("\(Character(Unicode.Scalar(value)!))") }
        for text in texts {
            let expected = Self.referenceEscaped(text)
            #expect(ChartText.escaped(text) == expected)
            var writer = SVGWriter(capacity: 0)
            writer.writeEscaped(text)
            #expect(writer.string == expected)
        }
    }

    @Test(arguments: [
        "", " ", "   ", "one", " leading and  double  spaces ", "trailing ", "“Curly” quotes – dash… ",
        "é café naïve", "combining e\u{301} and \u{301}after space", "space \u{300}", "prepend \u{600} x",
        "\u{600} before", "zwj \u{200D} x", "zwnj \u{200C} x", "emoji 👍🏽 x", "flags 🇫🇷 🇩🇪", "hangul 한국어 텍스트",
        "cr\r\n lf", "nbsp\u{A0}word", "line\u{2028} sep", "minus \u{2212}4", "modifier ʰ ˈx", "devanagari क्षि x",
    ])
    func wordsMatchCharacterSplit(text: String) {
        let expected = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(ChartText.words(of: text) == expected)
    }

    @Test(arguments: [
        "adoption-chart", "p1 <x>", "1st", "", "-dash", "_under", "é-accent", "ok_é", "a👍b", "Z9", "e\u{301}",
    ])
    func sanitizedIDMatchesTheReference(id: String) {
        #expect(SVGCanvas.sanitizedID(id) == Self.referenceSanitizedID(id))
    }
}
