/// One roster row (the LMS enrollment export). PRODUCT.md §1 "Roster CSV".
package struct Participant: Sendable, Hashable {
    /// Stable key, trimmed and lower-cased.
    package var key: String
    /// Display name (private: never on the publishable site).
    package var name: String = ""
    /// Email (private).
    package var email: String = ""
    /// Cohort id; empty when the roster has none.
    package var cohort: String = ""
    /// Manager key, trimmed and lower-cased; empty when none.
    package var manager: String = ""
    /// Manager display name.
    package var managerName: String = ""
    /// Manager email.
    package var managerEmail: String = ""
    /// Team name.
    package var team: String = ""
    /// Completed the training; true when the roster has no `completed` column.
    package var completed: Bool = true
    /// Satisfaction rating 1–5, when given.
    package var satisfaction: Int?
    /// Blocked time for the first step before the session ended; nil when unknown.
    package var firstStepScheduled: Bool?
    /// Roster line, for diagnostics.
    package var line: Int = 0

    /// A participant with a key.
    package init(key: String) { self.key = key }
}
