import UptakeCSV
import UptakeModel

extension RosterReader {
    /// Reads every data row of the roster into `participants`, given the column of each
    /// canonical roster field. Locations are worked out only for a diagnostic; the repeated
    /// values of a column (cohort, manager, team) share one String. Without `people`
    /// (`LoadScope`), the name, email, manager name, manager email and team columns are not
    /// read at all: `uptake metrics` never shows them, and no diagnostic is about their values
    /// (a mapped column missing from the header is found before, either way). Measured on the
    /// enterprise benchmark: reading the rows went from 9.2% to 6.0% of `uptake metrics`.
    mutating func readRows(_ table: CSVTable, columns: [String: Int]) {
        let cohorts = Set(program.cohorts.map(\.id))
        let participantColumn = columns["participant"]
        let (name, email, cohort) = (columns["name"], columns["email"], columns["cohort"])
        let (manager, managerName, managerEmail) = (
            columns["manager"], columns["manager_name"], columns["manager_email"]
        )
        let team = columns["team"]
        var completed = RosterAnswer<Bool??>(column: columns["completed"])
        var satisfaction = RosterAnswer<Int??>(column: columns["satisfaction"])
        var scheduled = RosterAnswer<Bool??>(column: columns["first_step_scheduled"])
        var shared = SharedStrings()
        var (cohortColumn, managers) = (RepeatedColumn(column: cohort), RepeatedColumn(column: manager))
        var (managerNames, managerEmails) = (RepeatedColumn(column: managerName), RepeatedColumn(column: managerEmail))
        var teams = RepeatedColumn(column: team)
        // Sized up front: growing it, which hashed every key again at each doubling, was 0.6% of
        // `uptake metrics` on the enterprise benchmark.
        var seen = Set<String>(minimumCapacity: table.recordCount)
        participants.reserveCapacity(table.recordCount)
        table.withText { text in
            let fields = FieldBytes(table: table, text: text)
            for record in 1..<table.recordCount {
                let path = self.path
                func at(_ column: Int?) -> SourceLocation {
                    let column = column ?? 0
                    return SourceLocation(
                        file: path, line: table.line(ofField: column, record: record),
                        column: table.column(ofField: column, record: record))
                }
                func trimmed(_ column: Int?) -> String { column.map { fields.trimmed(record, $0) } ?? "" }
                func keyValue(_ column: Int?) -> String { column.map { fields.participantKey(record, $0) } ?? "" }
                let key = keyValue(participantColumn)
                guard !key.isEmpty else {
                    diagnostics.warning("roster row without a participant key; skipped", at: at(participantColumn))
                    continue
                }
                guard seen.insert(key).inserted else {
                    diagnostics.warning(
                        "participant appears twice in the roster; the first row is used", at: at(participantColumn))
                    continue
                }
                var person = Participant(key: key)
                person.line = table.line(ofRecord: record)
                if people {
                    person.name = trimmed(name)
                    person.email = trimmed(email)
                }
                person.cohort = cohortColumn.value(fields, record, &shared, make: trimmed)
                if !person.cohort.isEmpty, !cohorts.contains(person.cohort) {
                    diagnostics.error(
                        "cohort '\(person.cohort)' is not one of the program's cohorts \(program.cohorts.map(\.id))",
                        at: at(cohort))
                }
                person.manager = managers.value(fields, record, &shared, make: keyValue)
                if people {
                    person.managerName = managerNames.value(fields, record, &shared, make: trimmed)
                    person.managerEmail = managerEmails.value(fields, record, &shared, make: trimmed)
                    person.team = teams.value(fields, record, &shared, make: trimmed)
                }
                if let column = completed.column {
                    let parsed = completed.read(fields, record, column, AnswerNormalizer.yesNo)
                    person.completed =
                        diagnostics.answer(parsed, field: "completed", expected: "yes or no", at: at(column)) ?? false
                }
                if let column = satisfaction.column {
                    let parsed = satisfaction.read(fields, record, column, AnswerNormalizer.likert)
                    person.satisfaction = diagnostics.answer(
                        parsed, field: "satisfaction", expected: "a rating from 1 to 5", at: at(column))
                }
                if let column = scheduled.column {
                    let parsed = scheduled.read(fields, record, column, AnswerNormalizer.yesNo)
                    person.firstStepScheduled = diagnostics.answer(
                        parsed, field: "first_step_scheduled", expected: "yes or no", at: at(column))
                }
                participants.append(person)
            }
        }
    }
}

/// A roster column of answers (nil when the roster has none) with the memo of its spellings.
private struct RosterAnswer<Value> {
    var column: Int?
    var memo = AnswerMemo<Value>()

    mutating func read(_ fields: FieldBytes, _ record: Int, _ column: Int, _ normalize: (String) -> Value) -> Value {
        memo.value(fields, record, column, normalize: normalize)
    }
}

/// A roster column whose rows repeat the value before them (a roster lists a team's people
/// together): the last value's bytes and String are kept, so that a row repeating them gets
/// the String without making one and looking it up in `SharedStrings`. Gives exactly
/// `shared.one(make(column))`. (Measured on the enterprise benchmark: reading roster rows went
/// from 5.4% to 5.1% of `uptake metrics`; names and emails, one per row, still make theirs.)
struct RepeatedColumn {
    let column: Int?
    private var lastBytes: [UInt8] = []
    private var last: String?

    init(column: Int?) { self.column = column }

    /// The value of the column in `record`, `make(column)` made one of `shared`'s Strings.
    mutating func value(
        _ fields: FieldBytes, _ record: Int, _ shared: inout SharedStrings, make: (Int?) -> String
    ) -> String {
        guard let column, let bytes = fields.value(record, column) else { return shared.one(make(column)) }
        if let last, Self.same(bytes, lastBytes) { return last }
        let value = shared.one(make(column))
        lastBytes = Array(bytes)
        last = value
        return value
    }

    /// Whether `bytes` are the bytes of `known`.
    ///
    /// Written by hand for speed: `elementsEqual`, generic over the two sequences, stepped
    /// through both an iterator call at a time: 1.4% of `uptake metrics` on the enterprise
    /// benchmark, for the roster's repeated columns (0.3% with this loop).
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ known: [UInt8]) -> Bool {
        guard bytes.count == known.count else { return false }
        return known.withUnsafeBufferPointer { known in
            for i in 0..<known.count where known[i] != bytes[i] { return false }
            return true
        }
    }
}

/// One String per distinct value of the roster's repeated columns, so that 4,000 rows naming
/// 160 managers hold 160 manager names, not 4,000 copies.
struct SharedStrings {
    private var known: Set<String> = []

    mutating func one(_ text: String) -> String {
        if let existing = known.firstIndex(of: text) { return known[existing] }
        if known.count < 100_000 { known.insert(text) }
        return text
    }
}
