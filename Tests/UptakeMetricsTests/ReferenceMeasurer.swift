import UptakeModel

@testable import UptakeMetrics

// The measurer, behavior measurer and secondary suppression as they were before the answer
// table replaced them: a direct reading of PRODUCT.md §2 over `Response` dictionaries and key
// paths, kept as the reference the table's figures are checked against.

struct ReferenceMeasurer {
    var program: Program
    var asked: [Int: AskedFields]
    var responses: [Int: [String: Response]]
    var observations: [Int: [String: Observation]]
    var hasSatisfaction: Bool
    var hasFirstStepScheduled: Bool
    var minGroup: Int
    var minGroupText: Int
    init(_ loaded: LoadedProgram, config: SiteConfig) {
        program = loaded.program
        asked = loaded.asked
        responses = Dictionary(grouping: loaded.responses, by: \.checkpoint)
            .mapValues { Dictionary($0.map { ($0.participant, $0) }, uniquingKeysWith: { a, _ in a }) }
        observations = Dictionary(grouping: loaded.observations, by: \.checkpoint)
            .mapValues { Dictionary($0.map { ($0.participant, $0) }, uniquingKeysWith: { a, _ in a }) }
        hasSatisfaction = loaded.rosterHasSatisfaction
        hasFirstStepScheduled = loaded.rosterHasFirstStepScheduled
        minGroup = config.minGroupSize
        minGroupText = config.minGroupSizeText
    }
    func measure(_ roster: [Participant]) -> GroupMetrics {
        let trained = roster.filter(\.completed)
        let keys = Set(trained.map(\.key))
        let rated = trained.compactMap(\.satisfaction)
        // PRODUCT.md §2: satisfaction_favorable_rate = ratings 4–5 / trained who rated.
        let satisfaction =
            hasSatisfaction
            ? Figure.rate(rated.count { $0 >= 4 }, over: rated.count, minGroup: minGroup) : .notApplicable
        // PRODUCT.md §2: first_step_scheduled_rate = scheduled / all trained.
        let scheduled =
            hasFirstStepScheduled
            ? Figure.rate(trained.count { $0.firstStepScheduled == true }, over: trained.count, minGroup: minGroup)
            : .notApplicable
        var previous: [String: Response] = [:]
        var checkpoints: [CheckpointMetrics] = []
        for (index, day) in program.checkpoints.enumerated() {
            let here = Self.pick(keys, from: responses[day])
            let seen = Self.pick(keys, from: observations[day])
            checkpoints.append(
                measureCheckpoint(
                    day: day, responses: here, observations: seen, trained: trained.count,
                    previous: index == 0 ? nil : (previous, program.checkpoints[index - 1])))
            previous = here
        }
        var group = GroupMetrics(
            enrolled: roster.count, trained: trained.count,
            completionRate: .rate(trained.count, over: roster.count, minGroup: minGroup),
            satisfactionFavorableRate: satisfaction, firstStepScheduledRate: scheduled,
            intentionGapPoints: .notApplicable, gap: Gap(), checkpoints: checkpoints)
        group.deriveHeadlines()
        return group
    }
    static func pick<Row>(_ keys: Set<String>, from rows: [String: Row]?) -> [String: Row] {
        guard let rows else { return [:] }
        var picked: [String: Row] = [:]
        picked.reserveCapacity(min(keys.count, rows.count))
        for key in keys { if let row = rows[key] { picked[key] = row } }
        return picked
    }
    func measureCheckpoint(
        day: Int, responses: [String: Response], observations: [String: Observation], trained: Int,
        previous: ([String: Response], Int)?
    ) -> CheckpointMetrics {
        let asked = self.asked[day] ?? AskedFields()
        let rows = responses.values.sorted { $0.participant < $1.participant }
        let askedApplied = program.behaviors.contains { asked.selfReport.contains("applied.\($0.id)") }
        let withApplied = rows.filter { !$0.applied.isEmpty }
        // PRODUCT.md §2: any_behavior_adoption_rate over respondents with at least one applied.* answer.
        let anyRate =
            askedApplied
            ? Figure.rate(
                withApplied.count { $0.applied.values.contains(true) }, over: withApplied.count, minGroup: minGroup)
            : .notApplicable
        let firstStep = yesRate(rows, asked: asked.selfReport.contains("first_step_done"), \.firstStepDone)
        let behaviors = program.behaviors.map { behavior in
            ReferenceBehaviorMeasurer(
                behavior: behavior, rows: rows, observations: observations, trained: trained, asked: asked,
                previous: previous.map { ($0.0, self.asked[$0.1] ?? AskedFields()) }, minGroup: minGroup
            ).measure()
        }
        let askedFrequency = program.behaviors.contains { asked.selfReport.contains("frequency.\($0.id)") }
        let habitAnswers = rows.filter { !$0.frequency.isEmpty }
        let targets = Dictionary(uniqueKeysWithValues: program.behaviors.map { ($0.id, $0.targetFrequency) })
        let anyHabit =
            askedFrequency
            ? Figure.rate(
                habitAnswers.count { row in
                    row.frequency.contains { id, level in targets[id].map { level >= $0 } ?? false }
                },
                over: habitAnswers.count, minGroup: minGroup) : .notApplicable
        let (obstacles, answered) = measureObstacles(rows, asked: asked.selfReport.contains("obstacles"))
        let texts = rows.compactMap { $0.obstacleText?.trimmedForDisplay }.filter { !$0.isEmpty }
        return CheckpointMetrics(
            day: day, respondents: rows.count,
            responseRate: trained > 0
                ? .shown(Double(rows.count) / Double(trained), denominator: trained) : .notApplicable,
            anyBehaviorAdoptionRate: anyRate, firstStepRate: firstStep, anyHabitRate: anyHabit, behaviors: behaviors,
            obstacles: obstacles, obstaclesAnswered: answered,
            obstacleTexts: rows.count >= minGroupText ? texts : [])
    }
    func yesRate(_ rows: [Response], asked: Bool, _ field: KeyPath<Response, Bool?>) -> Figure {
        guard asked else { return .notApplicable }
        let answers = rows.compactMap { $0[keyPath: field] }
        return .rate(answers.count { $0 }, over: answers.count, minGroup: minGroup)
    }
    func measureObstacles(_ rows: [Response], asked: Bool) -> ([ObstacleMetric], Figure) {
        let answering = rows.compactMap(\.obstacles).filter { !$0.isEmpty }
        let denominator: Figure = asked ? .rate(0, over: answering.count, minGroup: minGroup) : .notApplicable
        let metrics = ObstacleCategory.allCases.map { category -> ObstacleMetric in
            guard asked else { return ObstacleMetric(category: category, count: nil, rate: .notApplicable) }
            let count = answering.count { $0.contains(category) }
            let rate = Figure.rate(count, over: answering.count, minGroup: minGroup)
            return ObstacleMetric(category: category, count: rate.isShown ? count : nil, rate: rate)
        }
        return (metrics.sortedForReport, denominator)
    }
}

