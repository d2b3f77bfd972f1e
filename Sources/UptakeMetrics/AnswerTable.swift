import UptakeModel

/// A loaded program's settled responses and observations as flat arrays of one-byte codes,
/// built once per program and shared by every group measured: the program, its cohorts and
/// each manager's team.
///
/// Why: measuring a group used to pick `Response` values out of per-checkpoint dictionaries
/// keyed by participant, copy and sort them, and look answers up by behavior id, for each of a
/// program's 160 teams; that was most of the measure stage. Here a group is a list of person
/// numbers and its figures are counts over array slots (`GroupTally`).
///
/// The codes are laid out by slot (person at checkpoint), not by response: a group's members
/// are read where they lie, rather than through their response numbers, which point all over
/// a table of a million rows (GroupTally took 6.2% of `uptake metrics` on the enterprise
/// benchmark, mostly waiting on those reads, before this layout and its buffer-pointer loop).
struct AnswerTable: Sendable {
    /// Per-slot facts that do not depend on a behavior index.
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
        /// The person responded at this checkpoint (the slot has a response).
        static let responded = Flags(rawValue: 16)
    }

    /// What a slot (person at checkpoint) holds besides per-behavior answers: five bytes read
    /// together, so that counting a group touches one place per member.
    struct Facts: Sendable {
        var flags: Flags = []
        /// `first_step_done`, `manager_discussed`, `peer_checkin` (0 unanswered, 1 no, 2 yes).
        var firstStepDone: UInt8 = 0
        var managerDiscussed: UInt8 = 0
        var peerCheckin: UInt8 = 0
        /// `ObstacleSet` bits, 0 when no choice was given.
        var obstacles: UInt8 = 0
    }

    /// One behavior's answers in a slot, in one byte: bits 0–1 applied (0 unanswered, 1 no,
    /// 2 yes), bits 2–4 frequency (0 unanswered, else rank + 1), bits 5–6 observed (as applied).
    enum Code {
        @inline(__always) static func applied(_ code: UInt8) -> UInt8 { code & 3 }
        @inline(__always) static func frequency(_ code: UInt8) -> UInt8 { code >> 2 & 7 }
        @inline(__always) static func observed(_ code: UInt8) -> UInt8 { code >> 5 & 3 }
    }

    let behaviorCount: Int
    let checkpointCount: Int
    /// Distinct participant keys: the roster's, then any other that responded or was observed.
    let personCount: Int
    /// Per roster row, its person (rows repeating a key share one).
    let personOfRow: [Int32]
    /// Per response, its person.
    let personOfResponse: [Int32]
    /// Per person, its key (obstacle texts are listed by participant). Compared only for the
    /// few people with a text: ranking every key up front, by sorting them all, was 1.3% of
    /// `uptake metrics` on the enterprise benchmark.
    let keyOfPerson: [String]
    /// `responseAt[c * personCount + p]`: the response of person `p` at checkpoint index `c`, or -1.
    let responseAt: [Int32]
    /// `facts[s]` of slot `s = c * personCount + p`: from the response at `responseAt[s]`.
    let facts: [Facts]
    /// `codes[s * behaviorCount + b]`: behavior `b`'s answers in slot `s` (see `Code`), from the
    /// slot's response and observation.
    let codes: [UInt8]
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
        let (roster, responses, observations) = (loaded.roster, loaded.responses, loaded.observations)
        let observationPersons: [Int32]
        if let numbers = loaded.persons {
            // The loader's numbers, which are those the dictionary below gives: numbering every
            // roster row and response by hashing its key was 3.4% of `uptake metrics` on the
            // enterprise benchmark (with `ResponseCodes.fill`'s fixes, this init went from 10.4%
            // to 2.6%).
            precondition(
                numbers.ofRow.count == roster.count && numbers.ofResponse.count == responses.count
                    && numbers.ofObservation.count == observations.count, "person numbers for other rows")
            personOfRow = numbers.ofRow
            personOfResponse = numbers.ofResponse
            observationPersons = numbers.ofObservation
            personCount = numbers.count
            var keys = [String](repeating: "", count: numbers.count)
            for row in roster.indices { keys[Int(numbers.ofRow[row])] = roster[row].key }
            keyOfPerson = keys
        } else {
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
            personOfRow = roster.indices.map { person(roster[$0].key) }
            personOfResponse = responses.indices.map { person(responses[$0].participant) }
            observationPersons = observations.indices.map { person(observations[$0].participant) }
            personCount = keys.count
            keyOfPerson = keys
        }
        // A response counts at every checkpoint index of its day; the first per person wins.
        var indicesOfDay: [Int: [Int]] = [:]
        for (index, day) in program.checkpoints.enumerated() { indicesOfDay[day, default: []].append(index) }
        let responseAt = Self.slots(
            days: responses.indices.map { responses[$0].checkpoint }, persons: personOfResponse,
            indicesOfDay: indicesOfDay, personCount: personCount, checkpointCount: checkpointCount)
        self.responseAt = responseAt
        let observationAt = Self.slots(
            days: observations.indices.map { observations[$0].checkpoint }, persons: observationPersons,
            indicesOfDay: indicesOfDay, personCount: personCount, checkpointCount: checkpointCount)
        // Each response's codes are worked out in response order, which reads the responses (and
        // their answer arrays) where they lie in memory, then copied to its slots: filled slot by
        // slot, reading the responses in person order, this took half as long again.
        var filler = ResponseCodes(count: responses.count, behaviors: behaviors)
        responses.withUnsafeBufferPointer { filler.fill(from: $0, ids: ids) }
        let width = behaviors.count
        var facts = [Facts](repeating: Facts(), count: responseAt.count)
        var codes = [UInt8](repeating: 0, count: responseAt.count * width)
        for (slot, row) in responseAt.enumerated() where row >= 0 {
            facts[slot] = filler.facts[Int(row)]
            for b in 0..<width { codes[slot * width + b] = filler.codes[Int(row) * width + b] }
        }
        for (slot, row) in observationAt.enumerated() where row >= 0 {
            for b in ids.indices {
                let seen = observations[Int(row)].observed[ids[b]].map { $0 ? 2 : 1 } ?? UInt8(0)
                codes[slot * width + b] |= seen << 5
            }
        }
        self.facts = facts
        self.codes = codes
        habitCodes = filler.habitCodes
    }

    /// Per checkpoint index and person, the first row of that person on that checkpoint's day.
    private static func slots(
        days: [Int], persons: [Int32], indicesOfDay: [Int: [Int]], personCount: Int, checkpointCount: Int
    ) -> [Int32] {
        var slots = [Int32](repeating: -1, count: personCount * checkpointCount)
        // The day's indices are looked up only when the day differs from the row before's (the
        // responses come export by export, each mostly of one day).
        var (lastDay, lastIndices): (Int?, [Int]?) = (nil, nil)
        for (row, day) in days.enumerated() {
            if day != lastDay { (lastDay, lastIndices) = (day, indicesOfDay[day]) }
            guard let indices = lastIndices else { continue }
            for index in indices where slots[index * personCount + Int(persons[row])] < 0 {
                slots[index * personCount + Int(persons[row])] = Int32(truncatingIfNeeded: row)
            }
        }
        return slots
    }

    /// The person of each key (made on demand: only groups given as roster rows need it).
    func personOfKey() -> [String: Int32] {
        var persons: [String: Int32] = [:]
        persons.reserveCapacity(personCount)
        for (person, key) in keyOfPerson.enumerated() { persons[key] = Int32(truncatingIfNeeded: person) }
        return persons
    }

    /// The response of `person` at checkpoint index `checkpoint`, or -1.
    @inline(__always)
    func response(_ checkpoint: Int, _ person: Int32) -> Int {
        Int(responseAt[checkpoint * personCount + Int(person)])
    }
}

