import UptakeMetrics
import UptakeModel

extension ReportPage {
    /// A figure's cell: the percent, or the withheld reason in words.
    func cell(_ figure: Figure) -> HTMLTable.Cell {
        .number(format.percent(figure), withheld: !figure.isShown)
    }

    func pointsCell(_ figure: Figure) -> HTMLTable.Cell {
        .number(format.points(figure), withheld: !figure.isShown)
    }

    /// Every behavior figure per checkpoint: the data table behind the adoption chart.
    var adoptionTable: HTMLTable {
        var rows: [[HTMLTable.Cell]] = []
        for (index, behavior) in program.behaviors.enumerated() {
            for checkpoint in overall.checkpoints {
                let b = checkpoint.behaviors[index]
                var adoption = format.percent(b.adoptionRate)
                if let low = b.ciLow, let high = b.ciHigh, b.adoptionRate.isShown {
                    adoption += " (\(format.percent(low))–\(format.percent(high)))"
                }
                rows.append([
                    .text("\(behavior.name), day \(checkpoint.day)"),
                    .number(adoption, withheld: !b.adoptionRate.isShown),
                    .number(b.answered.map(String.init) ?? "—"),
                    cell(b.conservativeRate), cell(b.habitRate), cell(b.persistenceRate), cell(b.observedRate),
                    cell(b.agreementRate), pointsCell(b.selfReportInflationPoints),
                ])
            }
        }
        return HTMLTable(
            caption: "Adoption per behavior and checkpoint, with the 95% interval; conservative = adopters over all trained",
            headers: [
                "Behavior", "Adoption (95% CI)", "Answered", "Conservative", "Habit", "Persistence", "Observed by manager",
                "Agreement", "Self-report inflation",
            ], rows: rows)
    }

    var checkpointTable: HTMLTable {
        HTMLTable(
            caption: "Responses and adoption per checkpoint (days after training)",
            headers: ["Checkpoint", "Respondents", "Response rate", "Apply at least one behavior", "Took the first step"],
            rows: overall.checkpoints.map { c in
                [
                    .text("Day \(c.day)"), .number("\(c.respondents)"), cell(c.responseRate), cell(c.anyBehaviorAdoptionRate),
                    cell(c.firstStepRate),
                ]
            })
    }

    func frequencyTable(_ checkpoint: CheckpointMetrics) -> HTMLTable {
        HTMLTable(
            caption: "Answers to how often people practice, day \(checkpoint.day)",
            headers: ["Behavior"] + Frequency.allCases.map { $0.rawValue.capitalized } + ["At target or more"],
            rows: zip(program.behaviors, checkpoint.behaviors).map { behavior, b in
                let counts: [HTMLTable.Cell] =
                    b.frequency.map { $0.map { .number("\($0)") } }
                    ?? Array(repeating: .number(format.withheld, withheld: true), count: Frequency.allCases.count)
                return [.text(behavior.name)] + counts + [cell(b.habitRate)]
            })
    }

    func liftTable(_ checkpoint: CheckpointMetrics) -> HTMLTable {
        HTMLTable(
            caption: "Adoption by whether the manager discussed the training, and by peer check-ins, day \(checkpoint.day)",
            headers: ["Behavior", "Discussed with manager", "Not discussed", "Manager lift", "Peer check-in lift"],
            rows: zip(program.behaviors, checkpoint.behaviors).map { behavior, b in
                let lift = b.managerLift
                func group(_ rate: Double?, _ n: Int?) -> HTMLTable.Cell {
                    guard let rate, let n else { return .number(format.percent(lift.points), withheld: true) }
                    return .number("\(format.percent(rate)) of \(n)")
                }
                return [
                    .text(behavior.name), group(lift.withRate, lift.withCount), group(lift.withoutRate, lift.withoutCount),
                    pointsCell(lift.points), pointsCell(b.peerLift.points),
                ]
            })
    }

    func obstaclesTable(_ checkpoint: CheckpointMetrics) -> HTMLTable {
        HTMLTable(
            caption: "Respondents citing each obstacle, day \(checkpoint.day), of \(checkpoint.obstaclesAnswered.isShown ? "\(checkpoint.obstaclesAnswered.denominator)" : "the") who named at least one",
            headers: ["Obstacle", "Respondents", "Share"],
            rows: checkpoint.obstacles.map { o in
                [.text(o.category.label), .number(o.count.map(String.init) ?? format.percent(o.rate), withheld: o.count == nil), cell(o.rate)]
            })
    }

    var cohortTable: HTMLTable {
        let days = overall.checkpoints.map(\.day)
        return HTMLTable(
            caption: "Per cohort: the learning-vs-doing gap and adoption of at least one behavior per checkpoint",
            headers: ["Cohort", "Trained", "Rated favorably", "Gap"] + days.map { "Day \($0)" },
            rows: metrics.cohorts.map { cohort in
                let m = cohort.metrics
                var gap = HTMLTable.Cell.number("—", withheld: true)
                if let l = m.gap.learning, let d = m.gap.doing { gap = .number("\(format.gapPoints(learning: l, doing: d)) pts") }
                return [.text(cohort.name), .number("\(m.trained)"), cell(m.satisfactionFavorableRate), gap]
                    + m.checkpoints.map { cell($0.anyBehaviorAdoptionRate) }
            })
    }
}
