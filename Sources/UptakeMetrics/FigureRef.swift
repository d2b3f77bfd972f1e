/// One figure that secondary suppression considers, named the same way in every cell of a
/// breakdown: by checkpoint and behavior index.
///
/// Read and written through a `switch` rather than key paths: appending and applying key paths
/// into nested arrays cost more than the rest of secondary suppression over a program's 160
/// teams.
enum FigureRef: Hashable {
    case completion, satisfaction, scheduled
    case anyAdoption(Int)
    case firstStep(Int)
    case anyHabit(Int)
    case obstacles(Int)
    case behavior(Int, Int, BehaviorFigure)

    /// The figures of one behavior at one checkpoint.
    enum BehaviorFigure: CaseIterable, Hashable {
        case adoption, conservative, habit, persistence, managerLift, peerLift, observed, agreement, inflation
    }
}

extension GroupMetrics {
    /// Every figure that secondary suppression considers, in the order it considers them.
    var suppressibleFigures: [FigureRef] {
        var figures: [FigureRef] = [.completion, .satisfaction, .scheduled]
        for (c, checkpoint) in checkpoints.enumerated() {
            figures += [.anyAdoption(c), .firstStep(c), .anyHabit(c), .obstacles(c)]
            for b in checkpoint.behaviors.indices {
                figures += FigureRef.BehaviorFigure.allCases.map { .behavior(c, b, $0) }
            }
        }
        return figures
    }

    /// The figure `ref` names; nil when the group has no such checkpoint or behavior.
    subscript(figure ref: FigureRef) -> Figure? {
        switch ref {
        case .completion: return completionRate
        case .satisfaction: return satisfactionFavorableRate
        case .scheduled: return firstStepScheduledRate
        case .anyAdoption(let c): return checkpoints.indices.contains(c) ? checkpoints[c].anyBehaviorAdoptionRate : nil
        case .firstStep(let c): return checkpoints.indices.contains(c) ? checkpoints[c].firstStepRate : nil
        case .anyHabit(let c): return checkpoints.indices.contains(c) ? checkpoints[c].anyHabitRate : nil
        case .obstacles(let c): return checkpoints.indices.contains(c) ? checkpoints[c].obstaclesAnswered : nil
        case .behavior(let c, let b, let figure):
            guard checkpoints.indices.contains(c), checkpoints[c].behaviors.indices.contains(b) else { return nil }
            return checkpoints[c].behaviors[b][figure: figure]
        }
    }

    /// Withdraws the figure `ref` names (nothing when there is none) and whatever would give it back.
    mutating func suppress(_ ref: FigureRef) {
        switch ref {
        case .completion: completionRate.suppress()
        case .satisfaction: satisfactionFavorableRate.suppress()
        case .scheduled: firstStepScheduledRate.suppress()
        case .anyAdoption(let c) where checkpoints.indices.contains(c):
            checkpoints[c].anyBehaviorAdoptionRate.suppress()
        case .firstStep(let c) where checkpoints.indices.contains(c): checkpoints[c].firstStepRate.suppress()
        case .anyHabit(let c) where checkpoints.indices.contains(c): checkpoints[c].anyHabitRate.suppress()
        case .obstacles(let c) where checkpoints.indices.contains(c): checkpoints[c].obstaclesAnswered.suppress()
        case .behavior(let c, let b, let figure)
        where checkpoints.indices.contains(c) && checkpoints[c].behaviors.indices.contains(b):
            checkpoints[c].behaviors[b].suppress(figure)
        default: return
        }
        normalizeAfterSuppression()
    }
}

extension BehaviorMetrics {
    /// One of the behavior's figures.
    subscript(figure figure: FigureRef.BehaviorFigure) -> Figure {
        switch figure {
        case .adoption: adoptionRate
        case .conservative: conservativeRate
        case .habit: habitRate
        case .persistence: persistenceRate
        case .managerLift: managerLift.points
        case .peerLift: peerLift.points
        case .observed: observedRate
        case .agreement: agreementRate
        case .inflation: selfReportInflationPoints
        }
    }

    /// Withdraws one of the behavior's figures.
    mutating func suppress(_ figure: FigureRef.BehaviorFigure) {
        switch figure {
        case .adoption: adoptionRate.suppress()
        case .conservative: conservativeRate.suppress()
        case .habit: habitRate.suppress()
        case .persistence: persistenceRate.suppress()
        case .managerLift: managerLift.points.suppress()
        case .peerLift: peerLift.points.suppress()
        case .observed: observedRate.suppress()
        case .agreement: agreementRate.suppress()
        case .inflation: selfReportInflationPoints.suppress()
        }
    }
}
