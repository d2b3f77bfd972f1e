import UptakeCSV
import UptakeModel

/// One entry of a program's `surveys:` list. PRODUCT.md §1.
struct SurveySpec {
    /// Path relative to `content/`.
    var file: String
    /// Where `file:` is written, for problems with the file itself.
    var fileLocation: SourceLocation
    var format: SurveyFormat = .generic
    var kind: SurveyKind = .selfReport
    /// A fixed checkpoint for every row.
    var checkpoint: Int?
    /// Or a column holding each row's checkpoint.
    var checkpointColumn: ColumnMapping?
    /// Canonical field → export column.
    var columns: [ColumnMapping] = []
    /// Keep unfinished Qualtrics responses.
    var includePartial = false
    /// Overrides the tool's date layout (e.g. `DD/MM/YYYY HH:mm`).
    var dateFormat: String?
    /// Offset or zone for timestamps without one (`+02:00`, `UTC`).
    var timezone: String?
    /// Declared CSV options.
    var csvOptions = CSVOptions()
}

/// A canonical field and the export column that holds it, with where the mapping is written.
struct ColumnMapping {
    /// Canonical field, e.g. `applied.one-question`.
    var field: String
    /// Column header (any header row for Qualtrics and SurveyMonkey).
    var header: String
    /// The mapping's value in the program file (PRODUCT.md §2: a missing mapped column points here).
    var location: SourceLocation
}

/// The roster entry of a program.
struct RosterSpec {
    var file: String
    var fileLocation: SourceLocation
    var columns: [ColumnMapping] = []
    var csvOptions = CSVOptions()
}

/// Canonical field names. PRODUCT.md §1 "Canonical survey fields".
enum CanonicalField {
    static let selfReport: Set<String> = [
        "participant", "submitted_at", "checkpoint", "first_step_done", "first_step_date", "obstacles",
        "obstacle_text", "manager_discussed", "peer_checkin", "story", "story_consent",
    ]
    static let selfReportPerBehavior = ["applied", "frequency", "confidence"]
    static let observation: Set<String> = ["participant", "observer", "submitted_at", "checkpoint"]
    static let observationPerBehavior = ["observed"]
    static let roster = [
        "participant", "name", "email", "cohort", "manager", "manager_name", "manager_email", "team", "completed",
        "satisfaction", "first_step_scheduled",
    ]

    /// The per-behavior prefix and behavior id of `applied.x`-style fields.
    static func split(_ field: String) -> (prefix: String, behavior: String)? {
        guard let dot = field.firstIndex(of: ".") else { return nil }
        return (String(field[..<dot]), String(field[field.index(after: dot)...]))
    }
}
