import UptakeCSV
import UptakeModel

/// Reads the roster CSV (the LMS enrollment export). PRODUCT.md §1 "Roster CSV".
struct RosterReader {
    var spec: RosterSpec
    var program: Program
    var path: String
    var diagnostics = Diagnostics()
    /// The roster as parsed, kept to show the lines diagnostics point at.
    var table: CSVTable?
    var participants: [Participant] = []
    var hasCompleted = false
    var hasSatisfaction = false
    var hasFirstStepScheduled = false

    init(spec: RosterSpec, program: Program) {
        self.spec = spec
        self.program = program
        path = SiteFiles.contentRelative(spec.file)
    }

    mutating func read(_ bytes: [UInt8]) {
        let table: CSVTable
        do {
            table = try CSVReader.parse(bytes, options: spec.csvOptions)
        } catch {
            diagnostics.append(.csvIssue(error, in: path, bytes: bytes, options: spec.csvOptions))
            return
        }
        self.table = table
        guard table.recordCount > 0 else {
            diagnostics.error("empty roster: no header row", at: SourceLocation(file: path, line: 1, column: 1))
            return
        }
        let header = table.fields(ofRecord: 0).map { $0.trimmedForDisplay }
        var columns: [String: Int] = [:]
        for field in CanonicalField.roster {
            if let mapping = spec.columns.first(where: { $0.field == field }) {
                if let index = header.firstIndex(where: { $0.lowercased() == mapping.header.trimmedForDisplay.lowercased() }) {
                    columns[field] = index
                } else {
                    diagnostics.error("column '\(mapping.header)' for '\(field)' not found in \(path)", at: mapping.location)
                }
            } else if let index = header.firstIndex(where: { $0.lowercased() == field }) {
                columns[field] = index
            }
        }
        if columns["participant"] == nil, spec.columns.first(where: { $0.field == "participant" }) == nil {
            guard let email = columns["email"] else {
                diagnostics.error("\(path) has no 'participant' column: map it under roster_columns:", at: spec.fileLocation)
                return
            }
            columns["participant"] = email
        }
        guard diagnostics.errorCount == 0 else { return }
        hasCompleted = columns["completed"] != nil
        hasSatisfaction = columns["satisfaction"] != nil
        hasFirstStepScheduled = columns["first_step_scheduled"] != nil
        let cohorts = Set(program.cohorts.map(\.id))
        var seen = Set<String>()
        for record in 1..<table.recordCount {
            func value(_ field: String) -> String { columns[field].map { table.field(record, $0) } ?? "" }
            func at(_ field: String) -> SourceLocation {
                let column = columns[field] ?? 0
                return SourceLocation(file: path, line: table.line(ofField: column, record: record), column: table.column(ofField: column, record: record))
            }
            let key = value("participant").participantKey
            guard !key.isEmpty else {
                diagnostics.warning("roster row without a participant key; skipped", at: at("participant"))
                continue
            }
            guard seen.insert(key).inserted else {
                diagnostics.warning("participant appears twice in the roster; the first row is used", at: at("participant"))
                continue
            }
            var person = Participant(key: key)
            person.line = table.line(ofRecord: record)
            person.name = value("name").trimmedForDisplay
            person.email = value("email").trimmedForDisplay
            person.cohort = value("cohort").trimmedForDisplay
            if !person.cohort.isEmpty, !cohorts.contains(person.cohort) {
                diagnostics.error("cohort '\(person.cohort)' is not one of the program's cohorts \(program.cohorts.map(\.id))", at: at("cohort"))
            }
            person.manager = value("manager").participantKey
            person.managerName = value("manager_name").trimmedForDisplay
            person.managerEmail = value("manager_email").trimmedForDisplay
            person.team = value("team").trimmedForDisplay
            if hasCompleted { person.completed = yesNo(value("completed"), "completed", at("completed")) ?? false }
            if hasSatisfaction {
                person.satisfaction = diagnostics.answer(
                    AnswerNormalizer.likert(value("satisfaction")), field: "satisfaction", expected: "a rating from 1 to 5",
                    at: at("satisfaction"))
            }
            if hasFirstStepScheduled {
                person.firstStepScheduled = yesNo(value("first_step_scheduled"), "first_step_scheduled", at("first_step_scheduled"))
            }
            participants.append(person)
        }
    }

    mutating func yesNo(_ text: String, _ field: String, _ location: SourceLocation) -> Bool? {
        diagnostics.answer(AnswerNormalizer.yesNo(text), field: field, expected: "yes or no", at: location)
    }
}
