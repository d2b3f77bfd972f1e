import Testing
import UptakeModel
import UptakeTestSupport

/// `BehaviorAnswers` keeps up to five behaviors' codes inline and more in an array: both hold
/// exactly what was set, however the slots were made, and compare by answers.
@Suite struct BehaviorAnswersTests {
    @Test(arguments: [0, 1, 3, 5, 6, 9])
    func answersReadBackAsSet(count: Int) {
        var g = SeededGenerator(seed: UInt64(count + 1))
        let ids = (0..<count).map { "b\($0)" }
        var bySlot = BehaviorAnswers(ids: ids)
        var (applied, frequency, confidence): ([String: Bool], [String: Frequency], [String: Int]) = ([:], [:], [:])
        for (slot, id) in ids.enumerated() {
            let a = Bool.random(using: &g) ? Bool.random(using: &g) : nil
            let f = Bool.random(using: &g) ? Frequency.allCases.randomElement(using: &g) : nil
            let c = Bool.random(using: &g) ? Int.random(in: 1...5, using: &g) : nil
            bySlot.setApplied(a, at: slot)
            bySlot.setFrequency(f, at: slot)
            bySlot.setConfidence(c, at: slot)
            (applied[id], frequency[id], confidence[id]) = (a, f, c)
        }
        #expect(bySlot.appliedByID == applied)
        #expect(bySlot.frequencyByID == frequency)
        #expect(bySlot.confidenceByID == confidence)
        for (slot, id) in ids.enumerated() {
            #expect(bySlot.applied(slot) == applied[id])
            #expect(bySlot.appliedCode(slot) == (applied[id].map { $0 ? 2 : 1 } ?? 0))
            #expect(bySlot.frequencyCode(slot) == (frequency[id].map { UInt8($0.rank + 1) } ?? 0))
        }
        // Slots added one id at a time, in another order (crossing from inline to the array
        // part way for more than five), hold the same answers.
        var byID = BehaviorAnswers()
        byID.confidenceByID = confidence
        byID.frequencyByID = frequency
        byID.appliedByID = applied
        #expect(byID.appliedByID == applied)
        #expect(byID.frequencyByID == frequency)
        #expect(byID.confidenceByID == confidence)
        #expect(byID == bySlot)
        var all = BehaviorAnswers()
        for id in ids.reversed() { all.appliedByID[id] = true }
        #expect(all.ids == ids.reversed())
        #expect(all.appliedByID == Dictionary(uniqueKeysWithValues: ids.map { ($0, true) }))
    }

    @Test func equalAnswersCompareEqualWhateverTheLayout() {
        var a = BehaviorAnswers(ids: ["x", "y", "z", "u", "v", "w", "t"])
        var b = BehaviorAnswers(ids: ["x", "y"])
        a.setApplied(true, at: 1)
        b.setApplied(true, at: 1)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        b.setFrequency(.weekly, at: 0)
        #expect(a != b)
        var c = BehaviorAnswers(ids: ["x", "y"])
        c.setApplied(true, at: 1)
        c.setFrequency(.weekly, at: 0)
        #expect(b == c)
    }
}
