import UptakeModel

extension Diagnostics {
    /// How many errors, and how many warnings, one file may report.
    static let perFileLimit = 100

    /// At most `limit` errors and `limit` warnings per file, the first by place; the rest of
    /// each become one diagnostic, at the place of the first one left out, that says how many
    /// there were.
    ///
    /// An export of a million rows that all answer a question the same unreadable way would
    /// otherwise print a million lines and publish a million warnings in metrics.json; the
    /// counts in `data_quality` (rows read, duplicates, unmatched rows) stay exact.
    func limited(perFile limit: Int = Diagnostics.perFileLimit) -> Diagnostics {
        struct Group: Hashable {
            var file: String?
            var severity: Diagnostic.Severity
        }
        var members: [Group: [Int]] = [:]
        for (index, diagnostic) in all.enumerated() {
            members[Group(file: diagnostic.location?.file, severity: diagnostic.severity), default: []].append(index)
        }
        var dropped = Set<Int>()
        var summaries: [Diagnostic] = []
        for (group, indices) in members where indices.count > limit {
            // Every member has the same file (or none), so places compare by line and column;
            // ties keep the order they were reported in.
            let byPlace = indices.sorted { a, b in
                let (x, y) = (all[a].location, all[b].location)
                guard let x, let y, x != y else { return a < b }
                return x < y
            }
            dropped.formUnion(byPlace[limit...])
            let place = all[byPlace[limit]].location
            let more = "\(indices.count - limit) more \(group.severity.rawValue)s"
            summaries.append(Diagnostic(group.severity, "\(more) in this file from here on are not listed", at: place))
        }
        guard !summaries.isEmpty else { return self }
        let kept = all.indices.filter { !dropped.contains($0) }.map { all[$0] }
        let ordered = summaries.sorted { a, b in
            (a.location?.file ?? "", a.severity.rawValue) < (b.location?.file ?? "", b.severity.rawValue)
        }
        return Diagnostics(kept + ordered)
    }
}
