import UptakeModel

/// What one checkpoint's exports asked, by behavior index: the `AskedFields` names looked up
/// once per program rather than once per group.
struct AskedFlags: Sendable {
    var applied: [Bool]
    var frequency: [Bool]
    var observed: [Bool]
    var firstStepDone: Bool
    var managerDiscussed: Bool
    var peerCheckin: Bool
    var obstacles: Bool

    init(_ asked: AskedFields, behaviors: [Behavior]) {
        applied = behaviors.map { asked.selfReport.contains("applied.\($0.id)") }
        frequency = behaviors.map { asked.selfReport.contains("frequency.\($0.id)") }
        observed = behaviors.map { asked.observation.contains("observed.\($0.id)") }
        firstStepDone = asked.selfReport.contains("first_step_done")
        managerDiscussed = asked.selfReport.contains("manager_discussed")
        peerCheckin = asked.selfReport.contains("peer_checkin")
        obstacles = asked.selfReport.contains("obstacles")
    }

    /// Some behavior's `applied` was asked.
    var anyApplied: Bool { applied.contains(true) }
    /// Some behavior's `frequency` was asked.
    var anyFrequency: Bool { frequency.contains(true) }
}

/// Yes answers among those who answered.
struct YesCount {
    var answered = 0
    var yes = 0

    mutating func add(_ code: UInt8, when included: Bool = true) {
        guard code != 0, included else { return }
        answered += 1
        if code == 2 { yes += 1 }
    }
}

/// The counts behind one behavior's figures at one checkpoint (PRODUCT.md §2).
struct BehaviorTally {
    /// `applied` answers and yeses: adoption.
    var adoption = YesCount()
    /// Frequency answers, and those at or above the target: habit.
    var habit = YesCount()
    /// Previous-checkpoint adopters answering now, and adopting now: persistence.
    var persistence = YesCount()
    /// Adoption among respondents with `manager_discussed` yes, and no.
    var managerYes = YesCount(), managerNo = YesCount()
    /// Adoption among respondents with `peer_checkin` yes, and no.
    var peerYes = YesCount(), peerNo = YesCount()
    /// Observations answered, and yes.
    var observed = YesCount()
    /// Matched (participant, behavior) pairs, those agreeing, self-report yes and observed yes.
    var pairs = 0, agree = 0, selfYes = 0, observedYes = 0
}

/// One pass over a group's people at one checkpoint, counting everything its figures need.
struct GroupTally {
    var respondents = 0
    /// Respondents with an `applied` answer, and with a yes.
    var answeredApplied = 0, appliedAny = 0
    /// Respondents with a frequency answer, and with one at or above target.
    var answeredFrequency = 0, habitAny = 0
    var firstStep = YesCount()
    /// Respondents who gave an obstacle choice, and per `ObstacleSet` bit those citing it.
    var obstaclesAnswered = 0
    var obstacleBits = [Int](repeating: 0, count: 8)
    var behaviors: [BehaviorTally]
    /// `levels[b * 5 + rank]`: answers of behavior `b` at each frequency level, never … daily.
    var levels: [Int]

    init(table: AnswerTable, checkpoint c: Int, people: [Int32]) {
        let width = table.behaviorCount
        behaviors = Array(repeating: BehaviorTally(), count: width)
        levels = Array(repeating: 0, count: width * 5)
        for person in people {
            let r = table.response(c, person)
            let o = table.observation(c, person)
            if o >= 0 {
                for b in 0..<width { behaviors[b].observed.add(table.observed[o * width + b]) }
            }
            guard r >= 0 else { continue }
            respondents += 1
            let flags = table.flags[r]
            if flags.contains(.answeredApplied) { answeredApplied += 1 }
            if flags.contains(.appliedAny) { appliedAny += 1 }
            if flags.contains(.answeredFrequency) { answeredFrequency += 1 }
            if flags.contains(.habitAny) { habitAny += 1 }
            firstStep.add(table.firstStepDone[r])
            let obstacles = table.obstacles[r]
            if obstacles != 0 {
                obstaclesAnswered += 1
                for bit in 0..<8 where obstacles & (1 << bit) != 0 { obstacleBits[bit] += 1 }
            }
            let previous = c > 0 ? table.response(c - 1, person) : -1
            let manager = table.managerDiscussed[r]
            let peer = table.peerCheckin[r]
            for b in 0..<width {
                let applied = table.applied[r * width + b]
                let frequency = table.frequency[r * width + b]
                var tally = behaviors[b]
                tally.adoption.add(applied)
                if frequency != 0 {
                    levels[b * 5 + Int(frequency) - 1] += 1
                    tally.habit.add(table.habitCode(b) <= frequency ? 2 : 1)
                }
                if previous >= 0, table.applied[previous * width + b] == 2 { tally.persistence.add(applied) }
                tally.managerYes.add(applied, when: manager == 2)
                tally.managerNo.add(applied, when: manager == 1)
                tally.peerYes.add(applied, when: peer == 2)
                tally.peerNo.add(applied, when: peer == 1)
                let seen = o >= 0 ? table.observed[o * width + b] : 0
                if applied != 0, seen != 0 {
                    tally.pairs += 1
                    if applied == seen { tally.agree += 1 }
                    if applied == 2 { tally.selfYes += 1 }
                    if seen == 2 { tally.observedYes += 1 }
                }
                behaviors[b] = tally
            }
        }
    }

    /// Answers of behavior `b` per frequency level, never … daily.
    func levels(_ b: Int) -> [Int] { Array(levels[b * 5..<b * 5 + 5]) }

    /// Respondents citing `category`.
    func obstacleCount(_ category: ObstacleCategory) -> Int {
        obstacleBits[ObstacleSet(category).rawValue.trailingZeroBitCount]
    }
}
