import UptakeModel

/// Deterministic, locale-free number formatting for chart geometry and chart text.
///
/// Foundation's formatters follow the process locale ("0,5" in a German shell); charts must
/// come out byte-identical on every machine, so every number that reaches an SVG passes
/// through here.
package enum ChartNumber {
    /// A coordinate or length rounded to one decimal, without a trailing ".0":
    /// `12.34` gives `"12.3"`, `7.0` gives `"7"`, `-0.04` gives `"0"`.
    ///
    /// Non-finite values give `"0"` so a bad input can never produce invalid SVG.
    package static func coordinate(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        appendCoordinate(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `coordinate(value)` to `bytes` as UTF-8.
    ///
    /// Writes the digits one by one rather than interpolating: `SVGCanvas` writes every
    /// number of every chart this way, and the interpolated strings were a large share of
    /// drawing a chart.
    static func appendCoordinate(_ value: Double, to bytes: inout [UInt8]) {
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        guard value.isFinite, abs(tenths) < 1e15, tenths != 0 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let scaled = Int(tenths)
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        bytes.appendDigits(UInt64(magnitude / 10))
        let fraction = magnitude % 10
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction))
        }
    }

    /// A share in [0, 1] as a whole percentage in [0, 100], rounded half away from zero.
    ///
    /// Values outside [0, 1] are clamped; non-finite values count as 0.
    package static func percentValue(_ share: Double) -> Int {
        Int((clampedShare(share) * 100).rounded(.toNearestOrAwayFromZero))
    }

    /// A share in [0, 1] as text such as `"72%"`.
    package static func percent(_ share: Double) -> String {
        "\(percentValue(share))%"
    }

    /// A difference in percentage points as signed text: `"+26 pts"`, `"−4 pts"`, `"0 pts"`.
    ///
    /// Uses the typographic minus sign (U+2212), which screen readers announce as "minus".
    package static func signedPoints(_ points: Int) -> String {
        if points > 0 { return "+\(points) pts" }
        if points < 0 { return "\u{2212}\(-points) pts" }
        return "0 pts"
    }

    /// `share` limited to [0, 1]; non-finite values become 0.
    package static func clampedShare(_ share: Double) -> Double {
        guard share.isFinite else { return 0 }
        return min(max(share, 0), 1)
    }

    /// Whole percentages for `counts` that add up to exactly 100 (largest-remainder method).
    ///
    /// Ties on the remainder go to the earlier entry, so the result is deterministic. An
    /// empty list or a zero total gives all zeros.
    package static func percentages(of counts: [Int]) -> [Int] {
        let total = counts.reduce(0) { $0 + max($1, 0) }
        guard total > 0 else { return counts.map { _ in 0 } }
        let exact = counts.map { Double(max($0, 0)) * 100 / Double(total) }
        var result = exact.map { Int($0.rounded(.down)) }
        let missing = 100 - result.reduce(0, +)
        let order = exact.indices.sorted { lhs, rhs in
            let left = exact[lhs] - Double(result[lhs])
            let right = exact[rhs] - Double(result[rhs])
            return left != right ? left > right : lhs < rhs
        }
        for index in order.prefix(missing) {
            result[index] += 1
        }
        return result
    }
}
