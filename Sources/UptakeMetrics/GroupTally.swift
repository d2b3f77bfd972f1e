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

    /// Without branches: the codes of a group's answers come in no order a branch predictor
    /// could learn. (With this and the loop below, `GroupTally` went from 6.2% to 4% of
    /// `uptake metrics` on the enterprise benchmark; a loop over one behavior at a time, with
    /// its counts in locals, was slower than this one over people.)
    @inline(__always)
    mutating func add(_ code: UInt8, when included: Bool = true) {
        let counted = (code != 0 ? 1 : 0) & (included ? 1 : 0)
        answered &+= counted
        yes &+= counted & (code == 2 ? 1 : 0)
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
    var behaviors: [BehaviorTally] = []
    /// `levels[b * 5 + rank]`: answers of behavior `b` at each frequency level, never … daily.
    var levels: [Int] = []

    init(table: AnswerTable, checkpoint c: Int, people: [Int32]) {
        let width = table.behaviorCount
        var behaviors = Array(repeating: BehaviorTally(), count: width)
        var levels = Array(repeating: 0, count: width * 5)
        // Buffer pointers, and tallies updated in place: copying a `BehaviorTally` out of its
        // array and back for every member and behavior, with a bounds check per read, was much
        // of this loop's time. A member's slots (see `AnswerTable`) are read where they lie.
        behaviors.withUnsafeMutableBufferPointer { behaviors in
            levels.withUnsafeMutableBufferPointer { levels in
                table.facts.withUnsafeBufferPointer { facts in
                    table.codes.withUnsafeBufferPointer { codes in
                        table.habitCodes.withUnsafeBufferPointer { habitCodes in
                            for person in people {
                                count(
                                    slot: c * table.personCount + Int(person),
                                    previous: c > 0 ? (c - 1) * table.personCount + Int(person) : nil,
                                    facts, codes, habitCodes, behaviors, levels)
                            }
                        }
                    }
                }
            }
        }
        self.behaviors = behaviors
        self.levels = levels
    }

    /// Counts one member: the slot of the person at this checkpoint, and at the one before.
    @inline(__always)
    private mutating func count(
        slot: Int, previous: Int?, _ facts: UnsafeBufferPointer<AnswerTable.Facts>, _ codes: UnsafeBufferPointer<UInt8>,
        _ habitCodes: UnsafeBufferPointer<UInt8>, _ behaviors: UnsafeMutableBufferPointer<BehaviorTally>,
        _ levels: UnsafeMutableBufferPointer<Int>
    ) {
        let width = behaviors.count
        let fact = facts[slot]
        let row = slot * width
        guard fact.flags.contains(.responded) else {
            // Observed, without a self-report here.
            for b in 0..<width { behaviors[b].observed.add(AnswerTable.Code.observed(codes[row + b])) }
            return
        }
        respondents += 1
        if fact.flags.contains(.answeredApplied) { answeredApplied += 1 }
        if fact.flags.contains(.appliedAny) { appliedAny += 1 }
        if fact.flags.contains(.answeredFrequency) { answeredFrequency += 1 }
        if fact.flags.contains(.habitAny) { habitAny += 1 }
        firstStep.add(fact.firstStepDone)
        if fact.obstacles != 0 {
            obstaclesAnswered += 1
            for bit in 0..<8 where fact.obstacles & (1 << bit) != 0 { obstacleBits[bit] += 1 }
        }
        let (manager, peer) = (fact.managerDiscussed, fact.peerCheckin)
        for b in 0..<width {
            let code = codes[row + b]
            let applied = AnswerTable.Code.applied(code)
            let frequency = AnswerTable.Code.frequency(code)
            let seen = AnswerTable.Code.observed(code)
            behaviors[b].observed.add(seen)
            behaviors[b].adoption.add(applied)
            if frequency != 0 {
                levels[b * 5 + Int(frequency) - 1] += 1
                behaviors[b].habit.add(habitCodes[b] <= frequency ? 2 : 1)
            }
            if let previous, AnswerTable.Code.applied(codes[previous * width + b]) == 2 {
                behaviors[b].persistence.add(applied)
            }
            behaviors[b].managerYes.add(applied, when: manager == 2)
            behaviors[b].managerNo.add(applied, when: manager == 1)
            behaviors[b].peerYes.add(applied, when: peer == 2)
            behaviors[b].peerNo.add(applied, when: peer == 1)
            if applied != 0, seen != 0 {
                behaviors[b].pairs += 1
                if applied == seen { behaviors[b].agree += 1 }
                if applied == 2 { behaviors[b].selfYes += 1 }
                if seen == 2 { behaviors[b].observedYes += 1 }
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
