import UptakeMetrics
import UptakeModel

/// `index.html`: every program with its headline gap. PRODUCT.md §3.
struct IndexPage {
    var site: SiteContext
    var programs: [(program: Program, metrics: ProgramMetrics)]

    var context: [String: Any] {
        let cards: [[String: Any]] = programs.map { entry in
            var card: [String: Any] = [
                "title": entry.program.title, "summary": entry.program.summary,
                "href": "programs/\(entry.program.id)/index.html",
                "reportHref": "programs/\(entry.program.id)/report.html",
                "metricsHref": "programs/\(entry.program.id)/metrics.json",
                "gap": site.gap(entry.metrics.overall),
            ]
            if !entry.program.summary.isEmpty { card["hasSummary"] = true }
            return card
        }
        var values: [String: Any] = ["programs": cards, "programCount": programs.count]
        if !programs.isEmpty {
            let chart = GapChart(
                id: "gap", title: "Learning versus doing, per program",
                rows: programs.map {
                    GapChart.Row(label: $0.program.title, learning: $0.metrics.overall.gap.learning, doing: $0.metrics.overall.gap.doing)
                },
                learningLabel: "Liked it", doingLabel: "Apply it",
                suppressedReason: site.format.withheld)
            values["gapChart"] = chart.svg()
            values["hasGapChart"] = true
        }
        return site.page(root: "", values)
    }
}
