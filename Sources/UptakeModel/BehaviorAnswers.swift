/// One response's answers per behavior (`applied`, `frequency`, `confidence`), kept as three
/// bytes per behavior.
///
/// Why not three `[String: …]` dictionaries: a million survey rows made three million
/// dictionaries, the largest share of load time and of the build's peak memory. The loader
/// gives every response of a program the same `ids` array (shared, not copied), so a slot is
/// a behavior's index in the program; answers set by id (tests, hand-built responses) add a
/// slot when the id is new.
///
/// Written by hand for speed: the codes of up to five behaviors (most programs have three)
/// are packed into the value itself, not kept in an array of their own: allocating that array
/// (through a runtime lookup of its type's metadata, every time), and freeing it with the
/// response, was about 3% of `uptake metrics` on the enterprise benchmark (user time 2.25 s
/// against 2.13 s, medians of three alternating runs).
package struct BehaviorAnswers: Sendable {
    /// The behavior id of each slot.
    package private(set) var ids: [String]
    /// Per slot: applied (0 unanswered, 1 no, 2 yes), frequency (0 unanswered, else rank + 1),
    /// confidence (0 unanswered, else the rating); code `i` is byte `i % 8` (from the low end)
    /// of word `i / 8`. Used while there are at most `inlineSlots` slots; zero otherwise.
    private var inline: (UInt64, UInt64) = (0, 0)
    /// The codes, in the same order, when there are more slots; empty otherwise.
    private var spilled: [UInt8] = []

    /// The most slots whose codes fit in `inline`.
    private static let inlineSlots = 5

    /// No answers, with a slot for each of `ids`.
    package init(ids: [String] = []) {
        self.ids = ids
        if ids.count > Self.inlineSlots { spilled = [UInt8](repeating: 0, count: 3 * ids.count) }
    }

    /// Code `index` (three per slot).
    @inline(__always)
    private func code(_ index: Int) -> UInt8 {
        precondition(index >= 0 && index < 3 * ids.count, "answer slot out of range")
        guard ids.count <= Self.inlineSlots else { return spilled[index] }
        let word = index < 8 ? inline.0 : inline.1
        return UInt8(truncatingIfNeeded: word >> UInt64(8 * (index & 7)))
    }

    /// Sets code `index` (three per slot).
    @inline(__always)
    private mutating func setCode(_ code: UInt8, at index: Int) {
        precondition(index >= 0 && index < 3 * ids.count, "answer slot out of range")
        guard ids.count <= Self.inlineSlots else {
            spilled[index] = code
            return
        }
        let shift = UInt64(8 * (index & 7))
        let byte = UInt64(code) << shift
        if index < 8 {
            inline.0 = inline.0 & ~(0xFF << shift) | byte
        } else {
            inline.1 = inline.1 & ~(0xFF << shift) | byte
        }
    }

    /// The applied code of `slot`: 0 unanswered, 1 no, 2 yes.
    @inline(__always)
    package func appliedCode(_ slot: Int) -> UInt8 { code(3 * slot) }

    /// The frequency code of `slot`: 0 unanswered, else the level's rank + 1.
    @inline(__always)
    package func frequencyCode(_ slot: Int) -> UInt8 { code(3 * slot + 1) }

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
        let rating = code(3 * slot + 2)
        return rating == 0 ? nil : Int(rating)
    }

    /// Sets `applied.<behavior>` of a slot; nil clears it.
    package mutating func setApplied(_ value: Bool?, at slot: Int) {
        setCode(value.map { $0 ? 2 : 1 } ?? 0, at: 3 * slot)
    }

    /// Sets `frequency.<behavior>` of a slot; nil clears it.
    package mutating func setFrequency(_ value: Frequency?, at slot: Int) {
        setCode(value.map { UInt8($0.rank + 1) } ?? 0, at: 3 * slot + 1)
    }

    /// Sets `confidence.<behavior>` of a slot, a rating from 1 to 5 (anything else clears it:
    /// `AnswerNormalizer.likert` gives nothing else).
    package mutating func setConfidence(_ value: Int?, at slot: Int) {
        setCode(value.flatMap { (1...5).contains($0) ? UInt8($0) : nil } ?? 0, at: 3 * slot + 2)
    }

    /// The slot of behavior `id`, if it has one.
    package func slot(of id: String) -> Int? { ids.firstIndex(of: id) }

    /// The slot of `id`, added when missing.
    private mutating func slotAdding(_ id: String) -> Int {
        if let slot = slot(of: id) { return slot }
        if ids.count == Self.inlineSlots {
            // The sixth slot: the codes move out of `inline`.
            spilled = (0..<3 * ids.count).map(code)
            inline = (0, 0)
        }
        ids.append(id)
        if ids.count > Self.inlineSlots { spilled.append(contentsOf: [0, 0, 0]) }
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
        if a.ids == b.ids { return a.inline == b.inline && a.spilled == b.spilled }
        return a.appliedByID == b.appliedByID && a.frequencyByID == b.frequencyByID
            && a.confidenceByID == b.confidenceByID
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(appliedByID)
        hasher.combine(frequencyByID)
        hasher.combine(confidenceByID)
    }
}