struct ReferenceBehaviorMeasurer {
    var behavior: Behavior
    var rows: [Response]
    var observations: [String: Observation]
    var trained: Int
    var asked: AskedFields
    var previous: ([String: Response], AskedFields)?
    var minGroup: Int

    var id: String { behavior.id }

    func measure() -> BehaviorMetrics {
        guard asked.selfReport.contains("applied.\(id)") else { return .notAsked(id) }
        let answers = rows.compactMap { $0.applied[id] }
        let adopted = answers.count { $0 }
        // PRODUCT.md §2: adoption_rate = adopted / answered, with the Wilson 95% interval.
        let adoption = Figure.rate(adopted, over: answers.count, minGroup: minGroup)
        let interval = Wilson.interval(successes: adopted, trials: answers.count)
        let habit = habitRate()
        var metrics = BehaviorMetrics(
            id: id, answered: answers.count, adopted: adopted, adoptionRate: adoption,
            ciLow: interval?.low, ciHigh: interval?.high,
            // PRODUCT.md §2: conservative_rate = adopted / trained.
            conservativeRate: .rate(adopted, over: trained, minGroup: minGroup),
            habitRate: habit, frequency: nil, persistenceRate: persistenceRate(),
            managerLift: lift(asked: asked.selfReport.contains("manager_discussed"), \.managerDiscussed),
            peerLift: lift(asked: asked.selfReport.contains("peer_checkin"), \.peerCheckin),
            observedRate: .notApplicable, agreementRate: .notApplicable, selfReportInflationPoints: .notApplicable)
        if habit.isShown { metrics.frequency = frequencyCounts() }
        measureObservations(into: &metrics)
        // PRODUCT.md §2: when adoption is suppressed the whole behavior is withheld; its other
        // figures count as suppressed too (not "not applicable") for secondary suppression.
        if !adoption.isShown { metrics.withholdAll() }
        return metrics
    }
    func habitRate() -> Figure {
        guard asked.selfReport.contains("frequency.\(id)") else { return .notApplicable }
        let levels = rows.compactMap { $0.frequency[id] }
        return .rate(levels.count { $0 >= behavior.targetFrequency }, over: levels.count, minGroup: minGroup)
    }
    func frequencyCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: Frequency.allCases.count)
        for row in rows { if let level = row.frequency[id] { counts[level.rank] += 1 } }
        return counts
    }
    func persistenceRate() -> Figure {
        guard let (before, askedBefore) = previous, askedBefore.selfReport.contains("applied.\(id)") else {
            return .notApplicable
        }
        let stayed = rows.filter { before[$0.participant]?.applied[id] == true }.compactMap { $0.applied[id] }
        return .rate(stayed.count { $0 }, over: stayed.count, minGroup: minGroup)
    }
    func lift(asked fieldAsked: Bool, _ field: KeyPath<Response, Bool?>) -> Lift {
        guard fieldAsked else { return .notApplicable }
        var yes = (n: 0, adopted: 0)
        var no = (n: 0, adopted: 0)
        for row in rows {
            guard let applied = row.applied[id], let group = row[keyPath: field] else { continue }
            if group {
                yes.n += 1
                if applied { yes.adopted += 1 }
            } else {
                no.n += 1
                if applied { no.adopted += 1 }
            }
        }
        let with = Figure.rate(yes.adopted, over: yes.n, minGroup: minGroup)
        let without = Figure.rate(no.adopted, over: no.n, minGroup: minGroup)
        let points = Figure.points(with, minus: without)
        guard points.isShown else { return Lift(points: points) }
        return Lift(
            points: points, withRate: with.value, withoutRate: without.value, withCount: yes.n, withoutCount: no.n)
    }
    func measureObservations(into metrics: inout BehaviorMetrics) {
        guard asked.observation.contains("observed.\(id)") else { return }
        let observed = observations.values.compactMap { $0.observed[id] }
        metrics.observedRate = .rate(observed.count { $0 }, over: observed.count, minGroup: minGroup)
        var pairs = 0
        var agree = 0
        var selfYes = 0
        var observedYes = 0
        for row in rows {
            guard let mine = row.applied[id], let theirs = observations[row.participant]?.observed[id] else { continue }
            pairs += 1
            if mine == theirs { agree += 1 }
            if mine { selfYes += 1 }
            if theirs { observedYes += 1 }
        }
        metrics.agreementRate = .rate(agree, over: pairs, minGroup: minGroup)
        let selfRate = Figure.rate(selfYes, over: pairs, minGroup: minGroup)
        let observedRate = Figure.rate(observedYes, over: pairs, minGroup: minGroup)
        metrics.selfReportInflationPoints = .points(selfRate, minus: observedRate)
    }
}

