import UptakeCSV
import UptakeModel

/// How one survey tool lays out its export: header rows, how a mapping names a column, how a
/// multi-select answer is written. One small adapter per tool over the one CSV reader.
struct ExportLayout {
    var format: SurveyFormat
    var table: CSVTable
    /// Header text of each column per header row (SurveyMonkey titles carried forward).
    var headerRows: [[String]]
    /// Qualtrics' `Status` and `Finished` columns, looked up once rather than per row.
    private(set) var statusColumn: Int?
    private(set) var finishedColumn: Int?
    /// Number of records before the data.
    var headerCount: Int { headerRows.count }

    init(format: SurveyFormat, table: CSVTable) {
        self.format = format
        self.table = table
        let rows = min(Self.headerRowCount(format), table.recordCount)
        var headers = (0..<rows).map { table.fields(ofRecord: $0) }
        if format == .surveymonkey, !headers.isEmpty {
            var title = ""
            headers[0] = headers[0].map { cell in
                if !cell.trimmedForDisplay.isEmpty { title = cell }
                return title
            }
        }
        headerRows = headers
        if format == .qualtrics {
            statusColumn = columns(named: "Status").first
            finishedColumn = columns(named: "Finished").first
        }
    }

    static func headerRowCount(_ format: SurveyFormat) -> Int {
        switch format {
        case .qualtrics: return 3
        case .surveymonkey: return 2
        case .generic, .googleForms, .msForms: return 1
        }
    }

    /// Columns a mapping names. Qualtrics: export tag, question text or ImportId; SurveyMonkey:
    /// the question title (every column it spans) or `title / option`; others: the header.
    /// Exact match first, then trimmed and case-insensitive.
    func columns(named header: String) -> [Int] {
        let wanted = header.trimmedForDisplay
        for exact in [true, false] {
            let found = candidates(wanted, exact: exact)
            if !found.isEmpty { return found }
        }
        return []
    }

    private func candidates(_ wanted: String, exact: Bool) -> [Int] {
        func same(_ a: String) -> Bool {
            exact ? a == wanted : a.trimmedForDisplay.lowercased() == wanted.lowercased()
        }
        guard let first = headerRows.first else { return [] }
        switch format {
        case .qualtrics:
            for row in headerRows.indices {
                let hits = headerRows[row].indices.filter { column in
                    let cell = headerRows[row][column]
                    return same(cell) || same(Self.qualtricsName(cell, row: row))
                }
                if !hits.isEmpty { return [hits[0]] }
            }
            return []
        case .surveymonkey:
            let spans = first.indices.filter { same(first[$0]) }
            if !spans.isEmpty { return spans }
            let second = headerRows.count > 1 ? headerRows[1] : []
            return first.indices.filter { i in
                i < second.count && same("\(first[i]) / \(second[i])")
            }.prefix(1).map { $0 }
        case .generic, .googleForms, .msForms:
            return first.indices.filter { same(first[$0]) }.prefix(1).map { $0 }
        }
    }

    /// Qualtrics' third header row is `{"ImportId":"QID2"}`: a mapping may name `QID2`.
    static func qualtricsName(_ cell: String, row: Int) -> String {
        guard row == 2, cell.hasPrefix("{"), let range = cell.range(of: "\"ImportId\":\"") else { return cell }
        let rest = cell[range.upperBound...]
        return String(rest.prefix { $0 != "\"" })
    }

    /// The answer in `columns` of `record`: one column as is; several (a SurveyMonkey
    /// multi-select) joined with the layout's separator.
    func value(_ record: Int, _ columns: [Int]) -> String {
        if columns.count == 1 { return table.field(record, columns[0]) }
        return columns.map { table.field(record, $0) }.filter { !$0.trimmedForDisplay.isEmpty }
            .joined(separator: String(multiSelectSeparator))
    }

    /// How a multi-select answer joins its choices.
    var multiSelectSeparator: Character {
        switch format {
        case .qualtrics, .googleForms: return ","
        case .generic, .msForms, .surveymonkey: return ";"
        }
    }

    /// The choices of a multi-select answer. Wordings that themselves contain the separator
    /// (from the program's `obstacle_categories`) are kept whole.
    /// `widest` is `widestWording(in: known)`, when the caller keeps it from row to row.
    func choices(_ answer: String, known: [String: ObstacleCategory], widest: Int? = nil) -> [String] {
        Self.choices(
            answer, separator: multiSelectSeparator, known: known, widest: widest ?? widestWording(in: known))
    }

    /// `choices(_:known:widest:)` of a layout whose `multiSelectSeparator` is `separator`.
    static func choices(
        _ answer: String, separator multiSelectSeparator: Character, known: [String: ObstacleCategory], widest: Int
    ) -> [String] {
        let pieces = answer.split(separator: multiSelectSeparator, omittingEmptySubsequences: false).map(String.init)
        // No wording spans more pieces than it has separators plus one: trying longer joins
        // would make an answer of a million separators cost a million squared.
        var result: [String] = []
        var i = 0
        while i < pieces.count {
            var taken = 1
            for j in stride(from: min(pieces.count, i + widest), to: i + 1, by: -1) {
                let joined = pieces[i..<j].joined(separator: String(multiSelectSeparator))
                if known[joined.trimmedForDisplay.lowercased()] != nil {
                    taken = j - i
                    break
                }
            }
            result.append(pieces[i..<(i + taken)].joined(separator: String(multiSelectSeparator)))
            i += taken
        }
        return result.filter { !$0.trimmedForDisplay.isEmpty }
    }

    /// The most pieces one known wording splits into at the multi-select separator.
    func widestWording(in known: [String: ObstacleCategory]) -> Int {
        Self.widestWording(in: known, separator: multiSelectSeparator)
    }

    /// `widestWording(in:)` of a layout whose `multiSelectSeparator` is `separator`.
    static func widestWording(in known: [String: ObstacleCategory], separator: Character) -> Int {
        1 + known.keys.reduce(0) { widest, wording in max(widest, wording.count { $0 == separator }) }
    }

    /// Qualtrics rows to skip: previews, tests and spam (`Status`), and unfinished responses
    /// (`Finished` 0) unless partial responses are included.
    func skipReason(_ record: Int, includePartial: Bool) -> String? {
        guard format == .qualtrics else { return nil }
        if let status = statusColumn, Self.isSkippedStatus(table.field(record, status)) { return "status" }
        if !includePartial, let finished = finishedColumn, Self.isUnfinished(table.field(record, finished)) {
            return "unfinished"
        }
        return nil
    }

    /// Whether a Qualtrics `Status` marks a preview, test or spam response.
    static func isSkippedStatus(_ text: String) -> Bool {
        let value = text.trimmedForDisplay.lowercased()
        // Numeric values: 1 preview, 2 test, 8 spam, 9/12/17/40 preview, imported or offline
        // preview and EX spam. 4 (imported), 16 (the Offline app) and 32/48 (EX) are real responses.
        return value.contains("preview") || value.contains("test") || value.contains("spam")
            || ["1", "2", "8", "9", "12", "17", "40"].contains(value)
    }

    /// Whether a Qualtrics `Finished` marks an unfinished response.
    static func isUnfinished(_ text: String) -> Bool {
        let value = text.trimmedForDisplay.lowercased()
        return value == "0" || value == "false"
    }
}
