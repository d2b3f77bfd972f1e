import Foundation
import Testing
import UptakeModel

@testable import UptakeMetrics

/// PRODUCT.md §2 "Confidentiality" and "Secondary suppression".
@Suite struct SuppressionTests {
    @Test func aTeamOfFourShowsNoFigures() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"])
        let team = f.people(4, satisfaction: 5, scheduled: true, team: "small")
        f.people(10, satisfaction: 4, scheduled: true, team: "big")
        f.respond(team, at: 14) { r in
            r.applied["a"] = true
            r.firstStepDone = true
            r.frequency["a"] = .daily
            r.obstacles = [.tools]
        }
        let m = MetricsCalculator.metrics(of: f.roster.filter { $0.team == "small" }, in: f.loaded, config: f.config)
        #expect(m.completionRate.isSuppressed)
        #expect(m.satisfactionFavorableRate.isSuppressed)
        #expect(m.firstStepScheduledRate.isSuppressed)
        #expect(m.intentionGapPoints.value == nil)
        #expect(m.gap.learning == nil && m.gap.doing == nil && m.gap.points == nil)
        let c = m.checkpoints[0]
        #expect(c.respondents == 4)  // who answered is always shown
        #expect(c.anyBehaviorAdoptionRate.isSuppressed)
        #expect(c.firstStepRate.isSuppressed)
        let b = c.behaviors[0]
        #expect(b.suppressed)
        #expect(b.answered == nil && b.adopted == nil && b.ciLow == nil && b.frequency == nil)
        #expect(b.habitRate.value == nil && b.conservativeRate.value == nil)
        #expect(c.obstacles.allSatisfy { $0.count == nil && $0.rate.isSuppressed })
    }

    @Test func fiveIsEnough() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"])
        let keys = f.people(5)
        f.respond(keys, at: 14) { $0.applied["a"] = $0.participant != "p0" }
        let b = f.metrics.overall.checkpoints[0].behaviors[0]
        #expect(!b.suppressed)
        #expect(close(b.adoptionRate.value, 0.8))
    }

    @Test func suppressedBehaviorSerializesAsNullWithId() throws {
        var f = Fixture(checkpoints: [14], behaviors: ["a"])
        let keys = f.people(3)
        f.respond(keys, at: 14) { $0.applied["a"] = true }
        let text = String(decoding: f.metrics.jsonBytes, as: UTF8.self)
        let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let checkpoint = try #require((document?["checkpoints"] as? [[String: Any]])?.first)
        let behavior = try #require((checkpoint["behaviors"] as? [[String: Any]])?.first)
        #expect(behavior["id"] as? String == "a")
        #expect(behavior["suppressed"] as? Bool == true)
        for key in [
            "answered", "adopted", "adoption_rate", "ci_low", "ci_high", "conservative_rate", "habit_rate", "frequency",
            "persistence_rate", "manager_lift_points", "peer_lift_points", "observed_rate", "agreement_rate",
            "self_report_inflation_points",
        ] {
            #expect(behavior[key] is NSNull, "\(key) must be null")
        }
    }

    /// Two cohorts: A has 4 respondents (suppressed), B 20. The pooled 24 are shown, so B
    /// would give A back by subtraction: B is suppressed too.
    @Test func secondarySuppressionWithholdsTheOnlyOtherCell() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"], cohorts: ["a", "b"])
        let a = f.people(4, cohort: "a")
        let b = f.people(20, cohort: "b")
        f.respond(a + b, at: 14) { $0.applied["a"] = true }
        let m = f.metrics
        #expect(m.overall.checkpoints[0].behaviors[0].adoptionRate.isShown)
        #expect(m.cohorts[0].metrics.checkpoints[0].behaviors[0].suppressed)
        #expect(m.cohorts[1].metrics.checkpoints[0].behaviors[0].suppressed)
        // the cohorts' completion rates (4 and 20 enrolled) follow the same rule
        #expect(m.cohorts[0].metrics.completionRate.isSuppressed)
        #expect(m.cohorts[1].metrics.completionRate.isSuppressed)
    }

    /// Three cohorts of 3, 8 and 12 respondents: the smallest shown cell (8) goes too, 12 stays.
    @Test func secondarySuppressionTakesTheSmallestShownCell() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"], cohorts: ["x", "y", "z"])
        let x = f.people(3, cohort: "x")
        let y = f.people(8, cohort: "y")
        let z = f.people(12, cohort: "z")
        f.respond(x + y + z, at: 14) { $0.applied["a"] = Int($0.participant.dropFirst())! % 2 == 0 }
        let cells = f.metrics.cohorts.map { $0.metrics.checkpoints[0].behaviors[0] }
        #expect(cells.map(\.suppressed) == [true, true, false])
        #expect(close(cells[2].adoptionRate.value, 6.0 / 12))
    }

    /// Ties go to the earlier cohort in front-matter order.
    @Test func secondarySuppressionTieGoesToTheEarlierCell() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"], cohorts: ["x", "y", "z"])
        let x = f.people(2, cohort: "x")
        let y = f.people(7, cohort: "y")
        let z = f.people(7, cohort: "z")
        f.respond(x + y + z, at: 14) { $0.applied["a"] = true }
        let cells = f.metrics.cohorts.map { $0.metrics.checkpoints[0].behaviors[0] }
        #expect(cells.map(\.suppressed) == [true, true, false])
    }

    /// When the total itself is suppressed nothing can be recovered: no secondary suppression.
    @Test func noSecondarySuppressionWhenTheTotalIsWithheld() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"], cohorts: ["x", "y"])
        f.people(2, cohort: "x", satisfaction: 5)
        f.people(2, cohort: "y", satisfaction: 5)
        let m = f.metrics
        #expect(m.overall.satisfactionFavorableRate.isSuppressed)
        #expect(m.cohorts.allSatisfy { $0.metrics.satisfactionFavorableRate.isSuppressed })
    }

    @Test func liftShownWhenBothGroupsReachTheThreshold() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"])
        let keys = f.people(11)
        f.respond(keys, at: 14) { r in
            let i = Int(r.participant.dropFirst())!
            r.managerDiscussed = i < 5 ? true : (i < 10 ? false : nil)
            // with: 4 of 5 apply; without: 1 of 5; the blank one applies and is in neither group.
            r.applied["a"] = [0, 1, 2, 3, 5, 10].contains(i)
        }
        let lift = f.metrics.overall.checkpoints[0].behaviors[0].managerLift
        #expect(close(lift.points.value, 100 * (0.8 - 0.2)))
        #expect(lift.withCount == 5 && lift.withoutCount == 5)
    }

    @Test func questionNotAskedIsNullWithoutSuppressed() {
        var f = Fixture(checkpoints: [14, 30], behaviors: ["a"])
        f.asked[30] = AskedFields()
        let keys = f.people(6)
        f.respond(keys, at: 14) { $0.applied["a"] = true }
        let m = f.metrics.overall.checkpoints
        #expect(m[1].behaviors[0].adoptionRate.state == .notApplicable)
        #expect(m[1].firstStepRate.state == .notApplicable)
        #expect(m[0].behaviors[0].persistenceRate.state == .notApplicable)
    }
}

/// A behavior withheld for its own small adoption denominator counts as suppressed in every
/// figure, so a third cohort is not withheld as well: with two cells already suppressed
/// nothing can be recovered by subtraction (found by the independent cross-check).
@Suite struct WithheldBehaviorTests {
    @Test func otherFiguresOfAWithheldBehaviorCountAsSuppressed() {
        var f = Fixture(checkpoints: [14], behaviors: ["a"], cohorts: ["a", "b", "c"])
        let a = f.people(6, cohort: "a")
        let b = f.people(9, cohort: "b")
        let c = f.people(3, cohort: "c")
        f.respond(a + b + c, at: 14) { r in
            r.applied["a"] = true
            r.frequency["a"] = .daily
        }
        let cells = f.metrics.cohorts.map { $0.metrics.checkpoints[0].behaviors[0] }
        #expect(cells[2].habitRate.isSuppressed)
        #expect(cells[2].conservativeRate.isSuppressed)
        // c is withheld (3), then a (6, the smallest shown); b keeps every figure.
        #expect(cells.map(\.suppressed) == [true, false, true])
        #expect(close(cells[1].habitRate.value, 1))
        #expect(close(cells[1].conservativeRate.value, 1))
    }
}
