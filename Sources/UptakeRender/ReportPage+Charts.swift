import UptakeMetrics
import UptakeModel

/// The two lifts of PRODUCT.md §2: adoption with and without a manager conversation, and
/// with and without a peer check-in.
enum LiftKind: CaseIterable {
    case manager
    case peer

    /// Prefix of the chart's ids and of the template's keys (`managerLiftChart`).
    var key: String { self == .manager ? "manager" : "peer" }

    /// The lift of this kind on a behavior.
    func lift(_ behavior: BehaviorMetrics) -> Lift {
        self == .manager ? behavior.managerLift : behavior.peerLift
    }

    /// Names of the group that had the conversation and the group that did not.
    var groupNames: (with: String, without: String) {
        switch self {
        case .manager: return ("discussed with manager", "not discussed")
        case .peer: return ("checked in with a peer", "no peer check-in")
        }
    }
}

extension ReportPage {
    var adoptionChart: AdoptionChart {
        var chart = AdoptionChart(
            id: "adoption-chart", title: "Adoption per behavior across checkpoints",
            checkpoints: overall.checkpoints.map(\.day),
            series: program.behaviors.enumerated().map { index, behavior in
                AdoptionChart.Series(
                    name: behavior.name,
                    points: overall.checkpoints.map { checkpoint in
                        let b = checkpoint.behaviors[index]
                        guard let rate = b.adoptionRate.value, let low = b.ciLow, let high = b.ciHigh else {
                            return nil
                        }
                        return AdoptionChart.Point(rate: rate, ciLow: low, ciHigh: high)
                    })
            },
            suppressedReason: format.withheld)
        chart.width = SiteContext.chartWidth
        return chart
    }

    /// Learning against doing for the whole program, then each cohort.
    var gapChart: GapChart {
        var chart = GapChart(
            id: "gap-chart", title: "Learning versus doing, all cohorts and each cohort",
            rows: gapGroups.map {
                GapChart.Row(label: $0.name, learning: $0.metrics.gap.learning, doing: $0.metrics.gap.doing)
            },
            learningLabel: "Rated well", doingLabel: "Apply it", suppressedReason: format.withheld)
        chart.width = SiteContext.chartWidth
        return chart
    }

    /// The program as a whole, then its cohorts, for the gap chart and its table.
    var gapGroups: [(name: String, metrics: GroupMetrics)] {
        [("All cohorts", overall)] + metrics.cohorts.map { ($0.name, $0.metrics) }
    }

    /// Trained → responded → first step → adopted → habit, as shares of the trained.
    func funnel(at checkpoint: CheckpointMetrics) -> (chart: FunnelChart, table: HTMLTable) {
        let trained = overall.trained
        func stage(_ label: String, _ count: Int?, _ figure: Figure?) -> (FunnelChart.Stage, [HTMLTable.Cell]) {
            guard let count, trained > 0 else {
                let why = figure.map(format.percent) ?? "n/a"
                return (
                    FunnelChart.Stage(label: label, value: nil, caption: why),
                    [.text(label), .number(why, withheld: true)]
                )
            }
            let share = Double(count) / Double(trained)
            let caption = "\(count) of \(trained) (\(format.percent(share)))"
            return (FunnelChart.Stage(label: label, value: share, caption: caption), [.text(label), .number(caption)])
        }
        let stages = [
            stage("Trained", trained, nil),
            stage("Responded", checkpoint.respondents, nil),
            stage("Took the first step", checkpoint.firstStepRate.numerator, checkpoint.firstStepRate),
            stage(
                "Applied a behavior", checkpoint.anyBehaviorAdoptionRate.numerator, checkpoint.anyBehaviorAdoptionRate),
            stage("Practice at target frequency", checkpoint.anyHabitRate.numerator, checkpoint.anyHabitRate),
        ]
        var chart = FunnelChart(
            id: "funnel-chart", title: "From training to habit at day \(checkpoint.day)", stages: stages.map(\.0))
        chart.width = SiteContext.chartWidth
        let table = HTMLTable(
            caption: "Funnel at day \(checkpoint.day), as counts of the \(trained) trained",
            headers: ["Stage", "People"],
            rows: stages.map(\.1))
        return (chart, table)
    }

    func frequencyChart(_ checkpoint: CheckpointMetrics) -> StackedBarChart {
        var chart = StackedBarChart(
            id: "frequency-chart", title: "How often people practice each behavior at day \(checkpoint.day)",
            rows: zip(program.behaviors, checkpoint.behaviors).map {
                StackedBarChart.Row(label: $0.name, counts: $1.frequency)
            },
            suppressedReason: format.withheld)
        chart.width = SiteContext.chartWidth
        return chart
    }

    func liftChart(_ kind: LiftKind, _ checkpoint: CheckpointMetrics) -> DotPlot {
        let names = kind.groupNames
        let title =
            kind == .manager
            ? "Adoption with and without a manager conversation at day \(checkpoint.day)"
            : "Adoption with and without a peer check-in at day \(checkpoint.day)"
        var chart = DotPlot(
            id: "\(kind.key)-lift-chart", title: title, withLabel: names.with, withoutLabel: names.without,
            rows: zip(program.behaviors, checkpoint.behaviors).map { behavior, metrics in
                let lift = kind.lift(metrics)
                guard let withRate = lift.withRate, let withoutRate = lift.withoutRate, let n1 = lift.withCount,
                    let n0 = lift.withoutCount, lift.points.isShown
                else { return DotPlot.Row(label: behavior.name, with: nil, without: nil) }
                return DotPlot.Row(
                    label: behavior.name, with: DotPlot.Group(rate: withRate, count: n1),
                    without: DotPlot.Group(rate: withoutRate, count: n0))
            },
            suppressedReason: "fewer than \(format.minGroupSize) people in a group")
        chart.width = SiteContext.chartWidth
        return chart
    }

    func obstaclesChart(_ checkpoint: CheckpointMetrics) -> BarChart {
        var chart = BarChart(
            id: "obstacles-chart", title: "Obstacles cited at day \(checkpoint.day)",
            bars: checkpoint.obstacles.map { obstacle in
                BarChart.Bar(
                    label: obstacle.category.label, value: obstacle.rate.value, caption: format.share(obstacle.rate))
            })
        chart.width = SiteContext.chartWidth
        return chart
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
