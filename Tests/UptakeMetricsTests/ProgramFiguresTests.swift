import Testing
import UptakeModel

@testable import UptakeMetrics

/// Every figure of PRODUCT.md §2 on a program small enough to work out by hand.
///
/// 12 enrolled, 10 trained. Ratings of the trained: 5,5,5,5,5,5,4,4,3 and one blank
/// → favorable 8/9. First step scheduled: 7 of 10. Day 14: 8 respond, 6 of them apply
/// behavior a; day 30: 6 respond, 5 of them day-14 adopters (4 still apply) and one non-adopter.
@Suite struct ProgramFiguresTests {
    static func fixture() -> (Fixture, [String]) {
        var f = Fixture(checkpoints: [14, 30], behaviors: ["a"])
        var trained: [String] = []
        for rating in [5, 5, 5, 5, 5, 5, 4, 4, 3] { trained += f.people(1, satisfaction: rating) }
        trained += f.people(1)
        for (i, key) in trained.enumerated() {
            f.roster[f.roster.firstIndex { $0.key == key }!].firstStepScheduled = i < 7
        }
        f.people(2, completed: false)
        let respondents = Array(trained.prefix(8))
        // Day 14: p0…p5 apply a; p6, p7 do not.
        f.respond(respondents, at: 14) { r in
            let i = Int(r.participant.dropFirst())!
            r.applied["a"] = i < 6
            r.firstStepDone = i < 5 ? true : (i == 5 ? false : nil)
            r.frequency["a"] = [.daily, .daily, .weekly, .weekly, .monthly, .never, nil, nil][i]
            r.managerDiscussed = i < 5
            r.peerCheckin = i % 2 == 0
            r.obstacles = i < 4 ? [.workload] : (i < 6 ? [.tools, .workload] : nil)
        }
        // Day 30: p0…p4 answer (p0…p3 still apply, p4 stopped), and p7 (still no).
        f.respond(["p0", "p1", "p2", "p3", "p4", "p7"], at: 30) { r in
            r.applied["a"] = ["p0", "p1", "p2", "p3"].contains(r.participant)
        }
        return (f, trained)
    }

    @Test func enrolmentAndLearning() {
        let m = Self.fixture().0.metrics.overall
        #expect(m.enrolled == 12)
        #expect(m.trained == 10)
        #expect(close(m.completionRate.value, 10.0 / 12))
        #expect(close(m.satisfactionFavorableRate.value, 8.0 / 9))
        #expect(close(m.firstStepScheduledRate.value, 0.7))
    }

    @Test func adoptionWithWilsonAndConservativeRate() throws {
        let b = Self.fixture().0.metrics.overall.checkpoints[0].behaviors[0]
        #expect(b.answered == 8)
        #expect(b.adopted == 6)
        #expect(close(b.adoptionRate.value, 0.75))
        let interval = try #require(Wilson.interval(successes: 6, trials: 8))
        #expect(close(b.ciLow, interval.low))
        #expect(close(b.ciHigh, interval.high))
        // Hand-worked: center (0.75 + 0.2401) / 1.4802 = 0.66890; half 1.32414 × √(0.0234375 + 0.0150063) = 0.25963.
        #expect(abs((b.ciLow ?? 0) - 0.40927) < 0.00005)
        #expect(abs((b.ciHigh ?? 0) - 0.92852) < 0.00005)
        #expect(close(b.conservativeRate.value, 0.6))
    }

    @Test func respondentsAndAnyBehavior() {
        let checkpoints = Self.fixture().0.metrics.overall.checkpoints
        #expect(checkpoints[0].respondents == 8)
        #expect(close(checkpoints[0].responseRate.value, 0.8))
        #expect(close(checkpoints[0].anyBehaviorAdoptionRate.value, 0.75))
        #expect(checkpoints[1].respondents == 6)
        #expect(close(checkpoints[1].anyBehaviorAdoptionRate.value, 4.0 / 6))
    }

    @Test func habitAndFrequency() {
        let b = Self.fixture().0.metrics.overall.checkpoints[0].behaviors[0]
        // weekly target: daily 2 + weekly 2 of 6 who answered frequency.
        #expect(close(b.habitRate.value, 4.0 / 6))
        #expect(b.frequency == [1, 0, 1, 2, 2])
    }

    @Test func firstStepAndIntentionGap() {
        let m = Self.fixture().0.metrics.overall
        // first_step_done: 5 yes, 1 no, 2 blank → 5/6 (below 5 answers would be suppressed; 6 is shown).
        #expect(close(m.checkpoints[0].firstStepRate.value, 5.0 / 6))
        #expect(close(m.intentionGapPoints.value, 100 * (0.7 - 5.0 / 6)))
    }

    @Test func persistence() {
        let checkpoints = Self.fixture().0.metrics.overall.checkpoints
        #expect(checkpoints[0].behaviors[0].persistenceRate.state == .notApplicable)
        // Day-14 adopters answering at day 30: p0…p4; still applying: p0…p3.
        #expect(close(checkpoints[1].behaviors[0].persistenceRate.value, 0.8))
    }

    @Test func liftsNeedBothGroups() {
        let b = Self.fixture().0.metrics.overall.checkpoints[0].behaviors[0]
        // manager_discussed yes: p0…p4 (5, all apply); no: p5…p7 (3) → suppressed.
        #expect(b.managerLift.points.isSuppressed)
        #expect(b.managerLift.withCount == nil)
        // peer_checkin yes: p0,p2,p4,p6 (4) → suppressed.
        #expect(b.peerLift.points.isSuppressed)
    }

    @Test func obstaclesSortedByCountThenName() {
        let obstacles = Self.fixture().0.metrics.overall.checkpoints[0].obstacles
        // 6 respondents gave a choice: workload 6, tools 2, others 0 by name.
        #expect(obstacles.map(\.category) == [.workload, .tools, .authority, .confidence, .other, .process])
        #expect(obstacles.map(\.count) == [6, 2, 0, 0, 0, 0])
        #expect(close(obstacles[1].rate.value, 2.0 / 6))
    }

    @Test func gapUsesLatestShownCheckpoint() {
        let gap = Self.fixture().0.metrics.overall.gap
        #expect(gap.checkpointDay == 30)
        #expect(close(gap.learning, 8.0 / 9))
        #expect(close(gap.doing, 4.0 / 6))
        #expect(close(gap.points, 100 * (8.0 / 9 - 4.0 / 6)))
    }

    @Test func gapFallsBackWhenLatestIsSuppressed() {
        var (f, _) = Self.fixture()
        f.responses.removeAll { $0.checkpoint == 30 && ["p0", "p1"].contains($0.participant) }
        let gap = f.metrics.overall.gap
        #expect(gap.checkpointDay == 14)
        #expect(close(gap.doing, 0.75))
    }
}
