extension GroupMetrics {
    /// Recomputes the figures derived from others, after all suppression (PRODUCT.md §2
    /// "The gap is chosen after all suppression").
    mutating func deriveHeadlines() {
        // PRODUCT.md §2: intention_gap_points = 100 × (first_step_scheduled_rate − first_step_rate at the first checkpoint).
        intentionGapPoints =
            checkpoints.first.map { Figure.points(firstStepScheduledRate, minus: $0.firstStepRate) } ?? .notApplicable
        // PRODUCT.md §2: doing = any_behavior_adoption_rate at the latest checkpoint that is not suppressed.
        let latest = checkpoints.filter(\.anyBehaviorAdoptionRate.isShown).max { $0.day < $1.day }
        let learning = satisfactionFavorableRate.value
        let doing = latest?.anyBehaviorAdoptionRate.value
        gap = Gap(
            learning: learning, doing: doing,
            points: learning.flatMap { l in doing.map { d in 100 * (l - d) } },
            checkpointDay: latest?.day)
    }

    /// Every figure that secondary suppression considers, as paths into the group, each with a
    /// key that names the same figure in every cell of a breakdown.
    var suppressibleFigures: [(key: String, path: WritableKeyPath<GroupMetrics, Figure>)] {
        var figures: [(String, WritableKeyPath<GroupMetrics, Figure>)] = [
            ("completion", \.completionRate), ("satisfaction", \.satisfactionFavorableRate),
            ("scheduled", \.firstStepScheduledRate),
        ]
        for (c, checkpoint) in checkpoints.enumerated() {
            figures.append(("\(c).any", \.checkpoints[c].anyBehaviorAdoptionRate))
            figures.append(("\(c).firstStep", \.checkpoints[c].firstStepRate))
            figures.append(("\(c).anyHabit", \.checkpoints[c].anyHabitRate))
            figures.append(("\(c).obstacles", \.checkpoints[c].obstaclesAnswered))
            for (b, _) in checkpoint.behaviors.enumerated() {
                let base: WritableKeyPath<GroupMetrics, BehaviorMetrics> = \.checkpoints[c].behaviors[b]
                figures.append(("\(c).\(b).adoption", base.appending(path: \.adoptionRate)))
                figures.append(("\(c).\(b).conservative", base.appending(path: \.conservativeRate)))
                figures.append(("\(c).\(b).habit", base.appending(path: \.habitRate)))
                figures.append(("\(c).\(b).persistence", base.appending(path: \.persistenceRate)))
                figures.append(("\(c).\(b).managerLift", base.appending(path: \.managerLift.points)))
                figures.append(("\(c).\(b).peerLift", base.appending(path: \.peerLift.points)))
                figures.append(("\(c).\(b).observed", base.appending(path: \.observedRate)))
                figures.append(("\(c).\(b).agreement", base.appending(path: \.agreementRate)))
                figures.append(("\(c).\(b).inflation", base.appending(path: \.selfReportInflationPoints)))
            }
        }
        return figures
    }

    /// Withdraws one figure and whatever would give it back.
    mutating func suppress(_ path: WritableKeyPath<GroupMetrics, Figure>) {
        self[keyPath: path].suppress()
        normalizeAfterSuppression()
    }

    /// Keeps dependent values consistent with their figures: a withheld adoption withholds the
    /// behavior, a withheld habit its frequency counts, a withheld lift its groups, withheld
    /// obstacles their counts.
    mutating func normalizeAfterSuppression() {
        for c in checkpoints.indices {
            for b in checkpoints[c].behaviors.indices {
                var behavior = checkpoints[c].behaviors[b]
                if behavior.adoptionRate.isSuppressed { behavior.withholdAll() }
                if !behavior.habitRate.isShown { behavior.frequency = nil }
                if !behavior.managerLift.points.isShown { behavior.managerLift = Lift(points: behavior.managerLift.points) }
                if !behavior.peerLift.points.isShown { behavior.peerLift = Lift(points: behavior.peerLift.points) }
                checkpoints[c].behaviors[b] = behavior
            }
            if checkpoints[c].obstaclesAnswered.isSuppressed {
                checkpoints[c].obstacles = checkpoints[c].obstacles.map {
                    var metric = $0
                    metric.rate.suppress()
                    metric.count = nil
                    return metric
                }.sortedForReport
            }
        }
    }
}
