import Testing
import UptakeModel

@testable import UptakeMetrics

/// The loader's person numbers (`LoadedProgram.persons`) give the answer table, and so every
/// figure, exactly what numbering the participant keys through a dictionary gives.
@Suite struct PersonNumbersTests {
    /// A random program as the loader leaves one (only roster people responded or were
    /// observed), with the numbers the loader would give: the roster's distinct keys, in order.
    static func numbered(seed: UInt64) -> (LoadedProgram, SiteConfig) {
        var (loaded, config) = MeasurerEquivalenceTests.randomProgram(seed: seed)
        var number: [String: Int32] = [:]
        var ofRow: [Int32] = []
        for person in loaded.roster {
            if number[person.key] == nil { number[person.key] = Int32(number.count) }
            ofRow.append(number[person.key] ?? -1)
        }
        loaded.responses.removeAll { number[$0.participant] == nil }
        loaded.observations.removeAll { number[$0.participant] == nil }
        loaded.persons = PersonNumbers(
            count: number.count, ofRow: ofRow, ofResponse: loaded.responses.map { number[$0.participant] ?? -1 },
            ofObservation: loaded.observations.map { number[$0.participant] ?? -1 })
        return (loaded, config)
    }

    @Test(arguments: 0..<40)
    func numberedTableIsTheKeyedOne(seed: UInt64) {
        let (numbered, config) = Self.numbered(seed: seed)
        var keyed = numbered
        keyed.persons = nil
        let (fast, slow) = (AnswerTable(numbered), AnswerTable(keyed))
        #expect(fast.personCount == slow.personCount, "seed \(seed)")
        #expect(fast.personOfRow == slow.personOfRow, "seed \(seed)")
        #expect(fast.personOfResponse == slow.personOfResponse, "seed \(seed)")
        #expect(fast.keyOfPerson == slow.keyOfPerson, "seed \(seed)")
        #expect(fast.personOfKey() == slow.personOfKey(), "seed \(seed)")
        #expect(fast.responseAt == slow.responseAt, "seed \(seed)")
        #expect(fast.codes == slow.codes, "seed \(seed)")
        #expect(
            "\(MetricsCalculator.metrics(for: numbered, config: config))"
                == "\(MetricsCalculator.metrics(for: keyed, config: config))", "seed \(seed)")
    }

    @Test func changingTheRowsDropsTheNumbers() {
        var (loaded, _) = Self.numbered(seed: 3)
        #expect(loaded.persons != nil)
        loaded.responses.append(contentsOf: loaded.responses.prefix(1))
        #expect(loaded.persons == nil)
        (loaded, _) = Self.numbered(seed: 3)
        loaded.roster[0].key = "someone else"
        #expect(loaded.persons == nil)
        (loaded, _) = Self.numbered(seed: 3)
        loaded.observations = []
        #expect(loaded.persons == nil)
    }
}
