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
        teams(of: loaded, overall: overall, config: config, measurer: GroupMeasurer(loaded, config: config))
    }

    /// `teams(of:overall:config:)` with the program's measurer already built.
    static func teams(
        of loaded: LoadedProgram, overall: GroupMetrics, config: SiteConfig, measurer: GroupMeasurer
    ) -> [ManagerTeam] {
        // The roster is bucketed by manager in one pass; each team is then measured by row number.
        var order: [String] = []
        var rows: [String: [Int]] = [:]
        let roster = loaded.roster
        for index in roster.indices where !roster[index].manager.isEmpty {
            let manager = roster[index].manager
            if rows[manager] == nil { order.append(manager) }
            rows[manager, default: []].append(index)
        }
        let teamRows = order.map { rows[$0] ?? [] }
        var cells = teamRows.map(measurer.measure(rows:))
        SecondarySuppression.apply(to: &cells, total: overall)
        let cohortOrder = loaded.program.cohorts.map(\.id)
        return zip(order, zip(teamRows, cells)).map { key, team in
            let (rows, metrics) = team
            let first = rows.first { !roster[$0].managerName.isEmpty || !roster[$0].managerEmail.isEmpty } ?? rows.first
            var teams: [String] = []
            for row in rows where !roster[row].team.isEmpty && !teams.contains(roster[row].team) {
                teams.append(roster[row].team)
            }
            let cohorts = cohortOrder.filter { id in rows.contains { roster[$0].cohort == id } }
            let trained = rows.count { roster[$0].completed }
            let name = first.map { roster[$0].managerName } ?? ""
            return ManagerTeam(
                manager: key, name: name.isEmpty ? key : name, email: first.map { roster[$0].managerEmail } ?? "",
                teams: teams, cohorts: cohorts, metrics: trained >= config.minGroupSize ? metrics : nil,
                trained: trained)
        }
    }
}
