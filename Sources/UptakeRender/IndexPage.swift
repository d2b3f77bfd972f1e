import UptakeMetrics
import UptakeModel

/// `index.html`: every program with its headline gap. PRODUCT.md §3.
struct IndexPage {
    var site: SiteContext
    var programs: [ProgramSummary]

    var context: [String: Any] {
        let cards: [[String: Any]] = programs.map { entry in
            var card: [String: Any] = [
                "title": entry.title, "summary": entry.summary,
                "href": "programs/\(entry.id)/index.html",
                "reportHref": "programs/\(entry.id)/report.html",
                "metricsHref": "programs/\(entry.id)/metrics.json",
                "gap": site.gap(learning: entry.learning, doing: entry.doing, checkpointDay: entry.checkpointDay),
            ]
            if !entry.summary.isEmpty { card["hasSummary"] = true }
            return card
        }
        var values: [String: Any] = ["programs": cards, "programCount": programs.count]
        if !programs.isEmpty {
            var chart = GapChart(
                id: "gap-chart", title: "Learning versus doing, per program",
                rows: programs.map {
                    GapChart.Row(label: $0.title, learning: $0.learning, doing: $0.doing)
                },
                learningLabel: "Rated well", doingLabel: "Apply it",
                suppressedReason: site.format.withheld)
            chart.width = SiteContext.chartWidth
            values["gapChart"] = chart.svg()
            values["gapTable"] = gapTable.html
            values["hasGapChart"] = true
        }
        return site.page(root: "", values)
    }

    /// The data table behind the gap chart.
    var gapTable: HTMLTable {
        let format = site.format
        return HTMLTable(
            caption: "Learning versus doing per program: rated favorably, applying at least one behavior, and the gap",
            headers: ["Program", "Rated favorably", "Apply at least one behavior", "At day", "Gap"],
            rows: programs.map { entry in
                let gap = entry
                func rate(_ value: Double?) -> HTMLTable.Cell {
                    value.map { .number(format.percent($0)) } ?? .number(format.withheld, withheld: true)
                }
                var points = HTMLTable.Cell.number("—", withheld: true)
                if let l = gap.learning, let d = gap.doing { points = .number(format.gapText(learning: l, doing: d)) }
                return [
                    .text(entry.title), rate(gap.learning), rate(gap.doing),
                    .number(gap.checkpointDay.map(String.init) ?? "—"), points,
                ]
            })
    }
}
