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

    /// The data table behind the adoption chart: behaviors by checkpoints, each cell the
    /// rate with its 95% interval, as the chart draws it.
    var adoptionTable: HTMLTable {
        HTMLTable(
            caption: "Adoption per behavior and checkpoint, with the 95% confidence interval",
            headers: ["Behavior"] + overall.checkpoints.map { "Day \($0.day)" },
            rows: program.behaviors.indices.map { index in
                [.text(program.behaviors[index].name)]
                    + overall.checkpoints.map { checkpoint in
                        let b = checkpoint.behaviors[index]
                        guard b.adoptionRate.isShown else { return cell(b.adoptionRate) }
                        var text = format.percent(b.adoptionRate)
                        if let low = b.ciLow, let high = b.ciHigh {
                            text += " (\(format.percent(low))–\(format.percent(high)))"
                        }
                        return .number(text)
                    }
            })
    }

    /// Every behavior figure per checkpoint, one row group per behavior.
    var behaviorFiguresTable: HTMLTable {
        HTMLTable(
            caption: "Every figure per behavior and checkpoint; conservative = adopters over all trained",
            headers: [
                "Checkpoint", "Adoption", "Answered", "Conservative", "Habit", "Persistence", "Observed by manager",
                "Agreement", "Self-report inflation",
            ],
            groups: program.behaviors.enumerated().map { index, behavior in
                HTMLTable.Group(
                    title: behavior.name,
                    rows: overall.checkpoints.map { checkpoint in
                        let b = checkpoint.behaviors[index]
                        return [
                            .text("Day \(checkpoint.day)"), cell(b.adoptionRate),
                            .number(b.answered.map(String.init) ?? "—"),
                            cell(b.conservativeRate), cell(b.habitRate), cell(b.persistenceRate), cell(b.observedRate),
                            cell(b.agreementRate), pointsCell(b.selfReportInflationPoints),
                        ]
                    })
            })
    }

    /// The data table behind the gap chart.
    var gapTable: HTMLTable {
        HTMLTable(
            caption: "Learning versus doing: rated favorably, applying at least one behavior, and the gap",
            headers: ["Group", "Rated favorably", "Apply at least one behavior", "At day", "Gap"],
            rows: gapGroups.map { name, m in
                let gap = m.gap
                let learning =
                    gap.learning.map { HTMLTable.Cell.number(format.percent($0)) }
                    ?? .number(format.withheld, withheld: true)
                let doing =
                    gap.doing.map { HTMLTable.Cell.number(format.percent($0)) }
                    ?? .number(format.withheld, withheld: true)
                var points = HTMLTable.Cell.number("—", withheld: true)
                if let l = gap.learning, let d = gap.doing { points = .number(format.gapText(learning: l, doing: d)) }
                return [.text(name), learning, doing, .number(gap.checkpointDay.map(String.init) ?? "—"), points]
            })
    }

    var checkpointTable: HTMLTable {
        HTMLTable(
            caption: "Responses and adoption per checkpoint (days after training)",
            headers: [
                "Checkpoint", "Respondents", "Response rate", "Apply at least one behavior", "Took the first step",
            ],
            rows: overall.checkpoints.map { c in
                [
                    .text("Day \(c.day)"), .number("\(c.respondents)"), cell(c.responseRate),
                    cell(c.anyBehaviorAdoptionRate),
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

    /// The data table behind a lift chart. The lift is the difference of the two rounded
    /// percentages beside it, as the chart prints it, so the page never disagrees with itself.
    func liftTable(_ kind: LiftKind, _ checkpoint: CheckpointMetrics) -> HTMLTable {
        let names = kind.groupNames
        let groupWithheld = "fewer than \(format.minGroupSize) people in a group"
        return HTMLTable(
            caption:
                "Adoption by whether people \(kind == .manager ? "discussed the training with their manager" : "checked in with a peer"), day \(checkpoint.day)",
            headers: ["Behavior", names.with.capitalizedFirst, names.without.capitalizedFirst, "Lift"],
            rows: zip(program.behaviors, checkpoint.behaviors).map { behavior, b in
                let lift = kind.lift(b)
                guard lift.points.isShown, let w = lift.withRate, let wo = lift.withoutRate, let n1 = lift.withCount,
                    let n0 = lift.withoutCount
                else {
                    let why = lift.points.isSuppressed ? groupWithheld : "n/a"
                    return [.text(behavior.name)]
                        + Array(repeating: HTMLTable.Cell.number(why, withheld: true), count: 3)
                }
                let points = format.points(Double(format.gapPoints(learning: w, doing: wo)))
                return [
                    .text(behavior.name), .number("\(format.percent(w)) of \(n1)"),
                    .number("\(format.percent(wo)) of \(n0)"),
                    .number(points),
                ]
            })
    }

    func obstaclesTable(_ checkpoint: CheckpointMetrics) -> HTMLTable {
        HTMLTable(
            caption:
                "Respondents citing each obstacle, day \(checkpoint.day), of \(checkpoint.obstaclesAnswered.isShown ? "\(checkpoint.obstaclesAnswered.denominator)" : "the") who named at least one",
            headers: ["Obstacle", "Respondents", "Share"],
            rows: checkpoint.obstacles.map { o in
                [
                    .text(o.category.label),
                    .number(o.count.map(String.init) ?? format.percent(o.rate), withheld: o.count == nil), cell(o.rate),
                ]
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
                if let l = m.gap.learning, let d = m.gap.doing { gap = .number(format.gapText(learning: l, doing: d)) }
                return [.text(cohort.name), .number("\(m.trained)"), cell(m.satisfactionFavorableRate), gap]
                    + m.checkpoints.map { cell($0.anyBehaviorAdoptionRate) }
            })
    }
}

extension String {
    /// The string with its first letter upper-cased, for a column header.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
