/// One response's answers per behavior (`applied`, `frequency`, `confidence`), kept as three
/// bytes per behavior in one array.
///
/// Why not three `[String: …]` dictionaries: a million survey rows made three million
/// dictionaries, the largest share of load time and of the build's peak memory. The loader
/// gives every response of a program the same `ids` array (shared, not copied), so a slot is
/// a behavior's index in the program; answers set by id (tests, hand-built responses) add a
/// slot when the id is new.
package struct BehaviorAnswers: Sendable {
    /// The behavior id of each slot.
    package private(set) var ids: [String]
    /// Per slot: applied (0 unanswered, 1 no, 2 yes), frequency (0 unanswered, else rank + 1),
    /// confidence (0 unanswered, else the rating).
    private var codes: [UInt8]

    /// No answers, with a slot for each of `ids`.
    package init(ids: [String] = []) {
        self.ids = ids
        codes = [UInt8](repeating: 0, count: 3 * ids.count)
    }

    /// The applied code of `slot`: 0 unanswered, 1 no, 2 yes.
    @inline(__always)
    package func appliedCode(_ slot: Int) -> UInt8 { codes[3 * slot] }

    /// The frequency code of `slot`: 0 unanswered, else the level's rank + 1.
    @inline(__always)
    package func frequencyCode(_ slot: Int) -> UInt8 { codes[3 * slot + 1] }

    /// `applied.<behavior>` of a slot.
    package func applied(_ slot: Int) -> Bool? {
        let code = appliedCode(slot)
        return code == 0 ? nil : code == 2
    }

    /// `frequency.<behavior>` of a slot.
    package func frequency(_ slot: Int) -> Frequency? {
        let code = Int(frequencyCode(slot))
        return code == 0 ? nil : Frequency.allCases[code - 1]
    }

    /// `confidence.<behavior>` of a slot.
    package func confidence(_ slot: Int) -> Int? {
        let code = codes[3 * slot + 2]
        return code == 0 ? nil : Int(code)
    }

    /// Sets `applied.<behavior>` of a slot; nil clears it.
    package mutating func setApplied(_ value: Bool?, at slot: Int) {
        codes[3 * slot] = value.map { $0 ? 2 : 1 } ?? 0
    }

    /// Sets `frequency.<behavior>` of a slot; nil clears it.
    package mutating func setFrequency(_ value: Frequency?, at slot: Int) {
        codes[3 * slot + 1] = value.map { UInt8($0.rank + 1) } ?? 0
    }

    /// Sets `confidence.<behavior>` of a slot, a rating from 1 to 5 (anything else clears it:
    /// `AnswerNormalizer.likert` gives nothing else).
    package mutating func setConfidence(_ value: Int?, at slot: Int) {
        codes[3 * slot + 2] = value.flatMap { (1...5).contains($0) ? UInt8($0) : nil } ?? 0
    }

    /// The slot of behavior `id`, if it has one.
    package func slot(of id: String) -> Int? { ids.firstIndex(of: id) }

    /// The slot of `id`, added when missing.
    private mutating func slotAdding(_ id: String) -> Int {
        if let slot = slot(of: id) { return slot }
        ids.append(id)
        codes.append(contentsOf: [0, 0, 0])
        return ids.count - 1
    }

    /// The answered slots' ids with `value` of each, as a dictionary.
    private func dictionary<Value>(_ value: (Int) -> Value?) -> [String: Value] {
        var result: [String: Value] = [:]
        for (slot, id) in ids.enumerated() { if let v = value(slot) { result[id] = v } }
        return result
    }

    /// `applied` answers by behavior id; setting replaces them all.
    package var appliedByID: [String: Bool] {
        get { dictionary(applied) }
        set {
            for slot in ids.indices { setApplied(nil, at: slot) }
            for (id, value) in newValue { setApplied(value, at: slotAdding(id)) }
        }
    }

    /// `frequency` answers by behavior id; setting replaces them all.
    package var frequencyByID: [String: Frequency] {
        get { dictionary(frequency) }
        set {
            for slot in ids.indices { setFrequency(nil, at: slot) }
            for (id, value) in newValue { setFrequency(value, at: slotAdding(id)) }
        }
    }

    /// `confidence` answers by behavior id; setting replaces them all.
    package var confidenceByID: [String: Int] {
        get { dictionary(confidence) }
        set {
            for slot in ids.indices { setConfidence(nil, at: slot) }
            for (id, value) in newValue { setConfidence(value, at: slotAdding(id)) }
        }
    }
}

extension BehaviorAnswers: Hashable {
    /// Equal when they hold the same answers for the same ids, whatever the slot order.
    package static func == (a: BehaviorAnswers, b: BehaviorAnswers) -> Bool {
        if a.ids == b.ids { return a.codes == b.codes }
        return a.appliedByID == b.appliedByID && a.frequencyByID == b.frequencyByID
            && a.confidenceByID == b.confidenceByID
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(appliedByID)
        hasher.combine(frequencyByID)
        hasher.combine(confidenceByID)
    }
}
