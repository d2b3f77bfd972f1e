import UptakeModel

extension ProgramMetrics {
    /// The `uptake.metrics/1` document of PRODUCT.md §3.
    package var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("schema", .string("uptake.metrics/1")),
            ("program", .object([("id", .string(programID)), ("title", .string(programTitle))])),
            ("min_group_size", .int(minGroupSize)),
        ]
        members += overall.jsonMembers
        members.append(
            ("cohorts", .array(cohorts.map { .object([("id", .string($0.id)), ("name", .string($0.name))] + $0.metrics.jsonMembers) })))
        members.append(("data_quality", dataQuality.json))
        return .object(members)
    }
}

extension GroupMetrics {
    /// The figures shared by the program object and each cohort object.
    var jsonMembers: [(String, JSONValue)] {
        [
            ("enrolled", .int(enrolled)), ("trained", .int(trained)),
            ("completion_rate", completionRate.json), ("satisfaction_favorable_rate", satisfactionFavorableRate.json),
            ("first_step_scheduled_rate", firstStepScheduledRate.json),
            ("intention_gap_points", intentionGapPoints.json),
            (
                "gap",
                .object([
                    ("learning", .number(gap.learning)), ("doing", .number(gap.doing)),
                    ("points", .number(gap.points)), ("checkpoint_day", .int(gap.checkpointDay)),
                ])
            ),
            ("checkpoints", .array(checkpoints.map(\.json))),
            (
                "suppressed_figures",
                suppressedNames([
                    ("completion_rate", completionRate), ("satisfaction_favorable_rate", satisfactionFavorableRate),
                    ("first_step_scheduled_rate", firstStepScheduledRate), ("intention_gap_points", intentionGapPoints),
                ])
            ),
        ]
    }
}

extension CheckpointMetrics {
    var json: JSONValue {
        .object([
            ("day", .int(day)), ("respondents", .int(respondents)), ("response_rate", responseRate.json),
            ("any_behavior_adoption_rate", anyBehaviorAdoptionRate.json), ("first_step_rate", firstStepRate.json),
            ("behaviors", .array(behaviors.map(\.json))),
            (
                "obstacles",
                .array(
                    obstacles.map {
                        .object([
                            ("category", .string($0.category.rawValue)), ("count", .int($0.count)), ("rate", $0.rate.json),
                            ("suppressed", .bool($0.rate.isSuppressed)),
                        ])
                    })
            ),
            (
                "suppressed_figures",
                suppressedNames([
                    ("any_behavior_adoption_rate", anyBehaviorAdoptionRate), ("first_step_rate", firstStepRate),
                    ("obstacles", obstaclesAnswered),
                ])
            ),
        ])
    }
}

extension BehaviorMetrics {
    var json: JSONValue {
        let levels: JSONValue =
            frequency.map { counts in
                .object(Frequency.allCases.map { ($0.rawValue, .int(counts[$0.rank])) })
            } ?? .null
        return .object([
            ("id", .string(id)), ("answered", .int(answered)), ("adopted", .int(adopted)),
            ("adoption_rate", adoptionRate.json), ("ci_low", .number(ciLow)), ("ci_high", .number(ciHigh)),
            ("conservative_rate", conservativeRate.json), ("habit_rate", habitRate.json), ("frequency", levels),
            ("persistence_rate", persistenceRate.json), ("manager_lift_points", managerLift.points.json),
            ("peer_lift_points", peerLift.points.json), ("observed_rate", observedRate.json),
            ("agreement_rate", agreementRate.json), ("self_report_inflation_points", selfReportInflationPoints.json),
            ("suppressed", .bool(suppressed)),
            (
                "suppressed_figures",
                suppressedNames([
                    ("adoption_rate", adoptionRate), ("conservative_rate", conservativeRate), ("habit_rate", habitRate),
                    ("persistence_rate", persistenceRate), ("manager_lift_points", managerLift.points),
                    ("peer_lift_points", peerLift.points), ("observed_rate", observedRate),
                    ("agreement_rate", agreementRate), ("self_report_inflation_points", selfReportInflationPoints),
                ])
            ),
        ])
    }
}

extension DataQuality {
    var json: JSONValue {
        .object([
            ("rows_read", .int(rowsRead)), ("duplicates_dropped", .int(duplicatesDropped)),
            ("unmatched_rows", .int(unmatchedRows)), ("skipped_rows", .int(skippedRows)),
            (
                "warnings",
                .array(
                    warnings.map {
                        .object([
                            ("file", .string($0.location?.file ?? "")), ("line", .int($0.location?.line ?? 0)),
                            ("message", .string($0.message)),
                        ])
                    })
            ),
        ])
    }
}

extension Figure {
    /// The value, or null when suppressed or not applicable.
    var json: JSONValue { .number(value) }
}

/// The names of the suppressed figures among `figures`.
private func suppressedNames(_ figures: [(String, Figure)]) -> JSONValue {
    .array(figures.filter { $0.1.isSuppressed }.map { .string($0.0) })
}
