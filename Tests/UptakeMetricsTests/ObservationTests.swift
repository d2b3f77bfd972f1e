import Testing
import UptakeModel

@testable import UptakeMetrics

/// observed_rate, agreement_rate and self_report_inflation_points (PRODUCT.md §2), by hand.
///
/// Six respondents say they apply a (p0…p5), two say no (p6, p7). Managers observed p0…p3
/// applying and p4, p5, p6 not; p7 was not observed; p8 (no self-report) was observed applying.
@Suite struct ObservationTests {
    static var metrics: BehaviorMetrics {
        var f = Fixture(checkpoints: [30], behaviors: ["a"])
        let keys = f.people(9)
        f.respond(Array(keys.prefix(8)), at: 30) { r in r.applied["a"] = Int(r.participant.dropFirst())! < 6 }
        f.observe(["p0", "p1", "p2", "p3", "p8"], at: 30, behavior: "a", true)
        f.observe(["p4", "p5", "p6"], at: 30, behavior: "a", false)
        return f.metrics.overall.checkpoints[0].behaviors[0]
    }

    @Test func observedRateCountsEveryObservedParticipant() {
        // 5 observed applying of 8 observed.
        #expect(close(Self.metrics.observedRate.value, 5.0 / 8))
    }

    @Test func agreementAndInflationUseMatchedPairsOnly() {
        // Pairs: p0…p6 (7). Agree: p0…p3 yes/yes, p6 no/no = 5. Self 6/7, observed 4/7.
        #expect(close(Self.metrics.agreementRate.value, 5.0 / 7))
        #expect(close(Self.metrics.selfReportInflationPoints.value, 100 * (6.0 / 7 - 4.0 / 7)))
    }
}
