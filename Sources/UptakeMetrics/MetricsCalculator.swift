import UptakeModel

/// PRODUCT.md §2 for a whole program: pooled figures, each cohort's, secondary suppression
/// across cohorts, and the consented stories. Pure: values in, values out.
package enum MetricsCalculator {
    /// The metrics of one loaded program. Without `managers`, the managers' teams (which only
    /// the one-pagers show, never metrics.json) are not measured and `managers` stays empty.
    package static func metrics(for loaded: LoadedProgram, config: SiteConfig, managers: Bool = true) -> ProgramMetrics
    {
        let measurer = GroupMeasurer(loaded, config: config)
        let overall = measurer.measure(rows: Array(loaded.roster.indices))
        var rowsOfCohort: [String: [Int]] = [:]
        let roster = loaded.roster
        for index in roster.indices { rowsOfCohort[roster[index].cohort, default: []].append(index) }
        var cells = loaded.program.cohorts.map { cohort in measurer.measure(rows: rowsOfCohort[cohort.id] ?? []) }
        SecondarySuppression.apply(to: &cells, total: overall)
        let cohorts = zip(loaded.program.cohorts, cells).map {
            CohortMetrics(id: $0.id, name: $0.name, metrics: $1)
        }
        return ProgramMetrics(
            programID: loaded.program.id, programTitle: loaded.program.title,
            minGroupSize: config.minGroupSize, overall: overall, cohorts: cohorts,
            dataQuality: loaded.dataQuality, stories: stories(in: loaded, table: measurer.table),
            managers: managers
                ? ManagerBreakdown.teams(of: loaded, overall: overall, config: config, measurer: measurer) : [])
    }

    /// The figures of any subset of the roster (a team, a manager's reports), primary suppression only.
    package static func metrics(of roster: [Participant], in loaded: LoadedProgram, config: SiteConfig) -> GroupMetrics
    {
        GroupMeasurer(loaded, config: config).measure(roster)
    }

    /// PRODUCT.md §2 stories: `story` texts with `story_consent` yes, shown without names.
    /// A story's cohort is that of its person's first roster row, found by person number in the
    /// program's answer table. (A dictionary of every roster key,
    /// built to look up a few consented stories, was 1.8% of `uptake metrics` on the enterprise
    /// benchmark.)
    static func stories(in loaded: LoadedProgram, table: AnswerTable) -> [Story] {
        let responses = loaded.responses
        let roster = loaded.roster
        var firstRow = [Int](repeating: -1, count: table.personCount)
        for (row, person) in table.personOfRow.enumerated() where firstRow[Int(person)] < 0 {
            firstRow[Int(person)] = row
        }
        func cohort(ofResponse index: Int) -> String {
            let person = table.personOfResponse[index]
            guard firstRow[Int(person)] >= 0 else { return "" }
            return roster[firstRow[Int(person)]].cohort
        }
        // By index, so that only the consented responses' fields are read, not every response copied.
        let consented = responses.indices.filter { responses[$0].storyConsent == true }
        let ordered = consented.sorted { a, b in
            (responses[a].checkpoint, responses[a].submittedAt, responses[a].participant)
                < (responses[b].checkpoint, responses[b].submittedAt, responses[b].participant)
        }
        return ordered.compactMap { index in
            guard let text = responses[index].story?.trimmedForDisplay, !text.isEmpty else { return nil }
            return Story(
                text: text, checkpoint: responses[index].checkpoint, cohort: cohort(ofResponse: index)
            )
        }
    }
}
