/// Everything the loader read, ready to measure: the input of UptakeMetrics and UptakeRender.
package struct LoadedSite: Sendable {
    /// Site folder as given.
    package var root: String
    /// `uptake.yml`.
    package var config: SiteConfig
    /// Programs sorted by id.
    package var programs: [LoadedProgram]
    /// The site's own `templates/` files (path relative to `templates/` → text), laid over
    /// the default theme file by file.
    package var templateOverrides: [String: String] = [:]

    /// A loaded site.
    package init(root: String, config: SiteConfig, programs: [LoadedProgram]) {
        self.root = root
        self.config = config
        self.programs = programs
    }
}

/// A program with its roster and de-duplicated, roster-matched survey data.
package struct LoadedProgram: Sendable {
    /// The definition.
    package var program: Program
    /// Every roster row, in file order.
    package var roster: [Participant] { didSet { persons = nil } }
    /// Whether the roster had a `completed` column.
    package var rosterHasCompleted: Bool = true
    /// Whether the roster had a `satisfaction` column.
    package var rosterHasSatisfaction: Bool = true
    /// Whether the roster had a `first_step_scheduled` column.
    package var rosterHasFirstStepScheduled: Bool = true
    /// Latest self-report per (trained participant, checkpoint).
    package var responses: [Response] { didSet { persons = nil } }
    /// Latest observation per (trained participant, checkpoint).
    package var observations: [Observation] { didSet { persons = nil } }
    /// The roster rows', responses' and observations' person numbers, when the loader gives
    /// them; changing any of those arrays drops them, as they would no longer fit.
    package var persons: PersonNumbers?
    /// Per checkpoint day, the fields its exports asked.
    package var asked: [Int: AskedFields]
    /// Counts and warnings for `data_quality`.
    package var dataQuality: DataQuality

    /// A loaded program.
    package init(
        program: Program, roster: [Participant], responses: [Response], observations: [Observation],
        asked: [Int: AskedFields], dataQuality: DataQuality
    ) {
        self.program = program
        self.roster = roster
        self.responses = responses
        self.observations = observations
        self.asked = asked
        self.dataQuality = dataQuality
    }
}

/// PRODUCT.md §3 `data_quality`.
package struct DataQuality: Sendable, Hashable {
    /// Data records of every export of the program (observations included).
    package var rowsRead: Int = 0
    /// Earlier submissions of the same participant and checkpoint.
    package var duplicatesDropped: Int = 0
    /// Rows with a blank participant, not on the roster, or not trained.
    package var unmatchedRows: Int = 0
    /// Qualtrics previews, tests, spam and unfinished responses skipped.
    package var skippedRows: Int = 0
    /// Warnings about this program's inputs.
    package var warnings: [Diagnostic] = []

    /// Empty counts.
    package init() {}
}
