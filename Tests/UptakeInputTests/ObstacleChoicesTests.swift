import Testing
import UptakeModel

@testable import UptakeInput

/// The split obstacle answers shared across exports (`ObstacleChoices`): an answer is split
/// with its own program's table and its export's separator, whichever program or export asked
/// first, and the same as splitting it without the memo.
@Suite struct ObstacleChoicesTests {
    /// Two tables that file the same wording under different categories.
    static let meetings: [String: ObstacleCategory] = ["too many meetings, no focus time": .workload]
    static let tooling: [String: ObstacleCategory] = ["too many meetings, no focus time": .tools]

    static func split(_ text: String, _ separator: Character, _ table: [String: ObstacleCategory]) -> ObstacleSet? {
        let widest = ExportLayout.widestWording(in: table, separator: separator)
        return AnswerNormalizer.obstacles(
            ExportLayout.choices(text, separator: separator, known: table, widest: widest), table: table
        ).map(ObstacleSet.init)
    }

    @Test func eachTableKeepsItsOwnAnswers() {
        let answer = "Too many meetings, no focus time"
        for _ in 0..<2 {
            let widest = ExportLayout.widestWording(in: Self.meetings, separator: ",")
            #expect(
                ObstacleChoices.shared(for: Self.meetings).categories(of: answer, separator: ",", widest: widest)
                    == ObstacleSet(.workload))
            #expect(
                ObstacleChoices.shared(for: Self.tooling).categories(of: answer, separator: ",", widest: widest)
                    == ObstacleSet(.tools))
        }
        #expect(ObstacleChoices.shared(for: Self.meetings) === ObstacleChoices.shared(for: Self.meetings))
        #expect(ObstacleChoices.shared(for: Self.meetings) !== ObstacleChoices.shared(for: Self.tooling))
    }

    /// The same text under another separator is another answer: with `;` the comma is part of
    /// one choice, which this table does not know as a whole.
    @Test func theSeparatorIsPartOfTheAnswer() {
        let table: [String: ObstacleCategory] = ["no time": .workload, "tools": .tools]
        let shared = ObstacleChoices.shared(for: table)
        for (text, separator) in [("No time,Tools", Character(",")), ("No time,Tools", ";"), ("No time;Tools", ";")] {
            let widest = ExportLayout.widestWording(in: table, separator: separator)
            for _ in 0..<2 {
                #expect(
                    shared.categories(of: text, separator: separator, widest: widest)
                        == Self.split(text, separator, table), "\(text) split at \(separator)")
            }
        }
        #expect(
            shared.categories(of: "No time,Tools", separator: ",", widest: 1) == [
                ObstacleSet(.workload), .init(.tools),
            ])
        #expect(shared.categories(of: "No time,Tools", separator: ";", widest: 1) == ObstacleSet(.other))
        #expect(shared.categories(of: " ", separator: ",", widest: 1) == nil)
    }
}
