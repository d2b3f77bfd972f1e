import UptakeModel

extension GroupMeasurer {
    /// PRODUCT.md §2 figures of behavior `b` at one checkpoint, from the group's counts there.
    /// `previous` is what the previous checkpoint asked (nil at the first).
    func behaviorMetrics(_ b: Int, tally group: GroupTally, trained: Int, asked: AskedFlags, previous: AskedFlags?)
        -> BehaviorMetrics
    {
        let id = program.behaviors[b].id
        guard asked.applied[b] else { return .notAsked(id) }
        let tally = group.behaviors[b]
        let (answered, adopted) = (tally.adoption.answered, tally.adoption.yes)
        // PRODUCT.md §2: adoption_rate = adopted / answered, with the Wilson 95% interval.
        let adoption = Figure.rate(adopted, over: answered, minGroup: minGroup)
        let interval = Wilson.interval(successes: adopted, trials: answered)
        // PRODUCT.md §2: habit_rate = frequency at or above target / answered frequency, whatever `applied` says.
        let habit =
            asked.frequency[b]
            ? Figure.rate(tally.habit.yes, over: tally.habit.answered, minGroup: minGroup) : .notApplicable
        // PRODUCT.md §2: persistence = of previous-checkpoint adopters who answered `applied.b` at `c`, those adopting at `c`.
        let persistence =
            previous?.applied[b] == true
            ? Figure.rate(tally.persistence.yes, over: tally.persistence.answered, minGroup: minGroup) : .notApplicable
        var metrics = BehaviorMetrics(
            id: id, answered: answered, adopted: adopted, adoptionRate: adoption,
            ciLow: interval?.low, ciHigh: interval?.high,
            // PRODUCT.md §2: conservative_rate = adopted / trained.
            conservativeRate: .rate(adopted, over: trained, minGroup: minGroup),
            habitRate: habit, frequency: nil, persistenceRate: persistence,
            managerLift: asked.managerDiscussed ? lift(tally.managerYes, tally.managerNo) : .notApplicable,
            peerLift: asked.peerCheckin ? lift(tally.peerYes, tally.peerNo) : .notApplicable,
            observedRate: .notApplicable, agreementRate: .notApplicable, selfReportInflationPoints: .notApplicable)
        if habit.isShown { metrics.frequency = group.levels(b) }
        if asked.observed[b] {
            // PRODUCT.md §2: observed_rate, and agreement and inflation on matched (participant, b, c) pairs.
            metrics.observedRate = .rate(tally.observed.yes, over: tally.observed.answered, minGroup: minGroup)
            metrics.agreementRate = .rate(tally.agree, over: tally.pairs, minGroup: minGroup)
            let selfRate = Figure.rate(tally.selfYes, over: tally.pairs, minGroup: minGroup)
            let observedRate = Figure.rate(tally.observedYes, over: tally.pairs, minGroup: minGroup)
            metrics.selfReportInflationPoints = .points(selfRate, minus: observedRate)
        }
        // PRODUCT.md §2: when adoption is suppressed the whole behavior is withheld; its other
        // figures count as suppressed too (not "not applicable") for secondary suppression.
        if !adoption.isShown { metrics.withholdAll() }
        return metrics
    }

    /// PRODUCT.md §2: 100 × (adoption with yes − adoption with no); a blank is in neither group.
    func lift(_ yes: YesCount, _ no: YesCount) -> Lift {
        let with = Figure.rate(yes.yes, over: yes.answered, minGroup: minGroup)
        let without = Figure.rate(no.yes, over: no.answered, minGroup: minGroup)
        let points = Figure.points(with, minus: without)
        guard points.isShown else { return Lift(points: points) }
        return Lift(
            points: points, withRate: with.value, withoutRate: without.value, withCount: yes.answered,
            withoutCount: no.answered)
    }
}

extension BehaviorMetrics {
    /// A behavior whose `applied` question no export at this checkpoint asked.
    static func notAsked(_ id: String) -> BehaviorMetrics {
        BehaviorMetrics(
            id: id, answered: nil, adopted: nil, adoptionRate: .notApplicable, ciLow: nil, ciHigh: nil,
            conservativeRate: .notApplicable, habitRate: .notApplicable, frequency: nil,
            persistenceRate: .notApplicable, managerLift: .notApplicable, peerLift: .notApplicable,
            observedRate: .notApplicable, agreementRate: .notApplicable, selfReportInflationPoints: .notApplicable)
    }

    /// Suppresses adoption and withdraws every other figure of the behavior.
    mutating func withholdAll() {
        adoptionRate.suppress()
        answered = nil
        adopted = nil
        ciLow = nil
        ciHigh = nil
        frequency = nil
        conservativeRate.suppress()
        habitRate.suppress()
        persistenceRate.suppress()
        observedRate.suppress()
        agreementRate.suppress()
        selfReportInflationPoints.suppress()
        managerLift.points.suppress()
        peerLift.points.suppress()
        managerLift = Lift(points: managerLift.points)
        peerLift = Lift(points: peerLift.points)
    }
}
