import Foundation
import Testing
import UptakeModel

@testable import UptakeInput

/// A site folder under the temporary directory, written file by file and removed when the
/// test lets go of it.
final class TestSite {
    let root: URL

    /// A new, empty site folder.
    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-input-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// A site with these files (path relative to the site folder → text).
    convenience init(_ files: [String: String]) {
        self.init()
        for (path, text) in files { write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `text` as UTF-8 at `path`, creating folders.
    func write(_ path: String, _ text: String) {
        write(path, bytes: Array(text.utf8))
    }

    /// Writes raw bytes at `path`, creating folders.
    func write(_ path: String, bytes: [UInt8]) {
        let url = root.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: url)
    }

    /// Copies a fixture from `Tests/Fixtures/<fixture>` to `path` in the site.
    func copyFixture(_ fixture: String, to path: String) {
        let bytes = try! Data(contentsOf: Fixtures.url(fixture))
        write(path, bytes: [UInt8](bytes))
    }

    /// Creates an empty folder at `path`.
    func makeFolder(_ path: String) {
        try! FileManager.default.createDirectory(
            at: root.appendingPathComponent(path), withIntermediateDirectories: true)
    }

    /// Loads the site.
    func load() -> SiteLoader.Result {
        SiteLoader.load(site: root.path)
    }
}

/// The checked-in fixture files under `Tests/Fixtures`.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // UptakeInputTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures")

    static func url(_ relative: String) -> URL { folder.appendingPathComponent(relative) }
}

/// The one program of a load; records an issue and stops the test when there is none.
func onlyProgram(_ result: SiteLoader.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> LoadedProgram
{
    let programs = try #require(result.site?.programs, sourceLocation: sourceLocation)
    try #require(programs.count == 1, "expected one program, got \(programs.count)", sourceLocation: sourceLocation)
    return programs[0]
}

/// Every diagnostic of a load in compiler form, sorted by place.
func formatted(_ result: SiteLoader.Result) -> [String] {
    result.diagnostics.sorted.map(\.formatted)
}

/// Diagnostics in compiler form, errors only.
func errors(_ result: SiteLoader.Result) -> [String] {
    result.diagnostics.sorted.filter { $0.severity == .error }.map(\.formatted)
}

/// Diagnostics in compiler form, warnings only.
func warnings(_ result: SiteLoader.Result) -> [String] {
    result.diagnostics.sorted.filter { $0.severity == .warning }.map(\.formatted)
}

/// A minimal, valid `uptake.yml`.
let siteConfig = """
    title: Test site
    organization: Northwind
    locale: en-US

    """

/// A roster of five: four trained, one not (cy).
let standardRoster = """
    participant,name,email,cohort,manager,manager_name,manager_email,team,completed,satisfaction,first_step_scheduled
    ana@example.com,Ana Diaz,ana@example.com,2026-02-emea,mia@example.com,Mia Grant,mia@example.com,Sales,yes,5,yes
    ben@example.com,Ben Ode,ben@example.com,2026-02-emea,mia@example.com,Mia Grant,mia@example.com,Sales,yes,4,no
    cy@example.com,Cy Park,cy@example.com,2026-02-emea,mia@example.com,Mia Grant,mia@example.com,Sales,no,,no
    dee@example.com,Dee Lund,dee@example.com,2026-03-amer,raj@example.com,Raj Iyer,raj@example.com,Support,yes,3,yes
    eli@example.com,Eli Moss,eli@example.com,2026-03-amer,raj@example.com,Raj Iyer,raj@example.com,Support,yes,2,no

    """

/// A program file: the shared front matter with `surveys` (YAML lines, indented as list items
/// at the top level) and optional extra top-level keys.
func programFile(surveys: String, extra: String = "", body: String = "Why it matters.\n") -> String {
    """
    ---
    id: feedback
    title: Feedback That Lands
    checkpoints: [14, 30]
    behaviors:
      - id: one-question
        name: Ask one framework question in every 1:1
        first_step: Use one question in your next one-on-one
        first_step_minutes: 10
        target_frequency: weekly
      - id: specific-feedback
        name: Give specific feedback within 48 hours
        first_step: Write down one piece of feedback you owe
        first_step_minutes: 15
        target_frequency: monthly
    manager_guide:
      questions: [One?, Two?, Three?]
    cohorts:
      - id: 2026-02-emea
        name: EMEA, February
        trained_on: 2026-02-10
      - id: 2026-03-amer
        name: Americas, March
        trained_on: 2026-03-03
    obstacle_categories:
      "Outdated processes that conflict with the new approach": process
      "No time, too much on my plate": workload
    roster: data/roster.csv
    \(extra)surveys:
    \(surveys)
    ---
    \(body)
    """
}

/// A site with the standard config, roster and program, plus the given files.
func standardSite(surveys: String, files: [String: String], extra: String = "") -> TestSite {
    var all = files
    all["uptake.yml"] = all["uptake.yml"] ?? siteConfig
    all["content/data/roster.csv"] = all["content/data/roster.csv"] ?? standardRoster
    all["content/programs/feedback.md"] = programFile(surveys: surveys, extra: extra)
    return TestSite(all)
}
