import UptakeModel

/// PRODUCT.md §2 figures of one behavior `b` at one checkpoint `c`.
struct BehaviorMeasurer {
    var behavior: Behavior
    var rows: [Response]
    var observations: [String: Observation]
    var trained: Int
    var asked: AskedFields
    var previous: ([String: Response], AskedFields)?
    var minGroup: Int

    var id: String { behavior.id }

    func measure() -> BehaviorMetrics {
        guard asked.selfReport.contains("applied.\(id)") else { return .notAsked(id) }
        let answers = rows.compactMap { $0.applied[id] }
        let adopted = answers.count { $0 }
        // PRODUCT.md §2: adoption_rate = adopted / answered, with the Wilson 95% interval.
        let adoption = Figure.rate(adopted, over: answers.count, minGroup: minGroup)
        let interval = Wilson.interval(successes: adopted, trials: answers.count)
        let habit = habitRate()
        var metrics = BehaviorMetrics(
            id: id, answered: answers.count, adopted: adopted, adoptionRate: adoption,
            ciLow: interval?.low, ciHigh: interval?.high,
            // PRODUCT.md §2: conservative_rate = adopted / trained.
            conservativeRate: .rate(adopted, over: trained, minGroup: minGroup),
            habitRate: habit, frequency: nil, persistenceRate: persistenceRate(),
            managerLift: lift(asked: asked.selfReport.contains("manager_discussed"), \.managerDiscussed),
            peerLift: lift(asked: asked.selfReport.contains("peer_checkin"), \.peerCheckin),
            observedRate: .notApplicable, agreementRate: .notApplicable, selfReportInflationPoints: .notApplicable)
        if habit.isShown { metrics.frequency = frequencyCounts() }
        measureObservations(into: &metrics)
        // PRODUCT.md §2: when adoption is suppressed the whole behavior is withheld; its other
        // figures count as suppressed too (not "not applicable") for secondary suppression.
        if !adoption.isShown { metrics.withholdAll() }
        return metrics
    }

    /// PRODUCT.md §2: habit_rate = frequency at or above target / answered frequency, whatever `applied` says.
    func habitRate() -> Figure {
        guard asked.selfReport.contains("frequency.\(id)") else { return .notApplicable }
        let levels = rows.compactMap { $0.frequency[id] }
        return .rate(levels.count { $0 >= behavior.targetFrequency }, over: levels.count, minGroup: minGroup)
    }

    /// Counts per level, never … daily.
    func frequencyCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: Frequency.allCases.count)
        for row in rows { if let level = row.frequency[id] { counts[level.rank] += 1 } }
        return counts
    }

    /// PRODUCT.md §2: of previous-checkpoint adopters who answered `applied.b` at `c`, those adopting at `c`.
    func persistenceRate() -> Figure {
        guard let (before, askedBefore) = previous, askedBefore.selfReport.contains("applied.\(id)") else {
            return .notApplicable
        }
        let stayed = rows.filter { before[$0.participant]?.applied[id] == true }.compactMap { $0.applied[id] }
        return .rate(stayed.count { $0 }, over: stayed.count, minGroup: minGroup)
    }

    /// PRODUCT.md §2: 100 × (adoption with yes − adoption with no); a blank is in neither group.
    func lift(asked fieldAsked: Bool, _ field: KeyPath<Response, Bool?>) -> Lift {
        guard fieldAsked else { return .notApplicable }
        var yes = (n: 0, adopted: 0), no = (n: 0, adopted: 0)
        for row in rows {
            guard let applied = row.applied[id], let group = row[keyPath: field] else { continue }
            if group {
                yes.n += 1
                if applied { yes.adopted += 1 }
            } else {
                no.n += 1
                if applied { no.adopted += 1 }
            }
        }
        let with = Figure.rate(yes.adopted, over: yes.n, minGroup: minGroup)
        let without = Figure.rate(no.adopted, over: no.n, minGroup: minGroup)
        let points = Figure.points(with, minus: without)
        guard points.isShown else { return Lift(points: points) }
        return Lift(points: points, withRate: with.value, withoutRate: without.value, withCount: yes.n, withoutCount: no.n)
    }

    /// PRODUCT.md §2: observed_rate, and agreement and inflation on matched (participant, b, c) pairs.
    func measureObservations(into metrics: inout BehaviorMetrics) {
        guard asked.observation.contains("observed.\(id)") else { return }
        let observed = observations.values.compactMap { $0.observed[id] }
        metrics.observedRate = .rate(observed.count { $0 }, over: observed.count, minGroup: minGroup)
        var pairs = 0, agree = 0, selfYes = 0, observedYes = 0
        for row in rows {
            guard let mine = row.applied[id], let theirs = observations[row.participant]?.observed[id] else { continue }
            pairs += 1
            if mine == theirs { agree += 1 }
            if mine { selfYes += 1 }
            if theirs { observedYes += 1 }
        }
        metrics.agreementRate = .rate(agree, over: pairs, minGroup: minGroup)
        let selfRate = Figure.rate(selfYes, over: pairs, minGroup: minGroup)
        let observedRate = Figure.rate(observedYes, over: pairs, minGroup: minGroup)
        metrics.selfReportInflationPoints = .points(selfRate, minus: observedRate)
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
        for path in [
            \BehaviorMetrics.conservativeRate, \.habitRate, \.persistenceRate, \.observedRate, \.agreementRate,
            \.selfReportInflationPoints, \.managerLift.points, \.peerLift.points,
        ] {
            self[keyPath: path].suppress()
        }
        managerLift = Lift(points: managerLift.points)
        peerLift = Lift(points: peerLift.points)
    }
}
