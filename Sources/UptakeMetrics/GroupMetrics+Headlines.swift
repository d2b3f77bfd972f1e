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

    /// Keeps dependent values consistent with their figures: a withheld adoption withholds the
    /// behavior, a withheld habit its frequency counts, a withheld lift its groups, withheld
    /// obstacles their counts.
    mutating func normalizeAfterSuppression() {
        for c in checkpoints.indices {
            for b in checkpoints[c].behaviors.indices {
                var behavior = checkpoints[c].behaviors[b]
                if behavior.adoptionRate.isSuppressed { behavior.withholdAll() }
                if !behavior.habitRate.isShown { behavior.frequency = nil }
                if !behavior.managerLift.points.isShown {
                    behavior.managerLift = Lift(points: behavior.managerLift.points)
                }
                if !behavior.peerLift.points.isShown { behavior.peerLift = Lift(points: behavior.peerLift.points) }
                checkpoints[c].behaviors[b] = behavior
            }
            if checkpoints[c].obstaclesAnswered.isSuppressed {
                checkpoints[c].obstacles =
                    checkpoints[c].obstacles.map {
                        var metric = $0
                        metric.rate.suppress()
                        metric.count = nil
                        return metric
                    }.sortedForReport
            }
        }
    }
}
