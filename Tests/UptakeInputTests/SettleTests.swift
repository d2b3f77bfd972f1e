import Testing
import UptakeModel
import UptakeTestSupport

@testable import UptakeInput

/// `ResponseMatcher.settle` moves the kept rows to the front in place; this holds it to the
/// plain reading of the rule (keep trained participants' rows, then the latest per participant
/// and checkpoint, equal times keeping the row read last, in order of first appearance).
@Suite struct SettleTests {
    /// The rule written the obvious way, with copies.
    static func reference(_ rows: [Response], trained: Set<String>) -> [Response] {
        var order: [String] = []
        var latest: [String: Response] = [:]
        for row in rows where trained.contains(row.participant) {
            let slot = "\(row.participant)|\(row.checkpoint)"
            if let other = latest[slot] {
                if row.submittedAt >= other.submittedAt { latest[slot] = row }
            } else {
                order.append(slot)
                latest[slot] = row
            }
        }
        return order.map { latest[$0]! }
    }

    @Test(arguments: 0..<40) func inPlaceSettlingKeepsWhatTheRuleKeeps(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let people = (0..<6).map { "p\($0)" }
        let roster = people.enumerated().map { index, key in
            var participant = Participant(key: key)
            participant.completed = index != 5  // p5 did not complete the training
            return participant
        }
        let count = Int.random(in: 0...30, using: &generator)
        let rows = (0..<count).map { line in
            // "stranger" is not on the roster; times collide often, to exercise the tie rule.
            let key =
                Int.random(in: 0...6, using: &generator) == 6 ? "stranger" : people.randomElement(using: &generator)!
            return Response(
                participant: key, submittedAt: Int64.random(in: 0...4, using: &generator),
                checkpoint: [14, 30].randomElement(using: &generator)!,
                location: SourceLocation(file: "s.csv", line: line + 2, column: 1))
        }
        var matcher = ResponseMatcher(roster: roster)
        let settled = matcher.settle(rows).rows
        let expected = Self.reference(rows, trained: Set(people.dropLast()))
        #expect(settled.map(\.location) == expected.map(\.location), "seed \(seed)")
        #expect(settled.map(\.participant) == expected.map(\.participant))
    }

    /// Rows over many checkpoint days of a large roster: past its size limit the table of kept
    /// rows (`KeptSlots`) keeps further days in a dictionary, with the same outcome.
    @Test(arguments: 0..<10) func manyDaysSettleAsFewDo(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) + 100)
        let people = (0..<3000).map { "p\($0)" }
        let roster = people.map { Participant(key: $0) }
        let rows = (0..<300).map { line in
            let key =
                Int.random(in: 0...20, using: &generator) == 20
                ? "stranger" : people[Int.random(in: 0..<40, using: &generator)]
            return Response(
                participant: key, submittedAt: Int64.random(in: 0...4, using: &generator),
                checkpoint: Int.random(in: 1...12, using: &generator),
                location: SourceLocation(file: "s.csv", line: line + 2, column: 1))
        }
        var matcher = ResponseMatcher(roster: roster)
        let settled = matcher.settle(rows)
        let expected = Self.reference(rows, trained: Set(people))
        #expect(settled.rows.map(\.location) == expected.map(\.location), "seed \(seed)")
        #expect(settled.persons == expected.map { Int32($0.participant.dropFirst())! })
    }
}
