import UptakeMetrics
import UptakeModel

/// Builds small programs whose figures can be worked out by hand.
struct Fixture {
    var program: Program
    var roster: [Participant] = []
    var responses: [Response] = []
    var observations: [Observation] = []
    var asked: [Int: AskedFields] = [:]
    var config = SiteConfig()

    init(checkpoints: [Int] = [14, 30], behaviors: [String] = ["a"], cohorts: [String] = []) {
        program = Program(id: "p", title: "P")
        program.checkpoints = checkpoints
        program.behaviors = behaviors.map { Behavior(id: $0, name: $0.uppercased()) }
        program.cohorts = cohorts.map { Cohort(id: $0, name: $0, trainedOn: CalendarDay(year: 2026, month: 1, day: 5)) }
        let all: Set<String> =
            Set(["first_step_done", "obstacles", "manager_discussed", "peer_checkin"])
            .union(behaviors.flatMap { ["applied.\($0)", "frequency.\($0)"] })
        for day in checkpoints {
            var fields = AskedFields()
            fields.selfReport = all
            asked[day] = fields
        }
    }

    /// Adds `count` people; returns their keys.
    @discardableResult
    mutating func people(
        _ count: Int, cohort: String = "", completed: Bool = true, satisfaction: Int? = nil, scheduled: Bool? = nil,
        team: String = ""
    ) -> [String] {
        (0..<count).map { _ in
            var person = Participant(key: "p\(roster.count)")
            person.cohort = cohort
            person.completed = completed
            person.satisfaction = satisfaction
            person.firstStepScheduled = scheduled
            person.team = team
            roster.append(person)
            return person.key
        }
    }

    /// Adds a response for each key at `day`, configured by `edit`.
    mutating func respond(_ keys: [String], at day: Int, _ edit: (inout Response) -> Void = { _ in }) {
        for key in keys {
            var response = Response(
                participant: key, submittedAt: 0, checkpoint: day, location: SourceLocation(file: "x.csv", line: 2))
            edit(&response)
            responses.append(response)
        }
    }

    /// Marks observation fields as asked at `day` and adds observations.
    mutating func observe(_ keys: [String], at day: Int, behavior: String, _ value: Bool) {
        asked[day, default: AskedFields()].observation.insert("observed.\(behavior)")
        for key in keys {
            var observation = Observation(participant: key, submittedAt: 0, checkpoint: day, location: SourceLocation(file: "o.csv"))
            observation.observed[behavior] = value
            observations.append(observation)
        }
    }

    var loaded: LoadedProgram {
        var loaded = LoadedProgram(
            program: program, roster: roster, responses: responses, observations: observations, asked: asked,
            dataQuality: DataQuality())
        loaded.rosterHasSatisfaction = roster.contains { $0.satisfaction != nil }
        loaded.rosterHasFirstStepScheduled = roster.contains { $0.firstStepScheduled != nil }
        return loaded
    }

    var metrics: ProgramMetrics { MetricsCalculator.metrics(for: loaded, config: config) }
}

/// Compares doubles to 1e-12.
func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return abs(x - y) < 1e-12
    default: return false
    }
}
