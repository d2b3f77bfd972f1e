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
    /// Keep each row's name, email, manager name, manager email and team (`LoadScope.people`);
    /// without, they stay empty. No diagnostic depends on their values.
    var people = true

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
                if let index = header.firstIndex(where: {
                    $0.lowercased() == mapping.header.trimmedForDisplay.lowercased()
                }) {
                    columns[field] = index
                } else {
                    diagnostics.error(
                        "column '\(mapping.header)' for '\(field)' not found in \(path)", at: mapping.location)
                }
            } else if let index = header.firstIndex(where: { $0.lowercased() == field }) {
                columns[field] = index
            }
        }
        if columns["participant"] == nil, spec.columns.first(where: { $0.field == "participant" }) == nil {
            guard let email = columns["email"] else {
                diagnostics.error(
                    "\(path) has no 'participant' column: map it under roster_columns:", at: spec.fileLocation)
                return
            }
            columns["participant"] = email
        }
        guard diagnostics.errorCount == 0 else { return }
        hasCompleted = columns["completed"] != nil
        hasSatisfaction = columns["satisfaction"] != nil
        hasFirstStepScheduled = columns["first_step_scheduled"] != nil
        readRows(table, columns: columns)
    }
}
