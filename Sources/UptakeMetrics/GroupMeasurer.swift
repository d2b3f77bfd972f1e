import UptakeModel

/// Computes PRODUCT.md §2 for one group of roster rows, with primary suppression.
///
/// The inputs are already settled by the loader: the responses hold the latest self-report per
/// trained participant and checkpoint, the observations the latest observation likewise. They
/// are laid out once in an `AnswerTable`; each group is then counted over its members' slots.
package struct GroupMeasurer: Sendable {
    /// The program measured.
    package let program: Program
    /// Fields each checkpoint's exports asked.
    package let asked: [Int: AskedFields]
    /// Roster has a satisfaction column.
    package let hasSatisfaction: Bool
    /// Roster has a first_step_scheduled column.
    package let hasFirstStepScheduled: Bool
    /// `min_group_size`.
    package let minGroup: Int
    /// `min_group_size_text`.
    package let minGroupText: Int
    /// The program's roster, for groups given as row numbers.
    let roster: [Participant]
    /// The answers, by person and checkpoint.
    let table: AnswerTable
    /// What each checkpoint (by index) asked.
    let askedAt: [AskedFlags]

    /// A measurer over a loaded program.
    package init(_ loaded: LoadedProgram, config: SiteConfig) {
        program = loaded.program
        asked = loaded.asked
        hasSatisfaction = loaded.rosterHasSatisfaction
        hasFirstStepScheduled = loaded.rosterHasFirstStepScheduled
        minGroup = config.minGroupSize
        minGroupText = config.minGroupSizeText
        roster = loaded.roster
        table = AnswerTable(loaded)
        askedAt = loaded.program.checkpoints.map { [asked = loaded.asked, program = loaded.program] day in
            AskedFlags(asked[day] ?? AskedFields(), behaviors: program.behaviors)
        }
    }

    /// The figures of a group of roster rows (any participants, on the roster or not).
    package func measure(_ roster: [Participant]) -> GroupMetrics {
        var members = Members()
        let persons = table.personOfKey()
        for index in roster.indices { members.add(roster, index, person: persons[roster[index].key]) }
        return measure(members)
    }

    /// The figures of the roster rows at `rows` (indices into the program's roster).
    func measure(rows: [Int]) -> GroupMetrics {
        var members = Members()
        for row in rows { members.add(roster, row, person: table.personOfRow[row]) }
        return measure(members)
    }

    /// The figures of a group, from what its roster rows say and who they are in the table.
    private func measure(_ members: Members) -> GroupMetrics {
        let (enrolled, trained, rated, favorable, scheduled) =
            (members.enrolled, members.trained, members.rated, members.favorable, members.scheduled)
        let people = members.people
        // PRODUCT.md §2: satisfaction_favorable_rate = ratings 4–5 / trained who rated.
        let satisfaction = hasSatisfaction ? Figure.rate(favorable, over: rated, minGroup: minGroup) : .notApplicable
        // PRODUCT.md §2: first_step_scheduled_rate = scheduled / all trained.
        let scheduledRate =
            hasFirstStepScheduled ? Figure.rate(scheduled, over: trained, minGroup: minGroup) : .notApplicable
        let checkpoints = program.checkpoints.indices.map { index in
            measureCheckpoint(index, people: people, trained: trained)
        }
        var group = GroupMetrics(
            enrolled: enrolled, trained: trained,
            completionRate: .rate(trained, over: enrolled, minGroup: minGroup),
            satisfactionFavorableRate: satisfaction, firstStepScheduledRate: scheduledRate,
            intentionGapPoints: .notApplicable, gap: Gap(), checkpoints: checkpoints)
        group.deriveHeadlines()
        return group
    }

    /// Figures at checkpoint index `index` for the group's `people`.
    func measureCheckpoint(_ index: Int, people: [Int32], trained: Int) -> CheckpointMetrics {
        let asked = askedAt[index]
        let tally = GroupTally(table: table, checkpoint: index, people: people)
        // PRODUCT.md §2: any_behavior_adoption_rate over respondents with at least one applied.* answer.
        let anyRate =
            asked.anyApplied
            ? Figure.rate(tally.appliedAny, over: tally.answeredApplied, minGroup: minGroup) : .notApplicable
        let firstStep =
            asked.firstStepDone
            ? Figure.rate(tally.firstStep.yes, over: tally.firstStep.answered, minGroup: minGroup) : .notApplicable
        let previous = index > 0 ? askedAt[index - 1] : nil
        let behaviors = program.behaviors.indices.map { b in
            behaviorMetrics(b, tally: tally, trained: trained, asked: asked, previous: previous)
        }
        let anyHabit =
            asked.anyFrequency
            ? Figure.rate(tally.habitAny, over: tally.answeredFrequency, minGroup: minGroup) : .notApplicable
        let (obstacles, answered) = measureObstacles(tally, asked: asked.obstacles)
        return CheckpointMetrics(
            day: program.checkpoints[index], respondents: tally.respondents,
            responseRate: trained > 0
                ? .shown(Double(tally.respondents) / Double(trained), denominator: trained) : .notApplicable,
            anyBehaviorAdoptionRate: anyRate, firstStepRate: firstStep, anyHabitRate: anyHabit, behaviors: behaviors,
            obstacles: obstacles, obstaclesAnswered: answered,
            obstacleTexts: tally.respondents >= minGroupText ? obstacleTexts(index, people: people) : [])
    }

    /// PRODUCT.md §2 obstacles: per category, respondents citing it over respondents who gave a choice.
    func measureObstacles(_ tally: GroupTally, asked: Bool) -> ([ObstacleMetric], Figure) {
        let denominator: Figure = asked ? .rate(0, over: tally.obstaclesAnswered, minGroup: minGroup) : .notApplicable
        let metrics = ObstacleCategory.allCases.map { category -> ObstacleMetric in
            guard asked else { return ObstacleMetric(category: category, count: nil, rate: .notApplicable) }
            let count = tally.obstacleCount(category)
            let rate = Figure.rate(count, over: tally.obstaclesAnswered, minGroup: minGroup)
            return ObstacleMetric(category: category, count: rate.isShown ? count : nil, rate: rate)
        }
        return (metrics.sortedForReport, denominator)
    }

    /// The group's `obstacle_text` answers at checkpoint index `index`, trimmed, by participant key.
    func obstacleTexts(_ index: Int, people: [Int32]) -> [String] {
        var texts: [(person: Int32, text: String)] = []
        for person in people {
            let row = table.response(index, person)
            guard row >= 0, let text = table.responses[row].obstacleText?.trimmedForDisplay, !text.isEmpty else {
                continue
            }
            texts.append((person, text))
        }
        // Distinct people have distinct keys, so the order is total.
        return texts.sorted { table.keyOfPerson[Int($0.person)] < table.keyOfPerson[Int($1.person)] }.map(\.text)
    }
}

