import UptakeMetrics
import UptakeModel

/// `programs/<id>/report.html`: the adoption report. PRODUCT.md §3.
struct ReportPage {
    var site: SiteContext
    var program: Program
    var metrics: ProgramMetrics

    var format: Format { site.format }
    var overall: GroupMetrics { metrics.overall }

    func name(of behaviorID: String) -> String {
        program.behaviors.first { $0.id == behaviorID }?.name ?? behaviorID
    }

    /// The latest checkpoint satisfying `condition`.
    func latest(_ condition: (CheckpointMetrics) -> Bool) -> CheckpointMetrics? {
        overall.checkpoints.filter(condition).max { $0.day < $1.day }
    }

    var context: [String: Any] {
        var values: [String: Any] = [
            "program": ["title": program.title], "headline": headline, "gap": site.gap(overall), "stats": stats,
            "adoptionChart": adoptionChart.svg(), "adoptionTable": adoptionTable.html,
            "behaviorFiguresTable": behaviorFiguresTable.html, "checkpointTable": checkpointTable.html,
            "gapChart": gapChart.svg(), "gapTable": gapTable.html, "quality": quality,
        ]
        if let checkpoint = latest({ $0.anyBehaviorAdoptionRate.isShown }) {
            values["hasFunnel"] = true
            values["funnelDay"] = checkpoint.day
            let funnel = funnel(at: checkpoint)
            values["funnelChart"] = funnel.chart.svg()
            values["funnelTable"] = funnel.table.html
        }
        if let checkpoint = latest({ $0.behaviors.contains { $0.frequency != nil } }) {
            values["hasFrequency"] = true
            values["frequencyDay"] = checkpoint.day
            values["frequencyChart"] = frequencyChart(checkpoint).svg()
            values["frequencyTable"] = frequencyTable(checkpoint).html
        }
        for kind in LiftKind.allCases {
            // The latest checkpoint with a lift to show, else the latest that asked the question.
            guard
                let checkpoint = latest({ $0.behaviors.contains { kind.lift($0).points.isShown } })
                    ?? latest({ $0.behaviors.contains { kind.lift($0).points.state != .notApplicable } })
            else { continue }
            values["has\(kind.key.capitalizedFirst)Lift"] = true
            values["\(kind.key)LiftDay"] = checkpoint.day
            values["\(kind.key)LiftChart"] = liftChart(kind, checkpoint).svg()
            values["\(kind.key)LiftTable"] = liftTable(kind, checkpoint).html
        }
        if let checkpoint = latest({ $0.obstaclesAnswered.state != .notApplicable }) {
            values["hasObstacles"] = true
            values["obstaclesDay"] = checkpoint.day
            values["obstaclesChart"] = obstaclesChart(checkpoint).svg()
            values["obstaclesTable"] = obstaclesTable(checkpoint).html
            if !checkpoint.obstacleTexts.isEmpty {
                values["hasObstacleTexts"] = true
                values["obstacleTexts"] = checkpoint.obstacleTexts
            }
        }
        if !metrics.cohorts.isEmpty {
            values["hasCohorts"] = true
            values["cohortTable"] = cohortTable.html
        }
        return site.page(root: "../../", values)
    }

    /// One sentence that says the gap in words.
    var headline: String {
        let gap = overall.gap
        switch (gap.learning, gap.doing, gap.checkpointDay) {
        case (let learning?, let doing?, let day?):
            let points = format.gapPoints(learning: learning, doing: doing)
            let gap =
                points > 0
                ? "a gap of \(points) point\(points == 1 ? "" : "s")"
                : points == 0 ? "no gap" : "more apply it than rated it favorably"
            return
                "\(format.percent(learning)) rated the training favorably; at day \(day), \(format.percent(doing)) of respondents apply at least one behavior it taught: \(gap)."
        case (nil, let doing?, let day?):
            return
                "At day \(day), \(format.percent(doing)) of respondents apply at least one behavior the training taught."
        default:
            return "Not enough responses yet to say how many people apply what the training taught."
        }
    }

    var stats: [[String: Any]] {
        var items: [[String: Any]] = [
            ["label": "Enrolled", "value": "\(overall.enrolled)"],
            [
                "label": "Completed the training", "value": format.percent(overall.completionRate),
                "note": "\(overall.trained) people", "hasNote": true,
            ],
            ["label": "Rated it favorably", "value": format.percent(overall.satisfactionFavorableRate)],
            ["label": "Scheduled a first step", "value": format.percent(overall.firstStepScheduledRate)],
        ]
        if let first = overall.checkpoints.first {
            items.append([
                "label": "Took the first step by day \(first.day)", "value": format.percent(first.firstStepRate),
            ])
            items.append([
                "label": "Intention gap", "value": format.points(overall.intentionGapPoints),
                "note": "scheduled minus done", "hasNote": true,
            ])
        }
        return items
    }

    var quality: String {
        let q = metrics.dataQuality
        var text = "\(q.rowsRead) survey rows read"
        if q.skippedRows > 0 { text += "; \(q.skippedRows) skipped (previews, tests, unfinished)" }
        text +=
            "; \(q.duplicatesDropped) earlier duplicate submissions dropped; \(q.unmatchedRows) rows from people not on the roster or not trained excluded"
        text += "; \(q.warnings.count) warnings. Rates count only people who answered the question."
        return text
    }
}