enum ReferenceSuppression {
    static func apply(to cells: inout [GroupMetrics], total: GroupMetrics) {
        guard cells.count > 1 else { return }
        let totalFigures = Dictionary(
            total.referenceFigures.map { ($0.key, total[keyPath: $0.path]) }, uniquingKeysWith: { a, _ in a })
        var changed = true
        while changed {
            changed = false
            for (key, path) in cells[0].referenceFigures {
                guard totalFigures[key]?.isShown == true else { continue }
                let figures = cells.map { $0[keyPath: path] }
                guard figures.count(where: \.isSuppressed) == 1 else { continue }
                let candidates = figures.indices.filter { figures[$0].isShown }
                guard let smallest = candidates.min(by: { figures[$0].denominator < figures[$1].denominator })
                else { continue }
                cells[smallest][keyPath: path].suppress()
                cells[smallest].normalizeAfterSuppression()
                changed = true
            }
        }
        for index in cells.indices { cells[index].deriveHeadlines() }
    }
}

extension GroupMetrics {
    var referenceFigures: [(key: String, path: WritableKeyPath<GroupMetrics, Figure>)] {
        var figures: [(String, WritableKeyPath<GroupMetrics, Figure>)] = [
            ("completion", \.completionRate), ("satisfaction", \.satisfactionFavorableRate),
            ("scheduled", \.firstStepScheduledRate),
        ]
        for (c, checkpoint) in checkpoints.enumerated() {
            figures.append(("\(c).any", \.checkpoints[c].anyBehaviorAdoptionRate))
            figures.append(("\(c).firstStep", \.checkpoints[c].firstStepRate))
            figures.append(("\(c).anyHabit", \.checkpoints[c].anyHabitRate))
            figures.append(("\(c).obstacles", \.checkpoints[c].obstaclesAnswered))
            for (b, _) in checkpoint.behaviors.enumerated() {
                let base: WritableKeyPath<GroupMetrics, BehaviorMetrics> = \.checkpoints[c].behaviors[b]
                figures.append(("\(c).\(b).adoption", base.appending(path: \.adoptionRate)))
                figures.append(("\(c).\(b).conservative", base.appending(path: \.conservativeRate)))
                figures.append(("\(c).\(b).habit", base.appending(path: \.habitRate)))
                figures.append(("\(c).\(b).persistence", base.appending(path: \.persistenceRate)))
                figures.append(("\(c).\(b).managerLift", base.appending(path: \.managerLift.points)))
                figures.append(("\(c).\(b).peerLift", base.appending(path: \.peerLift.points)))
                figures.append(("\(c).\(b).observed", base.appending(path: \.observedRate)))
                figures.append(("\(c).\(b).agreement", base.appending(path: \.agreementRate)))
                figures.append(("\(c).\(b).inflation", base.appending(path: \.selfReportInflationPoints)))
            }
        }
        return figures
    }
}