/// A group's roster rows, counted; the trained ones' people in the table, each once.
private struct Members {
    var enrolled = 0, trained = 0, rated = 0, favorable = 0, scheduled = 0
    private var trainedPeople: [Int32] = []

    /// Counts `roster[row]`, whose person is `person`. (Its fields are read in place: passing
    /// the `Participant` copied its ten Strings.)
    mutating func add(_ roster: [Participant], _ row: Int, person: Int32?) {
        enrolled += 1
        guard roster[row].completed else { return }
        trained += 1
        if let rating = roster[row].satisfaction {
            rated += 1
            if rating >= 4 { favorable += 1 }
        }
        if roster[row].firstStepScheduled == true { scheduled += 1 }
        if let person { trainedPeople.append(person) }
    }

    /// Each trained person once, as the set of keys it replaces; counts do not depend on order.
    var people: [Int32] {
        var people = trainedPeople.sorted()
        var unique = 0
        for index in people.indices where unique == 0 || people[unique - 1] != people[index] {
            people[unique] = people[index]
            unique += 1
        }
        people.removeLast(people.count - unique)
        return people
    }
}

extension [ObstacleMetric] {
    /// PRODUCT.md §2: by count descending, then category name.
    package var sortedForReport: [ObstacleMetric] {
        sorted { a, b in
            let ca = a.count ?? -1
            let cb = b.count ?? -1
            return ca != cb ? ca > cb : a.category.rawValue < b.category.rawValue
        }
    }
}
