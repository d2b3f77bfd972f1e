/// The Wilson score interval of a binomial proportion, without continuity correction.
///
/// PRODUCT.md §2: adoption_rate is reported with the Wilson 95% score interval (z = 1.96),
/// clipped to [0, 1].
package enum Wilson {
    /// `(low, high)` for `successes` out of `trials`; nil when `trials` is 0.
    package static func interval(successes: Int, trials: Int, z: Double = 1.96) -> (low: Double, high: Double)? {
        guard trials > 0 else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return (max(0, center - half), min(1, center + half))
    }
}
