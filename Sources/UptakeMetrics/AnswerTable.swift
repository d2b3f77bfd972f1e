import UptakeModel

/// A loaded program's settled responses and observations as flat arrays of one-byte codes,
/// built once per program and shared by every group measured: the program, its cohorts and
/// each manager's team.
///
/// Why: measuring a group used to pick `Response` values out of per-checkpoint dictionaries
/// keyed by participant, copy and sort them, and look answers up by behavior id, for each of a
/// program's 160 teams; that was most of the measure stage. Here a group is a list of person
/// numbers and its figures are counts over array slots (`GroupTally`).
struct AnswerTable: Sendable {
    /// Per-response facts that do not depend on a behavior index.
    struct Flags: OptionSet, Sendable {
        var rawValue: UInt8
        /// At least one `applied` answer (for any behavior id).
        static let answeredApplied = Flags(rawValue: 1)
        /// At least one `applied` yes.
        static let appliedAny = Flags(rawValue: 2)
        /// At least one `frequency` answer.
        static let answeredFrequency = Flags(rawValue: 4)
        /// A frequency at or above its behavior's target, for at least one program behavior.
        static let habitAny = Flags(rawValue: 8)
    }

    let behaviorCount: Int
    let checkpointCount: Int
    /// Distinct participant keys: the roster's, then any other that responded or was observed.
    let personCount: Int
    /// Per roster row, its person (rows repeating a key share one).
    let personOfRow: [Int32]
    /// The person of each key.
    let personOfKey: [String: Int32]
    /// Per person, the place of its key in sorted order (obstacle texts are listed by participant).
    let rankOfPerson: [Int32]
    /// `responseAt[c * personCount + p]`: the response of person `p` at checkpoint index `c`, or -1.
    let responseAt: [Int32]
    /// Likewise for observations.
    let observationAt: [Int32]
    /// `applied[r * behaviorCount + b]`: 0 unanswered, 1 no, 2 yes.
    let applied: [UInt8]
    /// `frequency[r * behaviorCount + b]`: 0 unanswered, else rank + 1.
    let frequency: [UInt8]
    /// Per response.
    let flags: [Flags]
    /// Per response: `first_step_done`, `manager_discussed`, `peer_checkin` (0 unanswered, 1 no, 2 yes).
    let firstStepDone: [UInt8]
    let managerDiscussed: [UInt8]
    let peerCheckin: [UInt8]
    /// Per response: `ObstacleSet` bits, 0 when no choice was given.
    let obstacles: [UInt8]
    /// `observed[o * behaviorCount + b]`: 0 unanswered, 1 no, 2 yes.
    let observed: [UInt8]
    /// The responses themselves, for their free text.
    let responses: [Response]
    /// Per behavior, the frequency code from which a level counts as a habit (target rank + 1).
    let habitCodes: [UInt8]

    init(_ loaded: LoadedProgram) {
        let program = loaded.program
        let behaviors = program.behaviors
        let ids = behaviors.map(\.id)
        behaviorCount = behaviors.count
        checkpointCount = program.checkpoints.count
        responses = loaded.responses
        var persons: [String: Int32] = [:]
        persons.reserveCapacity(loaded.roster.count)
        var keys: [String] = []
        func person(_ key: String) -> Int32 {
            if let known = persons[key] { return known }
            let new = Int32(truncatingIfNeeded: keys.count)
            persons[key] = new
            keys.append(key)
            return new
        }
        // Index loops that read one field: mapping over the arrays copied every value.
        let (roster, responses, observations) = (loaded.roster, loaded.responses, loaded.observations)
        personOfRow = roster.indices.map { person(roster[$0].key) }
        let responsePersons = responses.indices.map { person(responses[$0].participant) }
        let observationPersons = observations.indices.map { person(observations[$0].participant) }
        personOfKey = persons
        personCount = keys.count
        var rank = [Int32](repeating: 0, count: keys.count)
        for (place, index) in keys.indices.sorted(by: { keys[$0] < keys[$1] }).enumerated() {
            rank[index] = Int32(truncatingIfNeeded: place)
        }
        rankOfPerson = rank
        // A response counts at every checkpoint index of its day; the first per person wins.
        var indicesOfDay: [Int: [Int]] = [:]
        for (index, day) in program.checkpoints.enumerated() { indicesOfDay[day, default: []].append(index) }
        responseAt = Self.slots(
            days: responses.indices.map { responses[$0].checkpoint }, persons: responsePersons,
            indicesOfDay: indicesOfDay, personCount: personCount, checkpointCount: checkpointCount)
        observationAt = Self.slots(
            days: observations.indices.map { observations[$0].checkpoint }, persons: observationPersons,
            indicesOfDay: indicesOfDay, personCount: personCount, checkpointCount: checkpointCount)
        var codes = ResponseCodes(count: responses.count, behaviors: behaviors)
        for index in responses.indices { codes.append(responses, index, ids: ids) }
        applied = codes.applied
        frequency = codes.frequency
        flags = codes.flags
        firstStepDone = codes.firstStepDone
        managerDiscussed = codes.managerDiscussed
        peerCheckin = codes.peerCheckin
        obstacles = codes.obstacles
        habitCodes = codes.habitCodes
        observed = observations.indices.flatMap { index in
            ids.map { observations[index].observed[$0].map { $0 ? 2 : 1 } ?? 0 }
        }
    }

