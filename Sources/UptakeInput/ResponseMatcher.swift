import UptakeModel

/// PRODUCT.md §2 "Who counts": rows whose participant is blank, not on the roster, or not
/// trained are excluded before de-duplication; of the rest, the latest `submitted_at` per
/// participant and checkpoint wins, settled by the parsed time, never by file order.
struct ResponseMatcher {
    /// The roster's keys, numbered: a row's key is found once, and duplicates are found by
    /// number. Kept rows get the roster's own key String, so a program's responses share their
    /// participant keys with the roster, not a copy each.
    private(set) var rosterKeys = RosterKeys()
    /// Per roster row, its key's number in `rosterKeys`.
    private(set) var rosterNumbers: [Int32] = []
    var trained: [Bool] = []
    var unmatched = 0
    var duplicates = 0
    var diagnostics = Diagnostics()

    init(roster: [Participant]) {
        rosterKeys.reserveCapacity(roster.count)
        rosterNumbers.reserveCapacity(roster.count)
        for index in roster.indices {
            let known = rosterKeys.count
            let number = Int(rosterKeys.insert(roster[index].key))
            rosterNumbers.append(Int32(truncatingIfNeeded: number))
            if number < known {
                trained[number] = trained[number] || roster[index].completed
            } else {
                trained.append(roster[index].completed)
            }
        }
    }

    /// Keeps only trained participants' rows, then the latest per (participant, checkpoint), in
    /// the order each (participant, checkpoint) first appears. Equal times keep the row read
    /// last; the contract leaves such exact ties open.
    /// `numbers`, when given, holds each row's roster number as `rosterKeys` gives it for the
    /// row's participant (-1 when not on the roster), worked out while reading.
    /// The kept rows come with their participants' numbers in `rosterKeys` (`persons`).
    mutating func settle<Row: SettledRow>(_ rows: consuming [Row], numbers: [Int32]? = nil) -> (
        rows: [Row], persons: [Int32]
    ) {
        let kept = rows.withUnsafeBufferPointer { keep($0, numbers: numbers) }
        // The kept rows move to the front in place, rather than being copied into a new array
        // (a copy and a release of every field of a million rows). Safe in this order: the
        // k-th kept row was first seen at an index of at least k and a winner is never earlier,
        // so `kept[k].row >= k`; and each row is kept at most once, so when step k swaps, the
        // row at `kept[k].row` has not been moved by an earlier step. Swapped through a buffer
        // pointer, which moves the rows; `Array.swapAt` copied both (retaining every String).
        rows.withUnsafeMutableBufferPointer { rows in
            for (position, entry) in kept.enumerated() {
                if entry.row != position { rows.swapAt(position, entry.row) }
                rows[position].participant = rosterKeys.keys[Int(entry.person)]
            }
        }
        rows.removeSubrange(kept.count...)
        return (rows, kept.map(\.person))
    }

    /// Which rows `settle` keeps, in order, each with its person's number; counts and warns
    /// about the rest.
    private mutating func keep<Row: SettledRow>(_ rows: UnsafeBufferPointer<Row>, numbers: [Int32]?) -> [(
        row: Int, person: Int32
    )] {
        var slots = KeptSlots(people: rosterKeys.count, rows: rows.count)
        var kept: [(row: Int, person: Int32)] = []
        kept.reserveCapacity(rows.count)
        for index in rows.indices {
            let (key, checkpoint, submittedAt) = rows[index].settledFacts
            let number: Int32?
            if key.isEmpty {
                number = nil
            } else if let numbers {
                number = numbers[index] >= 0 ? numbers[index] : nil
            } else {
                number = rosterKeys.number(of: key)
            }
            guard let number, trained[Int(number)] else {
                unmatched += 1
                if !key.isEmpty, number == nil {
                    diagnostics.warning("respondent is not on the roster; row excluded", at: rows[index].location)
                }
                continue
            }
            guard let position = slots.position(of: number, at: checkpoint, else: kept.count) else {
                kept.append((index, number))
                continue
            }
            duplicates += 1
            let other = kept[position].row
            let (winner, loser) = submittedAt >= rows[other].settledFacts.submittedAt ? (index, other) : (other, index)
            kept[position].row = winner
            let place = rows[winner].location
            diagnostics.warning(
                "duplicate submission for the same participant and checkpoint; the later one at line \(place.line) of \(place.file) is kept",
                at: rows[loser].location)
        }
        return kept
    }

    /// A participant (by number) and checkpoint day.
    struct Key: Hashable {
        var person: Int32
        var checkpoint: Int
    }
}

/// Where in `ResponseMatcher.keep`'s list the row kept for each participant (by roster number)
/// and checkpoint day is.
///
/// Written by hand for speed: a `[Key: Int]` dictionary, hashing every row's person and day,
/// was 2.6% of `uptake metrics` on the enterprise benchmark (`keep` went from 3.1% to 1.4%
/// with this table). Here a day seen gets a column of
/// one entry per roster key, and the day's column is looked up only when the day differs from
/// the row before (an export is mostly one checkpoint). A table past four entries per row (a
/// program of very many checkpoints) keeps its further days in the dictionary instead, so the
/// memory stays that of the rows.
private struct KeptSlots {
    /// Roster keys: entries per day.
    private let people: Int
    /// The most entries `table` gets.
    private let limit: Int
    /// Per day in `table`, its column.
    private var columns: [Int: Int] = [:]
    /// `table[column * people + person]`: the position kept, or -1.
    private var table: [Int] = []
    /// The days beyond `limit`.
    private var overflow: [ResponseMatcher.Key: Int] = [:]
    /// The last day looked up and its column (-1 for a day in `overflow`).
    private var (lastDay, lastColumn) = (Int.min, -1)

    /// Slots for `rows` rows of participants among `people` roster keys.
    init(people: Int, rows: Int) {
        self.people = people
        limit = 4 * rows + 4096
    }

    /// The position kept for (`person`, `day`); nil, after recording `next` as it, when none is.
    mutating func position(of person: Int32, at day: Int, else next: Int) -> Int? {
        if day != lastDay {
            if let known = columns[day] {
                lastColumn = known
            } else if table.count + people <= limit {
                lastColumn = columns.count
                columns[day] = lastColumn
                table.append(contentsOf: repeatElement(-1, count: people))
            } else {
                lastColumn = -1
            }
            lastDay = day
        }
        guard lastColumn >= 0 else {
            let key = ResponseMatcher.Key(person: person, checkpoint: day)
            if let known = overflow[key] { return known }
            overflow[key] = next
            return nil
        }
        let entry = lastColumn * people + Int(person)
        if table[entry] >= 0 { return table[entry] }
        table[entry] = next
        return nil
    }
}

/// What `ResponseMatcher` reads of a survey row.
///
/// `settledFacts` is implemented here, in the matcher's module, so that reading it from a row
/// in place compiles to loads of three fields. Read through the model's own property getters
/// (another module, so called, not inlined), each read first copied the whole row: 4% of
/// `uptake metrics` on the enterprise benchmark.
protocol SettledRow {
    var participant: String { get set }
    /// The participant, checkpoint and submission time.
    var settledFacts: (participant: String, checkpoint: Int, submittedAt: Int64) { get }
    var location: SourceLocation { get }
}

extension Response: SettledRow {
    var settledFacts: (participant: String, checkpoint: Int, submittedAt: Int64) {
        (participant, checkpoint, submittedAt)
    }
}

extension Observation: SettledRow {
    var settledFacts: (participant: String, checkpoint: Int, submittedAt: Int64) {
        (participant, checkpoint, submittedAt)
    }
}
