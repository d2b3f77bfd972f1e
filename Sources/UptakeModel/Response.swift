/// One self-report survey row after normalization. PRODUCT.md §1 "Canonical survey fields".
///
/// Kept small, since a build holds one per settled survey row: per-behavior answers live in
/// `answers` (three bytes per behavior) and obstacles in `obstacleSet` (one byte); `applied`,
/// `frequency`, `confidence` and `obstacles` read and write them as dictionaries and sets.
package struct Response: Sendable, Hashable {
    /// Participant key, trimmed and lower-cased.
    package var participant: String
    /// Seconds since 1970-01-01 UTC.
    package var submittedAt: Int64
    /// Day after training the row measures.
    package var checkpoint: Int
    /// `applied.<behavior>`, `frequency.<behavior>` and `confidence.<behavior>`.
    package var answers: BehaviorAnswers
    /// `first_step_done`.
    package var firstStepDone: Bool?
    /// `first_step_date`.
    package var firstStepDate: CalendarDay?
    /// Obstacle categories cited; nil when no choice was given.
    package var obstacleSet: ObstacleSet?
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

    /// A response with no answers, with an answer slot for each behavior id in `behaviors`.
    package init(
        participant: String, submittedAt: Int64, checkpoint: Int, location: SourceLocation, behaviors: [String] = []
    ) {
        self.participant = participant
        self.submittedAt = submittedAt
        self.checkpoint = checkpoint
        self.location = location
        answers = BehaviorAnswers(ids: behaviors)
    }

    /// `applied.<behavior>`: behavior id to yes/no.
    package var applied: [String: Bool] {
        get { answers.appliedByID }
        set { answers.appliedByID = newValue }
    }

    /// `frequency.<behavior>`.
    package var frequency: [String: Frequency] {
        get { answers.frequencyByID }
        set { answers.frequencyByID = newValue }
    }

    /// `confidence.<behavior>`, 1–5.
    package var confidence: [String: Int] {
        get { answers.confidenceByID }
        set { answers.confidenceByID = newValue }
    }

    /// Obstacle categories cited; nil when no choice was given.
    package var obstacles: Set<ObstacleCategory>? {
        get { obstacleSet?.categories }
        set { obstacleSet = newValue.map(ObstacleSet.init) }
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