/// The codes of `AnswerTable`, per response, filled one response at a time.
private struct ResponseCodes {
    var facts: [AnswerTable.Facts]
    var codes: [UInt8]
    /// Per behavior, the frequency code from which a level counts as a habit.
    let habitCodes: [UInt8]
    /// The last ids array found equal to the program's.
    private var matchingIDs: [String] = []

    init(count: Int, behaviors: [Behavior]) {
        habitCodes = behaviors.map { UInt8($0.targetFrequency.rank + 1) }
        facts = Array(repeating: AnswerTable.Facts(), count: count)
        codes = Array(repeating: 0, count: count * behaviors.count)
    }

    static func code(_ value: Bool?) -> UInt8 { value.map { $0 ? 2 : 1 } ?? 0 }

    /// Fills every entry from `responses`, through buffer pointers: storing into the arrays
    /// checked that each was uniquely referenced, per code.
    mutating func fill(from responses: UnsafeBufferPointer<Response>, ids: [String]) {
        var (codes, facts): ([UInt8], [AnswerTable.Facts]) = ([], [])
        swap(&codes, &self.codes)
        swap(&facts, &self.facts)
        codes.withUnsafeMutableBufferPointer { codes in
            facts.withUnsafeMutableBufferPointer { facts in
                for row in responses.indices { fill(row, from: responses, ids: ids, codes, facts) }
            }
        }
        swap(&codes, &self.codes)
        swap(&facts, &self.facts)
    }

