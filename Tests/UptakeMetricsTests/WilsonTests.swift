import Testing

@testable import UptakeMetrics

/// Published values: Newcombe (1998), "Two-sided confidence intervals for the single
/// proportion", Statistics in Medicine 17, Table I, method 3 (Wilson score, no continuity
/// correction), given to four decimals.
@Suite struct WilsonTests {
    @Test(arguments: [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ])
    func matchesNewcombe(successes: Int, trials: Int, low: Double, high: Double) throws {
        let interval = try #require(Wilson.interval(successes: successes, trials: trials))
        #expect(abs(interval.low - low) < 0.00005)
        #expect(abs(interval.high - high) < 0.00005)
    }

    @Test func allSuccessesClipsAtOne() throws {
        let interval = try #require(Wilson.interval(successes: 10, trials: 10))
        #expect(interval.high == 1)
        #expect(abs(interval.low - 0.72246) < 0.000005)
    }

    @Test func noTrialsHasNoInterval() {
        #expect(Wilson.interval(successes: 0, trials: 0) == nil)
    }
}
