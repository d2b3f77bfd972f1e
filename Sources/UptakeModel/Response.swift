/// One self-report survey row after normalization. PRODUCT.md §1 "Canonical survey fields".
package struct Response: Sendable, Hashable {
    /// Participant key, trimmed and lower-cased.
    package var participant: String
    /// Seconds since 1970-01-01 UTC.
    package var submittedAt: Int64
    /// Day after training the row measures.
    package var checkpoint: Int
    /// `applied.<behavior>`: behavior id to yes/no.
    package var applied: [String: Bool] = [:]
    /// `frequency.<behavior>`.
    package var frequency: [String: Frequency] = [:]
    /// `confidence.<behavior>`, 1–5.
    package var confidence: [String: Int] = [:]
    /// `first_step_done`.
    package var firstStepDone: Bool?
    /// `first_step_date`.
    package var firstStepDate: CalendarDay?
    /// Obstacle categories cited; nil when no choice was given.
    package var obstacles: Set<ObstacleCategory>?
    /// `obstacle_text`, free text.
    package var obstacleText: String?
    /// `manager_discussed`.
    package var managerDiscussed: Bool?
    /// `peer_checkin`.
    package var peerCheckin: Bool?
    /// `story`, free text.
    package var story: String?
    /// `story_consent`.
    package var storyConsent: Bool?
    /// Where the row is, for diagnostics.
    package var location: SourceLocation

    /// A response with no answers.
    package init(participant: String, submittedAt: Int64, checkpoint: Int, location: SourceLocation) {
        self.participant = participant
        self.submittedAt = submittedAt
        self.checkpoint = checkpoint
        self.location = location
    }
}

/// One manager-observation row. PRODUCT.md §1.
package struct Observation: Sendable, Hashable {
    /// Participant key, trimmed and lower-cased.
    package var participant: String
    /// Observer key (private).
    package var observer: String = ""
    /// Seconds since 1970-01-01 UTC.
    package var submittedAt: Int64
    /// Day after training the row measures.
    package var checkpoint: Int
    /// `observed.<behavior>`.
    package var observed: [String: Bool] = [:]
    /// Where the row is.
    package var location: SourceLocation

    /// An observation with no answers.
    package init(participant: String, submittedAt: Int64, checkpoint: Int, location: SourceLocation) {
        self.participant = participant
        self.submittedAt = submittedAt
        self.checkpoint = checkpoint
        self.location = location
    }
}

/// Which canonical fields the exports of one checkpoint asked, so a figure nobody asked is
/// `null` without `suppressed` (PRODUCT.md §2 "Suppression").
package struct AskedFields: Sendable, Hashable {
    /// Canonical field names (`applied.<id>`, `first_step_done`, …) mapped by a self-report export.
    package var selfReport: Set<String> = []
    /// `observed.<id>` fields mapped by an observation export.
    package var observation: Set<String> = []

    /// Nothing asked.
    package init() {}
}
