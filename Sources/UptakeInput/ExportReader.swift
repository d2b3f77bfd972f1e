import UptakeCSV
import UptakeModel

/// Reads one survey export into raw responses or observations (before roster matching).
struct ExportReader {
    var spec: SurveySpec
    var program: Program
    var path: String
    var dates: TimestampParser
    var diagnostics = Diagnostics()
    /// The export as parsed, kept to show the lines diagnostics point at.
    var table: CSVTable?
    var rowsRead = 0
    var skippedRows = 0
    /// Rows whose participant is blank: excluded and counted as unmatched.
    var blankParticipantRows = 0
    /// The rows read, appended to what the arrays already hold: a program's loader hands in
    /// its rows of earlier exports, so a million rows are not copied from array to array.
    var responses: [Response] = []
    var observations: [Observation] = []
    /// Per row of `responses` and of `observations`, its participant's number in `rosterKeys`,
    /// or -1 (`ResponseMatcher.settle` takes them instead of looking the keys up again).
    var responseNumbers: [Int32] = []
    var observationNumbers: [Int32] = []
    /// The roster's keys: a row on the roster takes the roster's key String, found from the
    /// field's bytes without making one of its own.
    var rosterKeys = RosterKeys()
    /// The most multi-select pieces one obstacle wording spans (see `ExportLayout.choices`).
    var widestWording = 1
    /// The split obstacle answers shared with the other programs that have this program's table.
    let obstacleChoices: ObstacleChoices
    /// Checkpoint → canonical fields this export asked there.
    var asked: [Int: Set<String>] = [:]
    /// The checkpoints of the rows read so far, each of which asked every mapped field.
    var reachedCheckpoints: Set<Int> = []

    init(spec: SurveySpec, program: Program, locale: String) {
        self.spec = spec
        self.program = program
        path = SiteFiles.contentRelative(spec.file)
        obstacleChoices = ObstacleChoices.shared(for: program.obstacleCategories)
        // SurveyMonkey writes MM/DD/YYYY whatever the account's language.
        let dateLocale = spec.format == .surveymonkey ? "en-US" : locale
        dates = TimestampParser(locale: dateLocale, timezone: spec.timezone, dateFormat: spec.dateFormat)
    }

    /// Parses `bytes`, resolves the mapping and reads every data record.
    mutating func read(_ bytes: [UInt8]) {
        let table: CSVTable
        do {
            table = try CSVReader.parse(bytes, options: spec.csvOptions)
        } catch {
            diagnostics.append(.csvIssue(error, in: path, bytes: bytes, options: spec.csvOptions))
            return
        }
        self.table = table
        let layout = ExportLayout(format: spec.format, table: table)
        guard table.recordCount > 0 else {
            diagnostics.error("empty export: no header row", at: SourceLocation(file: path, line: 1, column: 1))
            return
        }
        widestWording = layout.widestWording(in: program.obstacleCategories)
        guard let columns = resolveColumns(layout) else { return }
        // An export with a fixed checkpoint asked its questions even when nobody answered, so
        // its figures are suppressed (denominator 0) rather than "not asked" (PRODUCT.md §2).
        if let fixed = spec.checkpoint { asked[fixed, default: []].formUnion(columns.keys) }
        var plan = RecordPlan(columns: columns, behaviors: program.behaviors)
        var skips = SkipPlan(layout: layout, includePartial: spec.includePartial)
        if spec.kind == .selfReport {
            // At least doubling: reserving exactly what each export adds moved a program's rows
            // read so far to a fresh buffer once per export (2.5% of `uptake metrics` on the
            // enterprise benchmark, most of it page faults on the new buffer).
            let needed = responses.count + table.recordCount - layout.headerCount
            if needed > responses.capacity { responses.reserveCapacity(max(needed, 2 * responses.capacity)) }
        }
        table.withText { text in
            let fields = FieldBytes(table: table, text: text)
            for record in layout.headerCount..<table.recordCount {
                rowsRead += 1
                if skips.skips(record, layout, fields) {
                    skippedRows += 1
                    continue
                }
                readRecord(record, layout: layout, fields: fields, plan: &plan)
            }
        }
        for day in reachedCheckpoints { asked[day, default: []].formUnion(plan.fields) }
    }

    /// Canonical field → columns; nil (with errors) when a mapped column is missing.
    mutating func resolveColumns(_ layout: ExportLayout) -> [String: [Int]]? {
        var mappings = spec.columns
        if let checkpointColumn = spec.checkpointColumn { mappings.append(checkpointColumn) }
        if mappings.isEmpty || !mappings.contains(where: { $0.field == "participant" }) {
            // PRODUCT.md §1: with no `columns:`, the headers are the canonical names.
            let kind = spec.kind
            let behaviors = Set(program.behaviors.map(\.id))
            let allowed = { (field: String) in
                ProgramReader.problem(with: field, kind: kind, behaviors: behaviors) == nil
            }
            for header in layout.headerRows.first ?? []
            where allowed(header.trimmedForDisplay)
                && !mappings.contains(where: { $0.field == header.trimmedForDisplay })
            {
                mappings.append(
                    ColumnMapping(field: header.trimmedForDisplay, header: header, location: spec.fileLocation))
            }
        }
        var resolved: [String: [Int]] = [:]
        var ok = true
        for mapping in mappings {
            let found = layout.columns(named: mapping.header)
            if found.isEmpty {
                diagnostics.error(
                    "column '\(mapping.header)' for '\(mapping.field)' not found in \(path)", at: mapping.location)
                ok = false
            } else {
                resolved[mapping.field] = found
            }
        }
        for required in ["participant", "submitted_at"] where !mappings.contains(where: { $0.field == required }) {
            diagnostics.error("\(path) has no '\(required)' column: map it under columns:", at: spec.fileLocation)
            ok = false
        }
        return ok ? resolved : nil
    }

    /// Where a field is, for diagnostics.
    func location(_ layout: ExportLayout, _ record: Int, _ column: Int) -> SourceLocation {
        Self.location(path, layout, record, column)
    }

    /// Where field `column` of `record` of the export at `path` is.
    static func location(_ path: String, _ layout: ExportLayout, _ record: Int, _ column: Int) -> SourceLocation {
        SourceLocation(
            file: path, line: layout.table.line(ofField: column, record: record),
            column: layout.table.column(ofField: column, record: record))
    }
}
