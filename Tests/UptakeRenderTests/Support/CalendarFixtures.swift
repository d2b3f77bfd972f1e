import UptakeModel

/// Programs and cohorts for CalendarTests, and what the icalendar checker prints.
enum CalendarFixtures {
    /// 2026-11-25T16:00:00Z, a Wednesday: the build clock of every calendar and mail test.
    static let buildTime: Int64 = 1_795_622_400

    /// One behavior, one touchpoint, plain ASCII.
    static func tiny() -> (Program, Cohort) {
        var program = Program(id: "feedback", title: "Feedback")
        var behavior = Behavior(id: "ask", name: "Ask")
        behavior.firstStep = "Ask one question"
        behavior.firstStepMinutes = 5
        program.behaviors = [behavior]
        program.touchpoints = [7]
        return (program, Cohort(id: "c1", name: "Cohort 1", trainedOn: CalendarDay(year: 2026, month: 3, day: 14)))
    }

    /// Text with everything that needs care: long UTF-8, TEXT specials, line breaks, control
    /// characters, a property it tries to inject; touchpoints out of order and repeated.
    static func awkward() -> (Program, Cohort) {
        var program = Program(id: "führung", title: awkwardTitle.replacing("\n", with: "\r\n"))
        var a = Behavior(id: "a", name: "Zuhören")
        a.firstStep = awkwardStep.replacing("führen — ok", with: "führen — \u{7}ok")
        var b = Behavior(id: "b", name: "Fragen")
        b.firstStep = "Line one\nLine two"
        program.behaviors = [a, b]
        program.touchpoints = [30, 7, 7, 90]
        let cohort = Cohort(id: "2026-spring", name: "Frühling, 2026", trainedOn: CalendarDay(iso: "2026-02-27"))
        return (program, cohort)
    }

    /// The awkward title as a reader gets it back: line breaks as LF.
    static let awkwardTitle = "Führung; Feedback, Coaching \\ 🎯\nATTENDEE:mailto:x@y.z"
    /// The awkward first step as a reader gets it back: without the BEL character.
    static let awkwardStep = String(repeating: "Ein Gespräch über Erwartungen führen — ", count: 4) + "ok"

    /// The physical lines of CRLF-ended text.
    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
    }
}

/// What `PythonScripts.icalendar` prints.
struct ParsedCalendar: Decodable {
    /// One VEVENT.
    struct Event: Decodable {
        var uid, summary, description, start, end, stamp: String
        var names: [String]
    }
    var name, prodid, version, method: String
    var events: [Event]
    var errors: [String]
}
