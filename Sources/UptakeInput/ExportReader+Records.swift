import UptakeModel

extension ExportReader {
    /// One data record into a response or an observation. Diagnostics are made in the order the
    /// fields are read; their locations are worked out only when one is made.
    mutating func readRecord(_ record: Int, layout: ExportLayout, fields: FieldBytes, plan: inout RecordPlan) {
        let (participant, number) =
            plan.participant.map { participantAndNumber(record, $0, layout, fields) } ?? ("", -1)
        // PRODUCT.md §2 "Who counts": a blank participant is excluded before anything else is
        // read, so trailing `,,,,` rows from spreadsheets count as unmatched, not as bad dates.
        guard !participant.isEmpty else {
            blankParticipantRows += 1
            return
        }
        guard let submittedAt = submittedAt(record, layout: layout, fields: fields, columns: plan.submittedAt ?? [])
        else { return }
        guard let checkpoint = checkpoint(record, layout: layout, columns: plan.checkpoint) else { return }
        reachedCheckpoints.insert(checkpoint)
        let rowLocation = SourceLocation(file: path, line: layout.table.line(ofRecord: record), column: 1)
        if spec.kind == .managerObservation {
            var observation = Observation(
                participant: participant, submittedAt: submittedAt, checkpoint: checkpoint, location: rowLocation)
            observation.observer = plan.observer.map { fields.participantKey(record, $0, layout) } ?? ""
            for (slot, behavior) in program.behaviors.enumerated() {
                observation.observed[behavior.id] = answer(
                    &plan.observed[slot], record, layout, fields, "yes or no", AnswerNormalizer.yesNo)
            }
            observations.append(observation)
            observationNumbers.append(number)
            return
        }
        var response = Response(
            participant: participant, submittedAt: submittedAt, checkpoint: checkpoint, location: rowLocation,
            behaviors: plan.behaviorIDs)
        for slot in plan.behaviorIDs.indices {
            response.answers.setApplied(
                answer(&plan.applied[slot], record, layout, fields, "yes or no", AnswerNormalizer.yesNo), at: slot)
            let frequencies = "a frequency (never, rarely, monthly, weekly, daily)"
            response.answers.setFrequency(
                answer(&plan.frequency[slot], record, layout, fields, frequencies, AnswerNormalizer.frequency), at: slot
            )
            response.answers.setConfidence(
                answer(&plan.confidence[slot], record, layout, fields, "a rating from 1 to 5", AnswerNormalizer.likert),
                at: slot)
        }
        response.firstStepDone = answer(
            &plan.firstStepDone, record, layout, fields, "yes or no", AnswerNormalizer.yesNo)
        if let columns = plan.firstStepDate {
            response.firstStepDate = firstStepDate(record, layout: layout, fields: fields, columns: columns)
        }
        if let columns = plan.obstacles {
            response.obstacleSet = obstacles(record, layout: layout, fields: fields, columns: columns, plan: &plan)
        }
        response.obstacleText = plan.obstacleText.flatMap { fields.nonBlankValue(record, $0, layout) }
        response.managerDiscussed = answer(
            &plan.managerDiscussed, record, layout, fields, "yes or no", AnswerNormalizer.yesNo)
        response.peerCheckin = answer(&plan.peerCheckin, record, layout, fields, "yes or no", AnswerNormalizer.yesNo)
        response.story = plan.story.flatMap { fields.nonBlankValue(record, $0, layout) }
        response.storyConsent = answer(&plan.storyConsent, record, layout, fields, "yes or no", AnswerNormalizer.yesNo)
        responses.append(response)
        responseNumbers.append(number)
    }

