// libFuzzer target: the whole load step (SiteLoader) and the measure step `uptake check` runs
// after it, on a site in a temporary folder whose program file, roster or export is the input.
// Built by fuzz/run.sh with `swiftc -sanitize=fuzzer,address -parse-as-library`.
import Foundation
import UptakeMetrics
import UptakeModel

@testable import UptakeInput

/// The first byte of the input picks which file it replaces; the rest is that file.
enum Slot: CaseIterable {
    case program, roster, generic, qualtrics, surveymonkey, googleForms, msForms, config
}

let root: String = {
    let path = NSTemporaryDirectory() + "uptake-fuzz-site-\(getpid())"
    try? FileManager.default.removeItem(atPath: path)
    try! FileManager.default.createDirectory(atPath: path + "/content/programs", withIntermediateDirectories: true)
    try! FileManager.default.createDirectory(atPath: path + "/content/data", withIntermediateDirectories: true)
    return path
}()

let config = "title: Fuzz\nlocale: en-US\nemail: {from: \"L <l@x.example>\"}\n"

func program(format: String, checkpoint: String, columns: [(String, String)]) -> String {
    let mapping = columns.map { "      \($0.0): \"\($0.1)\"" }.joined(separator: "\n")
    return """
        ---
        title: Fuzz
        checkpoints: [14, 30]
        behaviors:
          - {id: ask, name: Ask, first_step: Ask once, first_step_minutes: 5, target_frequency: weekly}
          - {id: listen, name: Listen, target_frequency: daily}
        manager_guide: {questions: [a?, b?, c?]}
        cohorts:
          - {id: spring, trained_on: 2026-03-02}
          - {id: autumn, trained_on: 2026-09-07}
        obstacle_categories: {"No time; too much": workload, "Tools": tools, "No time, too much on my plate": workload}
        roster: data/roster.csv
        surveys:
          - file: data/pulse.csv
            format: \(format)
            \(checkpoint)
            columns:
        \(mapping)
          - file: data/observed.csv
            kind: manager-observation
            checkpoint: 30
        ---
        Body *text*.

        """
}

let asked = "In the last two weeks, did you ask a framework question in a one-on-one?"
let often = "How often do you ask a framework question in your one-on-ones?"
let hard = "What has made it hard to apply what you learned?"
let manager = "Has your manager discussed the training with you?"
let generic = program(
    format: "generic", checkpoint: "checkpoint_column: Day",
    columns: [
        ("participant", "Email"), ("submitted_at", "When"), ("applied.ask", "Asked"), ("frequency.ask", "How often"),
        ("confidence.listen", "Sure"), ("first_step_done", "Step"), ("first_step_date", "Step date"),
        ("obstacles", "Obstacles"), ("manager_discussed", "Manager"), ("peer_checkin", "Peer"), ("story", "Story"),
        ("story_consent", "Share"),
    ])
let programs: [Slot: String] = [
    .qualtrics: program(
        format: "qualtrics", checkpoint: "checkpoint: 30",
        columns: [
            ("participant", "RecipientEmail"), ("submitted_at", "RecordedDate"), ("applied.ask", "Q2"),
            ("frequency.ask", "QID3"), ("obstacles", "Q5"), ("manager_discussed", manager),
        ]),
    .surveymonkey: program(
        format: "surveymonkey", checkpoint: "checkpoint: 30",
        columns: [
            ("participant", "Email Address"), ("submitted_at", "End Date"), ("applied.ask", asked),
            ("frequency.ask", often + "?"),
            ("obstacles", "What has made it hard to apply what you learned? (Select all that apply)"),
            ("manager_discussed", manager),
        ]),
    .googleForms: program(
        format: "google-forms", checkpoint: "checkpoint: 30",
        columns: [
            ("participant", "Email Address"), ("submitted_at", "Timestamp"), ("applied.ask", asked),
            ("frequency.ask", often),
            ("obstacles", hard), ("manager_discussed", manager),
        ]),
    .msForms: program(
        format: "ms-forms", checkpoint: "checkpoint: 30",
        columns: [
            ("participant", "Email"), ("submitted_at", "Completion time"), ("applied.ask", asked),
            ("frequency.ask", often),
            ("obstacles", hard), ("manager_discussed", manager),
        ]),
]
let roster = """
    participant,name,cohort,manager,team,completed,satisfaction,first_step_scheduled
    a@x.example,A,spring,m@x.example,T,yes,5,yes
    b@x.example,B,spring,m@x.example,T,yes,4,no
    c@x.example,C,autumn,n@x.example,U,no,,no
    ana@example.com,Ana,spring,m@x.example,T,yes,3,yes
    ben@example.com,Ben,autumn,n@x.example,U,yes,5,no
    dee@example.com,Dee,autumn,n@x.example,U,yes,1,yes

    """
let pulse = """
    Email,When,Day,Asked,How often,Sure,Step,Step date,Obstacles,Manager,Peer,Story,Share
    a@x.example,2026-03-20T09:00:00Z,Day 14,yes,weekly,4,yes,2026-03-10,No time; too much;Tools,yes,no,It worked,yes
    b@x.example,03/21/2026 9:05,30,no,rarely,2,no,,Other: meetings,no,,,

    """
let observed = "participant,observer,submitted_at,observed.ask\na@x.example,m@x.example,2026-04-01T09:00:00Z,yes\n"

/// Writes without Foundation's atomic write, whose fsync would bound the fuzzer to the disk.
func put(_ relative: String, _ bytes: [UInt8]) {
    let descriptor = open(root + "/" + relative, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    precondition(descriptor >= 0, "cannot write the fuzz site")
    defer { close(descriptor) }
    var done = 0
    while done < bytes.count {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, bytes.count - done) }
        precondition(written > 0, "cannot write the fuzz site")
        done += written
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let slot = Slot.allCases[Int(bytes.first ?? 0) % Slot.allCases.count]
    let input = Array(bytes.dropFirst())
    put("uptake.yml", slot == .config ? input : Array(config.utf8))
    put("content/programs/x.md", slot == .program ? input : Array((programs[slot] ?? generic).utf8))
    put("content/data/roster.csv", slot == .roster ? input : Array(roster.utf8))
    let isExport = ![.program, .roster, .config].contains(slot)
    put("content/data/pulse.csv", isExport ? input : Array(pulse.utf8))
    put("content/data/observed.csv", Array(observed.utf8))
    let result = SiteLoader.load(site: root)
    for diagnostic in result.diagnostics.all {
        precondition(!diagnostic.formatted.contains("\n"), "a diagnostic spans lines")
        if let location = diagnostic.location { precondition(location.line >= 0 && location.column >= 0) }
    }
    if let site = result.site {
        for program in site.programs { _ = MetricsCalculator.metrics(for: program, config: site.config) }
    }
    return 0
}
