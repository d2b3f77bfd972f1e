import UptakeCSV
import UptakeModel

extension ProgramReader {
    static let surveyKeys: Set<String> = [
        "file", "format", "kind", "checkpoint", "checkpoint_column", "columns", "include_partial", "date_format",
        "timezone", "delimiter", "encoding",
    ]

    /// `roster:` and `roster_columns:`.
    mutating func rosterSpec(_ node: YAMLNode?, columns: YAMLNode?) -> RosterSpec? {
        guard let node, let file = node.string(&diagnostics, what: "roster") else {
            diagnostics.error("missing roster: the path of the roster CSV under content/", at: SourceLocation(file: self.file, line: 1, column: 1))
            return nil
        }
        var spec = RosterSpec(file: file, fileLocation: node.location)
        spec.columns = mappings(columns, allowed: { CanonicalField.roster.contains($0) ? nil : "unknown roster field '\($0)'" })
        return spec
    }

    /// `surveys:`.
    mutating func surveySpecs(_ node: YAMLNode?, program: Program) -> [SurveySpec] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            diagnostics.error("surveys must be a list", at: node.location)
            return []
        }
        return items.compactMap { surveySpec($0, program: program) }
    }

    mutating func surveySpec(_ item: YAMLNode, program: Program) -> SurveySpec? {
        guard item.pairs != nil, let fileNode = item["file"], let file = fileNode.string(&diagnostics, what: "file") else {
            diagnostics.error("each survey must be a mapping with a file", at: item.location)
            return nil
        }
        item.warnUnknownKeys(Self.surveyKeys, &diagnostics, in: "survey")
        var spec = SurveySpec(file: file, fileLocation: fileNode.location)
        if let n = item["format"], let text = n.string(&diagnostics, what: "format") {
            if let format = SurveyFormat(rawValue: text.lowercased()) {
                spec.format = format
            } else {
                diagnostics.error("format must be one of generic, qualtrics, surveymonkey, google-forms, ms-forms, got '\(text)'", at: n.location)
            }
        }
        if let n = item["kind"], let text = n.string(&diagnostics, what: "kind") {
            if let kind = SurveyKind(rawValue: text.lowercased()) {
                spec.kind = kind
            } else {
                diagnostics.error("kind must be self-report or manager-observation, got '\(text)'", at: n.location)
            }
        }
        if let n = item["checkpoint"], let day = n.int(&diagnostics, what: "checkpoint") {
            if program.checkpoints.contains(day) {
                spec.checkpoint = day
            } else {
                diagnostics.error(
                    "checkpoint \(day) is not one of the program's checkpoints \(program.checkpoints)", at: n.location)
            }
        }
        if let n = item["checkpoint_column"], let header = n.string(&diagnostics, what: "checkpoint_column") {
            spec.checkpointColumn = ColumnMapping(field: "checkpoint", header: header, location: n.location)
        }
        if item["checkpoint"] == nil, spec.checkpointColumn == nil {
            diagnostics.error("survey '\(file)' needs checkpoint: or checkpoint_column:", at: item.location)
        }
        if let n = item["include_partial"], let value = n.bool(&diagnostics, what: "include_partial") { spec.includePartial = value }
        spec.dateFormat = item["date_format"]?.string(&diagnostics, what: "date_format")
        if let n = item["timezone"], let zone = n.string(&diagnostics, what: "timezone") {
            if TimestampParser.offsetSeconds(zone) == nil {
                diagnostics.error("timezone must be UTC or an offset like +02:00, got '\(zone)'", at: n.location)
            } else {
                spec.timezone = zone
            }
        }
        spec.csvOptions = csvOptions(item)
        let kind = spec.kind
        let behaviorIDs = Set(program.behaviors.map(\.id))
        let mapped = mappings(item["columns"]) { field in
            Self.problem(with: field, kind: kind, behaviors: behaviorIDs)
        }
        if let checkpointColumn = mapped.first(where: { $0.field == "checkpoint" }), spec.checkpointColumn == nil {
            spec.checkpointColumn = checkpointColumn
        }
        spec.columns = mapped.filter { $0.field != "checkpoint" }
        return spec
    }

    /// The `delimiter:` and `encoding:` a survey or roster declares.
    mutating func csvOptions(_ item: YAMLNode) -> CSVOptions {
        var options = CSVOptions()
        if let n = item["delimiter"], let text = n.string(&diagnostics, what: "delimiter") {
            if let delimiter = CSVOptions.Delimiter(text) {
                options.delimiter = delimiter
            } else {
                diagnostics.error("delimiter must be ',', ';' or 'tab', got '\(text)'", at: n.location)
            }
        }
        if let n = item["encoding"], let text = n.string(&diagnostics, what: "encoding") {
            if let encoding = CSVOptions.Encoding(rawValue: text.lowercased()) {
                options.encoding = encoding
            } else {
                diagnostics.error("encoding must be utf-8 or windows-1252, got '\(text)'", at: n.location)
            }
        }
        return options
    }

    /// Why a canonical field name cannot be mapped, or nil when it can.
    static func problem(with field: String, kind: SurveyKind, behaviors: Set<String>) -> String? {
        let plain = kind == .selfReport ? CanonicalField.selfReport : CanonicalField.observation
        if plain.contains(field) { return nil }
        let prefixes = kind == .selfReport ? CanonicalField.selfReportPerBehavior : CanonicalField.observationPerBehavior
        guard let (prefix, behavior) = CanonicalField.split(field), prefixes.contains(prefix) else {
            return "unknown field '\(field)' for a \(kind.rawValue) export"
        }
        return behaviors.contains(behavior) ? nil : "unknown behavior id '\(behavior)' in mapping '\(field)'"
    }

    /// A `columns:` mapping; keys are canonical fields, values export headers.
    mutating func mappings(_ node: YAMLNode?, allowed: (String) -> String?) -> [ColumnMapping] {
        guard let node, !node.isNull else { return [] }
        guard let pairs = node.pairs else {
            diagnostics.error("columns must map canonical fields to export column headers", at: node.location)
            return []
        }
        var result: [ColumnMapping] = []
        for pair in pairs {
            if let problem = allowed(pair.key) {
                diagnostics.error(problem, at: pair.keyNode.location)
                continue
            }
            guard let header = pair.value.string(&diagnostics, what: "column header of '\(pair.key)'") else { continue }
            result.append(ColumnMapping(field: pair.key, header: header, location: pair.value.location))
        }
        return result
    }
}
