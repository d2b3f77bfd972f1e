import Foundation
import UptakeModel

/// Multi-select obstacle answers already split into categories, shared by every export read in
/// this process whose program has the same `obstacle_categories`: the categories of an answer
/// depend only on its text, the layout's separator and that table.
///
/// Each export's own byte memo (`RecordPlan.obstacleAnswers`) is asked first; this is its
/// fallback. Before, the fallback was per export too, and the about 45 different answers of
/// every export of the enterprise benchmark were split again in each of its 800 exports:
/// 36,000 splits, 4.9% of `uptake metrics`. Bounded: at most `tableLimit` tables of at most
/// `answerLimit` answers of at most `longestKept` bytes; beyond that, answers are split as they
/// come. A pure function's memo, so a long-running `uptake serve` may keep it across builds.
final class ObstacleChoices: @unchecked Sendable {
    private struct Answer: Hashable {
        var separator: Character
        var text: String
    }

    private let table: [String: ObstacleCategory]
    private let lock = NSLock()
    private var answers: [Answer: ObstacleSet?] = [:]

    private init(table: [String: ObstacleCategory]) { self.table = table }

    /// The memo of the programs whose obstacle table is `table`.
    static func shared(for table: [String: ObstacleCategory]) -> ObstacleChoices {
        registry.withLock { tables in
            if let known = tables[table] { return known }
            let made = ObstacleChoices(table: table)
            if tables.count < tableLimit { tables[table] = made }
            return made
        }
    }

    /// The obstacle categories of the answer `text`, nil when no choice was given; `separator`
    /// is the layout's multi-select separator and `widest` the table's
    /// `ExportLayout.widestWording` for it.
    func categories(of text: String, separator: Character, widest: Int) -> ObstacleSet? {
        let key = Answer(separator: separator, text: text)
        if let known = lock.withLock({ answers[key] }) { return known }
        let categories = AnswerNormalizer.obstacles(
            ExportLayout.choices(text, separator: separator, known: table, widest: widest), table: table
        ).map(ObstacleSet.init)
        if text.utf8.count <= Self.longestKept {
            lock.withLock {
                if answers.count < Self.answerLimit { answers[key] = categories }
            }
        }
        return categories
    }

    private static let tableLimit = 256
    private static let answerLimit = 65_536
    private static let longestKept = 512
    private static let registry = Registry()

    /// The tables seen so far, behind a lock.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var tables: [[String: ObstacleCategory]: ObstacleChoices] = [:]

        func withLock<T>(_ body: (inout [[String: ObstacleCategory]: ObstacleChoices]) -> T) -> T {
            lock.withLock { body(&tables) }
        }
    }
}
