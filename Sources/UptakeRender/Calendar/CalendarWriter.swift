import UptakeModel

/// Writes a cohort's `.ics` (RFC 5545): the first-step reminder the day after training and one
/// check-in per touchpoint day, all-day events a calendar app imports as they are.
/// PRODUCT.md §3 `programs/<id>/<cohort>.ics`. Pure: values in, text out.
package enum CalendarWriter {
    /// The questions of a practice check-in.
    package static let touchpointQuestions = [
        "What have you been practicing?", "What's working?", "What's harder than expected?",
        "What help do you need?",
    ]

    /// The VCALENDAR of `cohort`, stamped with `buildTime` (seconds since the epoch, UTC);
    /// nil when the cohort has no training day, since a calendar needs at least one event.
    package static func calendar(program: Program, cohort: Cohort, buildTime: Int64) -> String? {
        let events = events(program: program, cohort: cohort)
        guard !events.isEmpty else { return nil }
        let stamp = UTCTimestamp(seconds: buildTime).iCalendar
        var out = ContentLine.line("BEGIN", "VCALENDAR")
        out += ContentLine.line("PRODID", "-//Uptake//Uptake//EN")
        out += ContentLine.line("VERSION", "2.0")
        out += ContentLine.line("CALSCALE", "GREGORIAN")
        out += ContentLine.line("METHOD", "PUBLISH")
        out += ContentLine.line("X-WR-CALNAME", ContentLine.text("\(program.title): \(cohort.name)"))
        for event in events {
            out += ContentLine.line("BEGIN", "VEVENT")
            out += ContentLine.line("UID", ContentLine.text(event.uid(programID: program.id, cohortID: cohort.id)))
            out += ContentLine.line("DTSTAMP", stamp)
            out += ContentLine.line("DTSTART;VALUE=DATE", event.date.basic)
            out += ContentLine.line("DTEND;VALUE=DATE", event.date.adding(days: 1).basic)
            out += ContentLine.line("SUMMARY", ContentLine.text(event.summary))
            out += ContentLine.line("DESCRIPTION", ContentLine.text(event.description))
            // A reminder, not a meeting: it should not show the person as busy.
            out += ContentLine.line("TRANSP", "TRANSPARENT")
            out += ContentLine.line("END", "VEVENT")
        }
        out += ContentLine.line("END", "VCALENDAR")
        return out
    }

    /// The events of `cohort` in date order: the first-step reminder (when a behavior has a
    /// first step) and one check-in per distinct touchpoint day. Empty without a training day.
    package static func events(program: Program, cohort: Cohort) -> [CalendarEvent] {
        guard let trainedOn = cohort.trainedOn else { return [] }
        var events: [CalendarEvent] = []
        if let reminder = firstStepReminder(program: program, trainedOn: trainedOn) {
            events.append(reminder)
        }
        for day in Set(program.touchpoints).sorted() {
            let description =
                "Take a few minutes with your manager or a peer:\n"
                + touchpointQuestions.map { "- \($0)" }.joined(separator: "\n")
            events.append(
                CalendarEvent(
                    kind: .touchpoint, dayAfterTraining: day, date: trainedOn.adding(days: day),
                    summary: "\(program.title): day \(day) practice check-in", description: description))
        }
        return events.enumerated().sorted { a, b in
            a.element.date == b.element.date ? a.offset < b.offset : a.element.date < b.element.date
        }.map(\.element)
    }

    /// The reminder the day after training, or nil when no behavior has a first step.
    private static func firstStepReminder(program: Program, trainedOn: CalendarDay) -> CalendarEvent? {
        let withSteps = program.behaviors.filter { !$0.firstStep.trimmedForDisplay.isEmpty }
        guard let first = withSteps.first else { return nil }
        let steps = withSteps.map { behavior in
            let minutes = behavior.firstStepMinutes.map { " (\($0) min)" } ?? ""
            return "- \(behavior.name): \(behavior.firstStep.trimmedForDisplay)\(minutes)"
        }
        let description = "Your first steps after \(program.title):\n" + steps.joined(separator: "\n")
        return CalendarEvent(
            kind: .firstStep, dayAfterTraining: 1, date: trainedOn.adding(days: 1),
            summary: "First step: \(first.firstStep.trimmedForDisplay)", description: description)
    }
}
