import UptakeModel

/// One manager's team: their reports on the roster and the team's figures.
package struct ManagerTeam: Sendable {
    /// Manager key, trimmed and lower-cased.
    package var manager: String
    /// Display name (from `manager_name`, else the key).
    package var name: String
    /// Email address (from `manager_email`); empty when unknown.
    package var email: String
    /// Team names of the reports, in roster order, without repeats.
    package var teams: [String]
    /// Cohort ids of the reports, in front-matter order.
    package var cohorts: [String]
    /// The team's figures, after primary and secondary suppression; nil when the team has
    /// fewer trained people than `min_group_size` (PRODUCT.md §2: one-pagers show team figures
    /// only for teams at or above the threshold).
    package var metrics: GroupMetrics?
    /// Trained reports.
    package var trained: Int
}

/// PRODUCT.md §2: per-manager figures for the one-pagers, with the secondary suppression of a
/// breakdown applied across managers.
package enum ManagerBreakdown {
    /// Every manager of the program's roster, in order of first appearance.
    package static func teams(of loaded: LoadedProgram, overall: GroupMetrics, config: SiteConfig) -> [ManagerTeam] {
        var order: [String] = []
        var rows: [String: [Participant]] = [:]
        for person in loaded.roster where !person.manager.isEmpty {
            if rows[person.manager] == nil { order.append(person.manager) }
            rows[person.manager, default: []].append(person)
        }
        let measurer = GroupMeasurer(loaded, config: config)
        var cells = order.map { measurer.measure(rows[$0]!) }
        SecondarySuppression.apply(to: &cells, total: overall)
        let cohortOrder = loaded.program.cohorts.map(\.id)
        return zip(order, cells).map { key, metrics in
            let people = rows[key]!
            let first = people.first { !$0.managerName.isEmpty || !$0.managerEmail.isEmpty } ?? people[0]
            var teams: [String] = []
            for person in people where !person.team.isEmpty && !teams.contains(person.team) { teams.append(person.team) }
            let cohorts = cohortOrder.filter { id in people.contains { $0.cohort == id } }
            let trained = people.count(where: \.completed)
            return ManagerTeam(
                manager: key, name: first.managerName.isEmpty ? key : first.managerName, email: first.managerEmail,
                teams: teams, cohorts: cohorts, metrics: trained >= config.minGroupSize ? metrics : nil, trained: trained)
        }
    }
}