    /// Per checkpoint index and person, the first row of that person on that checkpoint's day.
    private static func slots(
        days: [Int], persons: [Int32], indicesOfDay: [Int: [Int]], personCount: Int, checkpointCount: Int
    ) -> [Int32] {
        var slots = [Int32](repeating: -1, count: personCount * checkpointCount)
        for (row, day) in days.enumerated() {
            guard let indices = indicesOfDay[day] else { continue }
            for index in indices where slots[index * personCount + Int(persons[row])] < 0 {
                slots[index * personCount + Int(persons[row])] = Int32(truncatingIfNeeded: row)
            }
        }
        return slots
    }

    /// The response of `person` at checkpoint index `checkpoint`, or -1.
    @inline(__always)
    func response(_ checkpoint: Int, _ person: Int32) -> Int {
        Int(responseAt[checkpoint * personCount + Int(person)])
    }

    /// The frequency code from which behavior `b` counts as a habit.
    @inline(__always)
    func habitCode(_ b: Int) -> UInt8 { habitCodes[b] }

    /// The observation of `person` at checkpoint index `checkpoint`, or -1.
    @inline(__always)
    func observation(_ checkpoint: Int, _ person: Int32) -> Int {
        Int(observationAt[checkpoint * personCount + Int(person)])
    }
}

/// The codes of `AnswerTable`, filled one response at a time.
private struct ResponseCodes {
    var applied: [UInt8] = []
    var frequency: [UInt8] = []
    var flags: [AnswerTable.Flags] = []
    var firstStepDone: [UInt8] = []
    var managerDiscussed: [UInt8] = []
    var peerCheckin: [UInt8] = []
    var obstacles: [UInt8] = []
    /// Per behavior, the frequency code from which a level counts as a habit.
    let habitCodes: [UInt8]
    /// The last ids array found equal to the program's.
    private var matchingIDs: [String] = []

    init(count: Int, behaviors: [Behavior]) {
        habitCodes = behaviors.map { UInt8($0.targetFrequency.rank + 1) }
        applied.reserveCapacity(count * behaviors.count)
        frequency.reserveCapacity(count * behaviors.count)
        flags.reserveCapacity(count)
        firstStepDone.reserveCapacity(count)
        managerDiscussed.reserveCapacity(count)
        peerCheckin.reserveCapacity(count)
        obstacles.reserveCapacity(count)
    }

    static func code(_ value: Bool?) -> UInt8 { value.map { $0 ? 2 : 1 } ?? 0 }

    mutating func append(_ responses: [Response], _ index: Int, ids: [String]) {
        let answers = responses[index].answers
        // The loader gives every response of an export one array of the program's ids: compared
        // with the last array that matched, it is the same array, which compares in O(1).
        // Hand-built responses are matched by id.
        let sameSlots = answers.ids == matchingIDs || answers.ids == ids
        if sameSlots { matchingIDs = answers.ids }
        var flags: AnswerTable.Flags = []
        for b in ids.indices {
            let slot = sameSlots ? b : answers.slot(of: ids[b])
            let appliedCode = slot.map(answers.appliedCode) ?? 0
            let frequencyCode = slot.map(answers.frequencyCode) ?? 0
            applied.append(appliedCode)
            frequency.append(frequencyCode)
            if frequencyCode != 0, frequencyCode >= habitCodes[b] { flags.insert(.habitAny) }
        }
        // Any behavior id counts here, as `applied.isEmpty` and `frequency.isEmpty` did.
        for slot in answers.ids.indices {
            let appliedCode = answers.appliedCode(slot)
            if appliedCode != 0 { flags.insert(.answeredApplied) }
            if appliedCode == 2 { flags.insert(.appliedAny) }
            if answers.frequencyCode(slot) != 0 { flags.insert(.answeredFrequency) }
        }
        self.flags.append(flags)
        firstStepDone.append(Self.code(responses[index].firstStepDone))
        managerDiscussed.append(Self.code(responses[index].managerDiscussed))
        peerCheckin.append(Self.code(responses[index].peerCheckin))
        obstacles.append(responses[index].obstacleSet?.rawValue ?? 0)
    }
}
