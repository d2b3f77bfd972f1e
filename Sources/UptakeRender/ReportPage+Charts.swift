import UptakeMetrics
import UptakeModel

extension ReportPage {
    var adoptionChart: AdoptionChart {
        AdoptionChart(
            id: "adoption", title: "Adoption per behavior across checkpoints",
            checkpoints: overall.checkpoints.map(\.day),
            series: program.behaviors.enumerated().map { index, behavior in
                AdoptionChart.Series(
                    name: behavior.name,
                    points: overall.checkpoints.map { checkpoint in
                        let b = checkpoint.behaviors[index]
                        guard let rate = b.adoptionRate.value, let low = b.ciLow, let high = b.ciHigh else { return nil }
                        return AdoptionChart.Point(rate: rate, ciLow: low, ciHigh: high)
                    })
            },
            suppressedReason: format.withheld)
    }

    /// Trained → responded → first step → adopted → habit, as shares of the trained.
    func funnel(at checkpoint: CheckpointMetrics) -> (chart: FunnelChart, table: HTMLTable) {
        let trained = overall.trained
        func stage(_ label: String, _ count: Int?, _ figure: Figure?) -> (FunnelChart.Stage, [HTMLTable.Cell]) {
            guard let count, trained > 0 else {
                let why = figure.map(format.percent) ?? "n/a"
                return (FunnelChart.Stage(label: label, value: nil, caption: why), [.text(label), .number(why, withheld: true)])
            }
            let share = Double(count) / Double(trained)
            let caption = "\(count) of \(trained) (\(format.percent(share)))"
            return (FunnelChart.Stage(label: label, value: share, caption: caption), [.text(label), .number(caption)])
        }
        let stages = [
            stage("Trained", trained, nil),
            stage("Responded", checkpoint.respondents, nil),
            stage("Took the first step", checkpoint.firstStepRate.numerator, checkpoint.firstStepRate),
            stage("Applied a behavior", checkpoint.anyBehaviorAdoptionRate.numerator, checkpoint.anyBehaviorAdoptionRate),
            stage("Practice at target frequency", checkpoint.anyHabitRate.numerator, checkpoint.anyHabitRate),
        ]
        let chart = FunnelChart(id: "funnel", title: "From training to habit at day \(checkpoint.day)", stages: stages.map(\.0))
        let table = HTMLTable(
            caption: "Funnel at day \(checkpoint.day), as counts of the \(trained) trained", headers: ["Stage", "People"],
            rows: stages.map(\.1))
        return (chart, table)
    }

    func frequencyChart(_ checkpoint: CheckpointMetrics) -> StackedBarChart {
        StackedBarChart(
            id: "frequency", title: "How often people practice each behavior at day \(checkpoint.day)",
            rows: zip(program.behaviors, checkpoint.behaviors).map { StackedBarChart.Row(label: $0.name, counts: $1.frequency) },
            suppressedReason: format.withheld)
    }

    func liftChart(_ checkpoint: CheckpointMetrics) -> DotPlot {
        DotPlot(
            id: "lift", title: "Adoption with and without a manager conversation at day \(checkpoint.day)",
            withLabel: "discussed with manager", withoutLabel: "not discussed",
            rows: zip(program.behaviors, checkpoint.behaviors).map { behavior, metrics in
                let lift = metrics.managerLift
                guard let withRate = lift.withRate, let withoutRate = lift.withoutRate, let n1 = lift.withCount,
                    let n0 = lift.withoutCount
                else { return DotPlot.Row(label: behavior.name, with: nil, without: nil) }
                return DotPlot.Row(
                    label: behavior.name, with: DotPlot.Group(rate: withRate, count: n1),
                    without: DotPlot.Group(rate: withoutRate, count: n0))
            },
            suppressedReason: "fewer than \(format.minGroupSize) people in a group")
    }

    func obstaclesChart(_ checkpoint: CheckpointMetrics) -> BarChart {
        BarChart(
            id: "obstacles", title: "Obstacles cited at day \(checkpoint.day)",
            bars: checkpoint.obstacles.map { obstacle in
                BarChart.Bar(
                    label: obstacle.category.label, value: obstacle.rate.value, caption: format.share(obstacle.rate))
            })
    }
}

extension ObstacleCategory {
    /// How the report names the category.
    var label: String {
        switch self {
        case .process: return "Process"
        case .tools: return "Tools"
        case .workload: return "Workload"
        case .authority: return "Authority"
        case .confidence: return "Confidence"
        case .other: return "Other"
        }
    }
}
