import UptakeModel

extension ProgramMetrics {
    /// The `uptake.metrics/1` document of PRODUCT.md §3, as metrics.json holds it.
    package var jsonBytes: [UInt8] {
        var writer = JSONWriter(capacity: 8192)
        write(to: &writer)
        return writer.finished()
    }

    /// The same document as a tree.
    package var json: JSONValue {
        var tree = JSONTree()
        write(to: &tree)
        return tree.value
    }

    /// The document, value by value: the one place its keys and their order are written down.
    package func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.member("schema", "uptake.metrics/1")
        sink.key("program")
        sink.beginObject()
        sink.member("id", programID)
        sink.member("title", programTitle)
        sink.endObject()
        sink.member("min_group_size", minGroupSize)
        overall.writeMembers(to: &sink)
        sink.key("cohorts")
        sink.beginArray()
        for cohort in cohorts {
            sink.beginObject()
            sink.member("id", cohort.id)
            sink.member("name", cohort.name)
            cohort.metrics.writeMembers(to: &sink)
            sink.endObject()
        }
        sink.endArray()
        sink.key("data_quality")
        dataQuality.write(to: &sink)
        sink.endObject()
    }
}

extension GroupMetrics {
    /// The figures shared by the program object and each cohort object.
    func writeMembers<Sink: JSONSink>(to sink: inout Sink) {
        sink.member("enrolled", enrolled)
        sink.member("trained", trained)
        sink.member("completion_rate", completionRate)
        sink.member("satisfaction_favorable_rate", satisfactionFavorableRate)
        sink.member("first_step_scheduled_rate", firstStepScheduledRate)
        sink.member("intention_gap_points", intentionGapPoints)
        sink.key("gap")
        sink.beginObject()
        sink.member("learning", number: gap.learning)
        sink.member("doing", number: gap.doing)
        sink.member("points", number: gap.points)
        sink.member("checkpoint_day", gap.checkpointDay)
        sink.endObject()
        sink.key("checkpoints")
        sink.beginArray()
        for checkpoint in checkpoints { checkpoint.write(to: &sink) }
        sink.endArray()
        sink.suppressed([
            "completion_rate": completionRate, "satisfaction_favorable_rate": satisfactionFavorableRate,
            "first_step_scheduled_rate": firstStepScheduledRate, "intention_gap_points": intentionGapPoints,
        ])
    }
}

extension CheckpointMetrics {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.member("day", day)
        sink.member("respondents", respondents)
        sink.member("response_rate", responseRate)
        sink.member("any_behavior_adoption_rate", anyBehaviorAdoptionRate)
        sink.member("first_step_rate", firstStepRate)
        sink.key("behaviors")
        sink.beginArray()
        for behavior in behaviors { behavior.write(to: &sink) }
        sink.endArray()
        sink.key("obstacles")
        sink.beginArray()
        for obstacle in obstacles {
            sink.beginObject()
            sink.member("category", obstacle.category.rawValue)
            sink.member("count", obstacle.count)
            sink.member("rate", obstacle.rate)
            sink.member("suppressed", obstacle.rate.isSuppressed)
            sink.endObject()
        }
        sink.endArray()
        sink.suppressed([
            "any_behavior_adoption_rate": anyBehaviorAdoptionRate, "first_step_rate": firstStepRate,
            "obstacles": obstaclesAnswered,
        ])
        sink.endObject()
    }
}

extension BehaviorMetrics {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.member("id", id)
        sink.member("answered", answered)
        sink.member("adopted", adopted)
        sink.member("adoption_rate", adoptionRate)
        sink.member("ci_low", number: ciLow)
        sink.member("ci_high", number: ciHigh)
        sink.member("conservative_rate", conservativeRate)
        sink.member("habit_rate", habitRate)
        sink.key("frequency")
        if let counts = frequency {
            sink.beginObject()
            for level in Frequency.allCases {
                sink.key(text: level.rawValue)
                sink.int(counts[level.rank])
            }
            sink.endObject()
        } else {
            sink.null()
        }
        sink.member("persistence_rate", persistenceRate)
        sink.member("manager_lift_points", managerLift.points)
        sink.member("peer_lift_points", peerLift.points)
        sink.member("observed_rate", observedRate)
        sink.member("agreement_rate", agreementRate)
        sink.member("self_report_inflation_points", selfReportInflationPoints)
        sink.member("suppressed", suppressed)
        sink.suppressed([
            "adoption_rate": adoptionRate, "conservative_rate": conservativeRate, "habit_rate": habitRate,
            "persistence_rate": persistenceRate, "manager_lift_points": managerLift.points,
            "peer_lift_points": peerLift.points, "observed_rate": observedRate,
            "agreement_rate": agreementRate, "self_report_inflation_points": selfReportInflationPoints,
        ])
        sink.endObject()
    }
}

extension DataQuality {
    func write<Sink: JSONSink>(to sink: inout Sink) {
        sink.beginObject()
        sink.member("rows_read", rowsRead)
        sink.member("duplicates_dropped", duplicatesDropped)
        sink.member("unmatched_rows", unmatchedRows)
        sink.member("skipped_rows", skippedRows)
        sink.key("warnings")
        sink.beginArray()
        for warning in warnings {
            sink.beginObject()
            sink.member("file", warning.location?.file ?? "")
            sink.member("line", warning.location?.line ?? 0)
            sink.member("message", warning.message)
            sink.endObject()
        }
        sink.endArray()
        sink.endObject()
    }
}

extension JSONSink {
    /// A figure: its value, or null when suppressed or not applicable.
    fileprivate mutating func member(_ name: StaticString, _ figure: Figure) {
        key(name)
        number(figure.value)
    }

    /// `suppressed_figures`: the names of the suppressed figures among `figures`.
    fileprivate mutating func suppressed(_ figures: KeyValuePairs<StaticString, Figure>) {
        key("suppressed_figures")
        beginArray()
        for (name, figure) in figures where figure.isSuppressed { string(name.description) }
        endArray()
    }
}
