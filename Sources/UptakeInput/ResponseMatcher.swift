import UptakeModel

/// PRODUCT.md §2 "Who counts": rows whose participant is blank, not on the roster, or not
/// trained are excluded before de-duplication; of the rest, the latest `submitted_at` per
/// participant and checkpoint wins, settled by the parsed time, never by file order.
struct ResponseMatcher {
    /// Trained roster keys.
    var trained: Set<String>
    /// All roster keys.
    var enrolled: Set<String>
    var unmatched = 0
    var duplicates = 0
    var diagnostics = Diagnostics()

    init(roster: [Participant]) {
        enrolled = Set(roster.map(\.key))
        trained = Set(roster.filter(\.completed).map(\.key))
    }

    /// Keeps only trained participants' rows, then the latest per (participant, checkpoint).
    /// Equal times keep the row read last; the contract leaves such exact ties open.
    mutating func settle<Row>(
        _ rows: [Row], participant: (Row) -> String, checkpoint: (Row) -> Int, time: (Row) -> Int64,
        location: (Row) -> SourceLocation
    ) -> [Row] {
        var latest: [Key: Row] = [:]
        var order: [Key] = []
        for row in rows {
            let key = participant(row)
            guard !key.isEmpty, trained.contains(key) else {
                unmatched += 1
                if !key.isEmpty, !enrolled.contains(key) {
                    diagnostics.warning("respondent is not on the roster; row excluded", at: location(row))
                }
                continue
            }
            let slot = Key(participant: key, checkpoint: checkpoint(row))
            guard let kept = latest[slot] else {
                latest[slot] = row
                order.append(slot)
                continue
            }
            duplicates += 1
            let (winner, loser) = time(row) >= time(kept) ? (row, kept) : (kept, row)
            latest[slot] = winner
            diagnostics.warning(
                "duplicate submission for the same participant and checkpoint; the later one at line \(location(winner).line) of \(location(winner).file) is kept",
                at: location(loser))
        }
        return order.compactMap { latest[$0] }
    }

    struct Key: Hashable {
        var participant: String
        var checkpoint: Int
    }
}
