import UptakeModel

/// PRODUCT.md §2 for a whole program: pooled figures, each cohort's, secondary suppression
/// across cohorts, and the consented stories. Pure: values in, values out.
package enum MetricsCalculator {
    /// The metrics of one loaded program.
    package static func metrics(for loaded: LoadedProgram, config: SiteConfig) -> ProgramMetrics {
        let measurer = GroupMeasurer(loaded, config: config)
        let overall = measurer.measure(loaded.roster)
        var cells = loaded.program.cohorts.map { cohort in
            measurer.measure(loaded.roster.filter { $0.cohort == cohort.id })
        }
        SecondarySuppression.apply(to: &cells, total: overall)
        let cohorts = zip(loaded.program.cohorts, cells).map {
            CohortMetrics(id: $0.id, name: $0.name, metrics: $1)
        }
        return ProgramMetrics(
            programID: loaded.program.id, programTitle: loaded.program.title,
            minGroupSize: config.minGroupSize, overall: overall, cohorts: cohorts,
            dataQuality: loaded.dataQuality, stories: stories(in: loaded),
            managers: ManagerBreakdown.teams(of: loaded, overall: overall, config: config))
    }

    /// The figures of any subset of the roster (a team, a manager's reports), primary suppression only.
    package static func metrics(of roster: [Participant], in loaded: LoadedProgram, config: SiteConfig) -> GroupMetrics {
        GroupMeasurer(loaded, config: config).measure(roster)
    }

    /// PRODUCT.md §2 stories: `story` texts with `story_consent` yes, shown without names.
    static func stories(in loaded: LoadedProgram) -> [Story] {
        let cohorts = Dictionary(loaded.roster.map { ($0.key, $0.cohort) }, uniquingKeysWith: { a, _ in a })
        return loaded.responses
            .filter { $0.storyConsent == true }
            .sorted { ($0.checkpoint, $0.submittedAt, $0.participant) < ($1.checkpoint, $1.submittedAt, $1.participant) }
            .compactMap { response in
                guard let text = response.story?.trimmedForDisplay, !text.isEmpty else { return nil }
                return Story(text: text, checkpoint: response.checkpoint, cohort: cohorts[response.participant] ?? "")
            }
    }
}