    /// The row's participant key (`fields.participantKey`) and its number in `rosterKeys`, or -1:
    /// the roster's own String when the key is on the roster, made from the bytes otherwise.
    func participantAndNumber(_ record: Int, _ columns: [Int], _ layout: ExportLayout, _ fields: FieldBytes) -> (
        String, Int32
    ) {
        fields.withValue(record, columns, layout) { bytes in
            var made: String?
            let number = rosterKeys.number(ofField: bytes) {
                made = ASCIIText.participantKey(bytes)
                return made ?? ""
            }
            guard let number else { return (made ?? ASCIIText.participantKey(bytes), -1) }
            return (rosterKeys.keys[Int(number)], number)
        }
    }

    /// The row's `submitted_at`; nil, with an error, when it does not parse.
    mutating func submittedAt(_ record: Int, layout: ExportLayout, fields: FieldBytes, columns: [Int]) -> Int64? {
        let fast = fields.withValue(record, columns, layout) { dates.parse(utf8: $0) }
        if let fast = fast ?? nil { return fast }
        let stamp = layout.value(record, columns)
        if let seconds = dates.parse(stamp) { return seconds }
        let shown = stamp.trimmedForDisplay.isEmpty ? "an empty value" : "'\(stamp.prefix(40))'"
        diagnostics.error(
            "submitted_at: cannot read \(shown) as a date and time", at: location(layout, record, columns.first ?? 0))
        return nil
    }

    /// The row's `first_step_date`: nil when blank, and with an error when it does not parse.
    mutating func firstStepDate(_ record: Int, layout: ExportLayout, fields: FieldBytes, columns: [Int]) -> CalendarDay?
    {
        guard let text = fields.nonBlankValue(record, columns, layout) else { return nil }
        guard let seconds = dates.parse(text) else {
            diagnostics.error(
                "first_step_date: cannot read '\(text.prefix(40))' as a date",
                at: location(layout, record, columns.first ?? 0))
            return nil
        }
        return CalendarDay(daysSinceEpoch: Int((seconds + Int64(dates.defaultOffset)) / 86_400))
    }

    /// The row's obstacle categories, nil when no choice was given.
    func obstacles(
        _ record: Int, layout: ExportLayout, fields: FieldBytes, columns: [Int], plan: inout RecordPlan
    ) -> ObstacleSet? {
        // What the closure reads is passed on its own: capturing `self` or `layout` copied them.
        let (separator, shared, widest) = (layout.multiSelectSeparator, obstacleChoices, widestWording)
        return fields.withValue(record, columns, layout) { bytes in
            plan.obstacleAnswers.value(of: bytes) { text in
                shared.categories(of: text, separator: separator, widest: widest)
            }
        }
    }

    /// A mapped answer normalized by `normalize`: nil for a blank or an unmapped field, and for
    /// an answer outside the table, with an out-of-range warning (PRODUCT.md §1).
    mutating func answer<Value>(
        _ column: inout RecordPlan.Answer<Value??>, _ record: Int, _ layout: ExportLayout, _ fields: FieldBytes,
        _ expected: String, _ normalize: (String) -> Value??
    ) -> Value? {
        guard column.isMapped else { return nil }
        // `Diagnostics.answer` by hand: an answer in range touches nothing but the memo (the
        // field's name and the file's path were copied for every answer of every row).
        if let answer = column.read(record, layout, fields, normalize) { return answer }
        diagnostics.outOfRange(column.field, expected, at: Self.location(path, layout, record, column.firstColumn))
        return nil
    }

    /// The row's checkpoint: the survey's fixed one, or its column's value (`30`, `Day 30`).
    mutating func checkpoint(_ record: Int, layout: ExportLayout, columns: [Int]?) -> Int? {
        if let fixed = spec.checkpoint { return fixed }
        guard let columns else { return nil }
        let digits = layout.value(record, columns).filter { $0.isASCII && $0.isNumber }
        guard let day = Int(digits.prefix(6)), program.checkpoints.contains(day) else {
            diagnostics.warning(
                "checkpoint column: not one of the program's checkpoints \(program.checkpoints); row skipped",
                at: location(layout, record, columns.first ?? 0))
            skippedRows += 1
            return nil
        }
        return day
    }
}
