import UptakeModel

/// Computes PRODUCT.md §2 for one group of roster rows, with primary suppression.
///
/// The inputs are already settled by the loader: `responses` holds the latest self-report per
/// trained participant and checkpoint, `observations` the latest observation likewise.
package struct GroupMeasurer: Sendable {
    /// The program measured.
    package var program: Program
    /// Fields each checkpoint's exports asked.
    package var asked: [Int: AskedFields]
    /// Responses per checkpoint, keyed by participant.
    package var responses: [Int: [String: Response]]
    /// Observations per checkpoint, keyed by participant.
    package var observations: [Int: [String: Observation]]
    /// Roster has a satisfaction column.
    package var hasSatisfaction: Bool
    /// Roster has a first_step_scheduled column.
    package var hasFirstStepScheduled: Bool
    /// `min_group_size`.
    package var minGroup: Int
    /// `min_group_size_text`.
    package var minGroupText: Int

    /// A measurer over a loaded program.
    package init(_ loaded: LoadedProgram, config: SiteConfig) {
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

    /// The figures of a group of roster rows.
    package func measure(_ roster: [Participant]) -> GroupMetrics {
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

    /// The rows of `keys`, looked up one by one: a team of ten costs ten lookups, not a scan
    /// of the whole program (the scan dominated the enterprise benchmark).
    static func pick<Row>(_ keys: Set<String>, from rows: [String: Row]?) -> [String: Row] {
        guard let rows else { return [:] }
        var picked: [String: Row] = [:]
        picked.reserveCapacity(min(keys.count, rows.count))
        for key in keys { if let row = rows[key] { picked[key] = row } }
        return picked
    }

    /// Figures at one checkpoint for the group's responses there.
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
            ? Figure.rate(withApplied.count { $0.applied.values.contains(true) }, over: withApplied.count, minGroup: minGroup)
            : .notApplicable
        let firstStep = yesRate(rows, asked: asked.selfReport.contains("first_step_done"), \.firstStepDone)
        let behaviors = program.behaviors.map { behavior in
            BehaviorMeasurer(
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
                habitAnswers.count { row in row.frequency.contains { id, level in targets[id].map { level >= $0 } ?? false } },
                over: habitAnswers.count, minGroup: minGroup) : .notApplicable
        let (obstacles, answered) = measureObstacles(rows, asked: asked.selfReport.contains("obstacles"))
        let texts = rows.compactMap { $0.obstacleText?.trimmedForDisplay }.filter { !$0.isEmpty }
        return CheckpointMetrics(
            day: day, respondents: rows.count,
            responseRate: trained > 0 ? .shown(Double(rows.count) / Double(trained), denominator: trained) : .notApplicable,
            anyBehaviorAdoptionRate: anyRate, firstStepRate: firstStep, anyHabitRate: anyHabit, behaviors: behaviors,
            obstacles: obstacles, obstaclesAnswered: answered,
            obstacleTexts: rows.count >= minGroupText ? texts : [])
    }

    /// Yes over those who answered a yes/no field.
    func yesRate(_ rows: [Response], asked: Bool, _ field: KeyPath<Response, Bool?>) -> Figure {
        guard asked else { return .notApplicable }
        let answers = rows.compactMap { $0[keyPath: field] }
        return .rate(answers.count { $0 }, over: answers.count, minGroup: minGroup)
    }

    /// PRODUCT.md §2 obstacles: per category, respondents citing it over respondents who gave a choice.
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

extension [ObstacleMetric] {
    /// PRODUCT.md §2: by count descending, then category name.
    package var sortedForReport: [ObstacleMetric] {
        sorted { a, b in
            let ca = a.count ?? -1, cb = b.count ?? -1
            return ca != cb ? ca > cb : a.category.rawValue < b.category.rawValue
        }
    }
}
