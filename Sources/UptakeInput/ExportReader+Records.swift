import UptakeModel

extension ExportReader {
    /// One data record into a response or an observation.
    mutating func readRecord(_ record: Int, layout: ExportLayout, columns: [String: [Int]]) {
        func raw(_ field: String) -> String? { columns[field].map { layout.value(record, $0) } }
        func at(_ field: String) -> SourceLocation {
            location(layout, record, columns[field]?.first ?? 0)
        }
        let participant = (raw("participant") ?? "").participantKey
        // PRODUCT.md §2 "Who counts": a blank participant is excluded before anything else is
        // read, so trailing `,,,,` rows from spreadsheets count as unmatched, not as bad dates.
        guard !participant.isEmpty else {
            blankParticipantRows += 1
            return
        }
        let stamp = raw("submitted_at") ?? ""
        guard let submittedAt = dates.parse(stamp) else {
            let shown = stamp.trimmedForDisplay.isEmpty ? "an empty value" : "'\(stamp.prefix(40))'"
            diagnostics.error("submitted_at: cannot read \(shown) as a date and time", at: at("submitted_at"))
            return
        }
        guard let checkpoint = checkpoint(raw("checkpoint"), at: at("checkpoint")) else { return }
        let fields = Set(columns.keys)
        asked[checkpoint, default: []].formUnion(fields)
        let rowLocation = SourceLocation(file: path, line: layout.table.line(ofRecord: record), column: 1)
        if spec.kind == .managerObservation {
            var observation = Observation(participant: participant, submittedAt: submittedAt, checkpoint: checkpoint, location: rowLocation)
            observation.observer = (raw("observer") ?? "").participantKey
            for behavior in program.behaviors {
                observation.observed[behavior.id] = yesNo(raw("observed.\(behavior.id)"), "observed.\(behavior.id)", at("observed.\(behavior.id)"))
            }
            observations.append(observation)
            return
        }
        var response = Response(participant: participant, submittedAt: submittedAt, checkpoint: checkpoint, location: rowLocation)
        for behavior in program.behaviors {
            let id = behavior.id
            response.applied[id] = yesNo(raw("applied.\(id)"), "applied.\(id)", at("applied.\(id)"))
            if let text = raw("frequency.\(id)") {
                switch AnswerNormalizer.frequency(text) {
                case .some(let level): response.frequency[id] = level
                case .none: outOfRange("frequency.\(id)", "a frequency (never, rarely, monthly, weekly, daily)", at("frequency.\(id)"))
                }
            }
            if let text = raw("confidence.\(id)") { response.confidence[id] = likert(text, "confidence.\(id)", at("confidence.\(id)")) }
        }
        response.firstStepDone = yesNo(raw("first_step_done"), "first_step_done", at("first_step_done"))
        if let text = raw("first_step_date"), !text.trimmedForDisplay.isEmpty {
            if let seconds = dates.parse(text) {
                response.firstStepDate = CalendarDay(daysSinceEpoch: Int((seconds + Int64(dates.defaultOffset)) / 86_400))
            } else {
                diagnostics.error("first_step_date: cannot read '\(text.prefix(40))' as a date", at: at("first_step_date"))
            }
        }
        if let text = raw("obstacles") {
            response.obstacles = AnswerNormalizer.obstacles(
                layout.choices(text, known: program.obstacleCategories, widest: widestWording),
                table: program.obstacleCategories)
        }
        response.obstacleText = raw("obstacle_text").flatMap { $0.trimmedForDisplay.isEmpty ? nil : $0 }
        response.managerDiscussed = yesNo(raw("manager_discussed"), "manager_discussed", at("manager_discussed"))
        response.peerCheckin = yesNo(raw("peer_checkin"), "peer_checkin", at("peer_checkin"))
        response.story = raw("story").flatMap { $0.trimmedForDisplay.isEmpty ? nil : $0 }
        response.storyConsent = yesNo(raw("story_consent"), "story_consent", at("story_consent"))
        responses.append(response)
    }

    /// The row's checkpoint: the survey's fixed one, or its column's value (`30`, `Day 30`).
    mutating func checkpoint(_ text: String?, at location: SourceLocation) -> Int? {
        if let fixed = spec.checkpoint { return fixed }
        guard let text else { return nil }
        let digits = text.filter { $0.isASCII && $0.isNumber }
        guard let day = Int(digits.prefix(6)), program.checkpoints.contains(day) else {
            diagnostics.warning(
                "checkpoint column: not one of the program's checkpoints \(program.checkpoints); row skipped", at: location)
            skippedRows += 1
            return nil
        }
        return day
    }

    /// A yes/no answer; anything else is an out-of-range warning and counts as unanswered.
    mutating func yesNo(_ text: String?, _ field: String, _ location: SourceLocation) -> Bool? {
        guard let text else { return nil }
        return diagnostics.answer(AnswerNormalizer.yesNo(text), field: field, expected: "yes or no", at: location)
    }

    /// A 1–5 answer.
    mutating func likert(_ text: String, _ field: String, _ location: SourceLocation) -> Int? {
        diagnostics.answer(AnswerNormalizer.likert(text), field: field, expected: "a rating from 1 to 5", at: location)
    }

    mutating func outOfRange(_ field: String, _ expected: String, _ location: SourceLocation) {
        diagnostics.outOfRange(field, expected, at: location)
    }
}
