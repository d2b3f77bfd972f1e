import UptakeModel

/// Every figure of PRODUCT.md §2 for one program: pooled, per cohort, per checkpoint.
package struct ProgramMetrics: Sendable {
    /// Program id.
    package var programID: String
    /// Program title.
    package var programTitle: String
    /// The threshold in force.
    package var minGroupSize: Int
    /// All participants pooled.
    package var overall: GroupMetrics
    /// One per front-matter cohort, in that order.
    package var cohorts: [CohortMetrics]
    /// PRODUCT.md §3 `data_quality`.
    package var dataQuality: DataQuality
    /// Consented stories, without names.
    package var stories: [Story]
    /// Each manager's team, for the one-pagers (not in metrics.json).
    package var managers: [ManagerTeam] = []
}

/// A cohort's figures.
package struct CohortMetrics: Sendable {
    /// Cohort id.
    package var id: String
    /// Cohort name.
    package var name: String
    /// The cohort's figures.
    package var metrics: GroupMetrics
}

/// Figures for one group of roster rows (a program, a cohort, a team).
package struct GroupMetrics: Sendable {
    /// Roster rows.
    package var enrolled: Int
    /// Roster rows with `completed` yes.
    package var trained: Int
    /// trained / enrolled.
    package var completionRate: Figure
    /// Ratings of 4 or 5 over trained participants who rated.
    package var satisfactionFavorableRate: Figure
    /// Trained with `first_step_scheduled` yes over trained.
    package var firstStepScheduledRate: Figure
    /// 100 × (first_step_scheduled_rate − first_step_rate at the first checkpoint).
    package var intentionGapPoints: Figure
    /// The learning-vs-doing headline.
    package var gap: Gap
    /// In front-matter order.
    package var checkpoints: [CheckpointMetrics]
}

/// PRODUCT.md §2 `gap`: learning = satisfaction_favorable_rate, doing = any-behavior adoption at
/// the latest checkpoint that is not suppressed.
package struct Gap: Sendable, Hashable {
    /// Satisfaction favorable rate.
    package var learning: Double?
    /// Any-behavior adoption rate.
    package var doing: Double?
    /// 100 × (learning − doing).
    package var points: Double?
    /// The checkpoint `doing` comes from.
    package var checkpointDay: Int?
}

/// Figures at one checkpoint.
package struct CheckpointMetrics: Sendable {
    /// Days after training.
    package var day: Int
    /// Trained participants with a response (always shown).
    package var respondents: Int
    /// respondents / trained (always shown).
    package var responseRate: Figure
    /// Applying at least one behavior, over those who answered at least one `applied.*`.
    package var anyBehaviorAdoptionRate: Figure
    /// `first_step_done` yes over those who answered it.
    package var firstStepRate: Figure
    /// For the report's funnel (not in metrics.json): respondents at or above the target
    /// frequency of at least one behavior, over respondents who answered a frequency.
    package var anyHabitRate: Figure
    /// In front-matter order.
    package var behaviors: [BehaviorMetrics]
    /// Every category, by count descending then name.
    package var obstacles: [ObstacleMetric]
    /// The shared denominator of the obstacle rates (respondents who gave a choice).
    package var obstaclesAnswered: Figure
    /// `obstacle_text` answers, only when the group reaches `min_group_size_text`.
    package var obstacleTexts: [String]
}

/// Figures of one behavior at one checkpoint.
package struct BehaviorMetrics: Sendable {
    /// Behavior id.
    package var id: String
    /// Respondents with an `applied` answer (nil when suppressed or not asked).
    package var answered: Int?
    /// Of those, yes.
    package var adopted: Int?
    /// adopted / answered.
    package var adoptionRate: Figure
    /// Wilson 95% lower bound.
    package var ciLow: Double?
    /// Wilson 95% upper bound.
    package var ciHigh: Double?
    /// adopted / trained.
    package var conservativeRate: Figure
    /// Frequency at or above target over those who answered frequency.
    package var habitRate: Figure
    /// Counts per level, never … daily (nil when not shown).
    package var frequency: [Int]?
    /// Previous-checkpoint adopters still adopting.
    package var persistenceRate: Figure
    /// Adoption with manager discussion minus without.
    package var managerLift: Lift
    /// Adoption with a peer check-in minus without.
    package var peerLift: Lift
    /// From manager-observation exports.
    package var observedRate: Figure
    /// Self-report and observation agree, over matched pairs.
    package var agreementRate: Figure
    /// 100 × (self rate − observed rate) on matched pairs.
    package var selfReportInflationPoints: Figure

    /// True when adoption is suppressed: then every figure of the behavior is withheld.
    package var suppressed: Bool { adoptionRate.isSuppressed }
}

/// A lift: adoption in one group minus adoption in the other, PRODUCT.md §2.
package struct Lift: Sendable, Hashable {
    /// 100 × (with − without).
    package var points: Figure
    /// Adoption among the "yes" group, when shown.
    package var withRate: Double?
    /// Adoption among the "no" group, when shown.
    package var withoutRate: Double?
    /// Size of the "yes" group, when shown.
    package var withCount: Int?
    /// Size of the "no" group, when shown.
    package var withoutCount: Int?

    /// A lift that does not apply.
    package static let notApplicable = Lift(points: .notApplicable)
}

/// One obstacle category at one checkpoint.
package struct ObstacleMetric: Sendable, Hashable {
    /// The category.
    package var category: ObstacleCategory
    /// Respondents citing it (nil when suppressed or not asked).
    package var count: Int?
    /// count / respondents who gave at least one choice.
    package var rate: Figure
}

/// A consented success story, without any name.
package struct Story: Sendable, Hashable {
    /// The text as written.
    package var text: String
    /// Checkpoint it was told at.
    package var checkpoint: Int
    /// Cohort id of the teller.
    package var cohort: String
}