    /// Fills entry `row` from `responses[row]`, read in place: passing a `Response` to a function
    /// copied it (retaining all its Strings).
    @inline(__always)
    private mutating func fill(
        _ row: Int, from responses: UnsafeBufferPointer<Response>, ids: [String],
        _ codes: UnsafeMutableBufferPointer<UInt8>, _ facts: UnsafeMutableBufferPointer<AnswerTable.Facts>
    ) {
        let answers = responses[row].answers
        // The loader gives every response of an export one array of the program's ids: compared
        // with the last array that matched, it is the same array, which compares in O(1) (and is
        // not stored again, a retain and a release per response). Hand-built responses are
        // matched by id.
        var sameSlots = answers.ids.count == ids.count && answers.ids == matchingIDs
        if !sameSlots, answers.ids == ids {
            sameSlots = true
            matchingIDs = answers.ids
        }
        var flags: AnswerTable.Flags = .responded
        for b in ids.indices {
            // Not `answer.map(answers.appliedCode)`: that method value boxed `answers` in a new
            // closure context, allocated and freed per behavior and response (about 2% of
            // `uptake metrics` on the enterprise benchmark).
            var (appliedCode, frequencyCode): (UInt8, UInt8) = (0, 0)
            if let answer = sameSlots ? b : answers.slot(of: ids[b]) {
                appliedCode = answers.appliedCode(answer)
                frequencyCode = answers.frequencyCode(answer)
            }
            codes[row * ids.count + b] = appliedCode | frequencyCode << 2
            if frequencyCode != 0, frequencyCode >= habitCodes[b] { flags.insert(.habitAny) }
        }
        // Any behavior id counts here, as `applied.isEmpty` and `frequency.isEmpty` did.
        for answer in answers.ids.indices {
            let appliedCode = answers.appliedCode(answer)
            if appliedCode != 0 { flags.insert(.answeredApplied) }
            if appliedCode == 2 { flags.insert(.appliedAny) }
            if answers.frequencyCode(answer) != 0 { flags.insert(.answeredFrequency) }
        }
        facts[row] = AnswerTable.Facts(
            flags: flags, firstStepDone: Self.code(responses[row].firstStepDone),
            managerDiscussed: Self.code(responses[row].managerDiscussed),
            peerCheckin: Self.code(responses[row].peerCheckin), obstacles: responses[row].obstacleSet?.rawValue ?? 0)
    }
}
