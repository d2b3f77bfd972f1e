import Testing
import UptakeModel
import UptakeTestSupport

@testable import UptakeMetrics

/// The answer-table measurer gives, figure for figure, what the reference measurer (the
/// straightforward reading of PRODUCT.md §2 it replaced) gives, on random programs with the
/// odd cases in: duplicate roster keys, responses of people not on the roster, answers for ids
/// that are no behavior, repeated checkpoint days, empty obstacle sets.
@Suite struct MeasurerEquivalenceTests {
    static func randomProgram(seed: UInt64) -> (LoadedProgram, SiteConfig) {
        var g = SeededGenerator(seed: seed)
        func maybe<T>(_ value: @autoclosure () -> T, _ chance: Double = 0.7) -> T? {
            Double.random(in: 0..<1, using: &g) < chance ? value() : nil
        }
        let days = [[14, 30, 60, 90], [30], [14, 14, 30], [7, 30]][Int.random(in: 0..<4, using: &g)]
        var f = Fixture(checkpoints: days, behaviors: ["a", "b", "c"], cohorts: ["x", "y", "z"])
        f.config.minGroupSize = Int.random(in: 3...6, using: &g)
        f.config.minGroupSizeText = Int.random(in: 3...12, using: &g)
        let fields =
            ["first_step_done", "obstacles", "manager_discussed", "peer_checkin"]
            + ["a", "b", "c"].flatMap { ["applied.\($0)", "frequency.\($0)"] }
        for day in days {
            var asked = AskedFields()
            asked.selfReport = Set(fields.filter { _ in Bool.random(using: &g) })
            asked.observation = Set(["a", "b", "zz"].filter { _ in Bool.random(using: &g) }.map { "observed.\($0)" })
            f.asked[day] = asked
        }
        for index in 0..<Int.random(in: 10...90, using: &g) {
            // Every seventh key repeats an earlier one, as a hand-built roster may.
            var person = Participant(key: index % 7 == 6 ? "p\(index / 2)" : "p\(index)")
            person.completed = Double.random(in: 0..<1, using: &g) < 0.85
            person.satisfaction = maybe(Int.random(in: 1...5, using: &g))
            person.firstStepScheduled = maybe(Bool.random(using: &g))
            person.cohort = ["x", "y", "z", "", "w"][Int.random(in: 0..<5, using: &g)]
            person.manager = ["m1", "m2", "m3", "m4", "", "m5"][Int.random(in: 0..<6, using: &g)]
            person.managerName = maybe("Manager \(person.manager)", 0.5) ?? ""
            person.team = ["t1", "t2", ""][Int.random(in: 0..<3, using: &g)]
            f.roster.append(person)
        }
        let keys = f.roster.map(\.key) + (0..<5).map { "q\($0)" }
        for _ in 0..<Int.random(in: 0...200, using: &g) {
            let key = keys.randomElement(using: &g) ?? "p0"
            let day = (days + [45]).randomElement(using: &g) ?? 30
            var r = Response(
                participant: key, submittedAt: Int64.random(in: 0...1000, using: &g), checkpoint: day,
                location: SourceLocation(file: "x.csv", line: 2),
                behaviors: Bool.random(using: &g) ? ["a", "b", "c"] : [])
            for id in ["a", "b", "c", "zz"] {
                if let v = maybe(Bool.random(using: &g)) { r.applied[id] = v }
                if let v = maybe(Frequency.allCases.randomElement(using: &g) ?? .never, 0.5) { r.frequency[id] = v }
            }
            r.firstStepDone = maybe(Bool.random(using: &g))
            r.managerDiscussed = maybe(Bool.random(using: &g))
            r.peerCheckin = maybe(Bool.random(using: &g))
            r.obstacles = maybe(
                Set(ObstacleCategory.allCases.filter { _ in Double.random(in: 0..<1, using: &g) < 0.3 }))
            r.obstacleText = maybe([" ", "Too busy", " No time "].randomElement(using: &g) ?? "", 0.4)
            r.storyConsent = maybe(Bool.random(using: &g))
            r.story = maybe(["It worked.", "  ", "Twice!"].randomElement(using: &g) ?? "", 0.3)
            f.responses.append(r)
        }
        for _ in 0..<Int.random(in: 0...60, using: &g) {
            var o = Observation(
                participant: keys.randomElement(using: &g) ?? "p0", submittedAt: 0,
                checkpoint: days.randomElement(using: &g) ?? 30, location: SourceLocation(file: "o.csv"))
            for id in ["a", "b", "zz"] { if let v = maybe(Bool.random(using: &g)) { o.observed[id] = v } }
            f.observations.append(o)
        }
        return (f.loaded, f.config)
    }

    @Test(arguments: 0..<60)
    func figuresMatchTheReference(seed: UInt64) {
        let (loaded, config) = Self.randomProgram(seed: seed)
        let metrics = MetricsCalculator.metrics(for: loaded, config: config)
        let reference = ReferenceMeasurer(loaded, config: config)
        let overall = reference.measure(loaded.roster)
        #expect("\(metrics.overall)" == "\(overall)", "seed \(seed)")
        var cells = loaded.program.cohorts.map { cohort in
            reference.measure(loaded.roster.filter { $0.cohort == cohort.id })
        }
        ReferenceSuppression.apply(to: &cells, total: overall)
        #expect("\(metrics.cohorts.map(\.metrics))" == "\(cells)", "seed \(seed)")
        var order: [String] = []
        for person in loaded.roster where !person.manager.isEmpty && !order.contains(person.manager) {
            order.append(person.manager)
        }
        var teams = order.map { manager in reference.measure(loaded.roster.filter { $0.manager == manager }) }
        ReferenceSuppression.apply(to: &teams, total: overall)
        #expect(metrics.managers.map(\.manager) == order)
        for (team, expected) in zip(metrics.managers, teams) {
            #expect(
                team.metrics.map { "\($0)" } == (team.trained >= config.minGroupSize ? "\(expected)" : nil),
                "seed \(seed)")
        }
        let cohortOf = Dictionary(loaded.roster.map { ($0.key, $0.cohort) }, uniquingKeysWith: { a, _ in a })
        let stories = loaded.responses.filter { $0.storyConsent == true }
            .sorted {
                ($0.checkpoint, $0.submittedAt, $0.participant) < ($1.checkpoint, $1.submittedAt, $1.participant)
            }
            .compactMap { r in
                r.story.map(\.trimmedForDisplay).flatMap {
                    $0.isEmpty ? nil : Story(text: $0, checkpoint: r.checkpoint, cohort: cohortOf[r.participant] ?? "")
                }
            }
        #expect(metrics.stories == stories, "seed \(seed)")
        let subset = loaded.roster.filter { $0.key.hasSuffix("1") } + [Participant(key: "q1"), Participant(key: "q2")]
        #expect(
            "\(MetricsCalculator.metrics(of: subset, in: loaded, config: config))" == "\(reference.measure(subset))",
            "seed \(seed)")
    }
}
