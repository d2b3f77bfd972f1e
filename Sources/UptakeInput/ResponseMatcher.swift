import UptakeModel

/// PRODUCT.md §2 "Who counts": rows whose participant is blank, not on the roster, or not
/// trained are excluded before de-duplication; of the rest, the latest `submitted_at` per
/// participant and checkpoint wins, settled by the parsed time, never by file order.
struct ResponseMatcher {
    /// Roster key → its number in `keys` and `trained`: a row's key is hashed once, and
    /// duplicates are found by number. Kept rows get the roster's own key String, so a
    /// program's responses share their participant keys with the roster, not a copy each.
    var numbers: [String: Int32] = [:]
    var keys: [String] = []
    var trained: [Bool] = []
    var unmatched = 0
    var duplicates = 0
    var diagnostics = Diagnostics()

    init(roster: [Participant]) {
        numbers.reserveCapacity(roster.count)
        for index in roster.indices {
            let key = roster[index].key
            if let number = numbers[key] {
                trained[Int(number)] = trained[Int(number)] || roster[index].completed
                continue
            }
            numbers[key] = Int32(truncatingIfNeeded: keys.count)
            keys.append(key)
            trained.append(roster[index].completed)
        }
    }

    /// Keeps only trained participants' rows, then the latest per (participant, checkpoint), in
    /// the order each (participant, checkpoint) first appears. Equal times keep the row read
    /// last; the contract leaves such exact ties open.
    mutating func settle<Row: SettledRow>(_ rows: consuming [Row]) -> [Row] {
        var slots: [Key: Int] = [:]
        slots.reserveCapacity(rows.count)
        var kept: [(row: Int, person: Int32)] = []
        kept.reserveCapacity(rows.count)
        for index in rows.indices {
            let key = rows[index].participant
            let number = key.isEmpty ? nil : numbers[key]
            guard let number, trained[Int(number)] else {
                unmatched += 1
                if !key.isEmpty, number == nil {
                    diagnostics.warning("respondent is not on the roster; row excluded", at: rows[index].location)
                }
                continue
            }
            let slot = Key(person: number, checkpoint: rows[index].checkpoint)
            guard let position = slots[slot] else {
                slots[slot] = kept.count
                kept.append((index, number))
                continue
            }
            duplicates += 1
            let other = kept[position].row
            let (winner, loser) = rows[index].submittedAt >= rows[other].submittedAt ? (index, other) : (other, index)
            kept[position].row = winner
            let place = rows[winner].location
            diagnostics.warning(
                "duplicate submission for the same participant and checkpoint; the later one at line \(place.line) of \(place.file) is kept",
                at: rows[loser].location)
        }
        // The kept rows move to the front in place, rather than being copied into a new array
        // (a copy and a release of every field of a million rows). Safe in this order: the
        // k-th kept row was first seen at an index of at least k and a winner is never earlier,
        // so `kept[k].row >= k`; and each row is kept at most once, so when step k swaps, the
        // row at `kept[k].row` has not been moved by an earlier step.
        for (position, entry) in kept.enumerated() {
            if entry.row != position { rows.swapAt(position, entry.row) }
            rows[position].participant = keys[Int(entry.person)]
        }
        rows.removeSubrange(kept.count...)
        return rows
    }

    /// A participant (by number) and checkpoint day.
    struct Key: Hashable {
        var person: Int32
        var checkpoint: Int
    }
}

/// What `ResponseMatcher` reads of a survey row.
protocol SettledRow {
    var participant: String { get set }
    var checkpoint: Int { get }
    var submittedAt: Int64 { get }
    var location: SourceLocation { get }
}

extension Response: SettledRow {}
extension Observation: SettledRow {}
