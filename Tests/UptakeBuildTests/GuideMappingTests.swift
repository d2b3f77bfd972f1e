import Foundation
import Testing
import UptakeInput
import UptakeModel

/// The `columns:` block of each export guide in `docs/` is the mapping the input tests use for
/// that tool's fixture export, and it loads that export: a guide cannot drift from the reader.
@Suite struct GuideMappingTests {
    struct Case: Sendable, CustomStringConvertible {
        /// The guide under `docs/`.
        var guide: String
        /// The `format:` the guide names.
        var format: String
        /// The fixture export under `Tests/Fixtures/csv/`.
        var fixture: String
        /// Responses the fixture yields with the standard roster.
        var responses: Int
        /// The suite in `Tests/UptakeInputTests/ExportFormatTests.swift` that maps this fixture.
        var suite: String

        var description: String { "\(guide) with \(fixture)" }
    }

    static let cases = [
        Case(
            guide: "exporting-qualtrics.md", format: "qualtrics", fixture: "qualtrics/pulse-30-choice-text.csv",
            responses: 2, suite: "QualtricsExportTests"),
        Case(
            guide: "exporting-surveymonkey.md", format: "surveymonkey", fixture: "surveymonkey/pulse-30.csv",
            responses: 3, suite: "SurveyMonkeyExportTests"),
        Case(
            guide: "exporting-google-forms.md", format: "google-forms", fixture: "google-forms/responses.csv",
            responses: 3, suite: "GoogleFormsExportTests"),
        Case(
            guide: "exporting-google-forms.md", format: "google-forms", fixture: "google-forms/linked-sheet.csv",
            responses: 2, suite: "GoogleFormsExportTests"),
        Case(
            guide: "exporting-ms-forms.md", format: "ms-forms", fixture: "ms-forms/pulse-30.csv", responses: 3,
            suite: "MSFormsExportTests"),
    ]

    static let repository = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: cases) func guideMappingLoadsTheFixtureExport(_ test: Case) throws {
        let guide = try String(
            contentsOf: Self.repository.appendingPathComponent("docs/\(test.guide)"), encoding: .utf8)
        let yaml = try #require(
            Self.yamlBlock(withColumnsIn: guide), "\(test.guide) has no ```yaml block with columns:")
        #expect(yaml.contains("format: \(test.format)\n"), "\(test.guide) should say format: \(test.format)")
        let columns = try #require(Self.columnsBlock(in: yaml))

        let site = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: site) }
        try Self.write(site, "uptake.yml", "title: Guide check\nlocale: en-US\n")
        try Self.write(site, "content/data/roster.csv", Self.roster)
        try Self.write(site, "content/programs/feedback.md", Self.program(format: test.format, columns: columns))
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures.appendingPathComponent("csv/\(test.fixture)").path,
            toPath: site + "/content/data/export.csv")

        let result = SiteLoader.load(site: site)
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }.map(\.formatted)
        #expect(errors == [], "the columns: block of \(test.guide) does not load \(test.fixture)")
        let program = try #require(result.site?.programs.first)
        #expect(program.responses.count == test.responses)
        #expect(program.responses.allSatisfy { !$0.applied.isEmpty }, "every response maps applied.one-question")
    }

    @Test(arguments: cases) func guideMappingIsTheInputTestsMapping(_ test: Case) throws {
        let guide = try String(
            contentsOf: Self.repository.appendingPathComponent("docs/\(test.guide)"), encoding: .utf8)
        let yaml = try #require(Self.yamlBlock(withColumnsIn: guide))
        let source = try String(
            contentsOf: Self.repository.appendingPathComponent("Tests/UptakeInputTests/ExportFormatTests.swift"),
            encoding: .utf8)
        let suite = try #require(
            Self.suiteText(test.suite, in: source), "no suite \(test.suite) in ExportFormatTests.swift")
        let guideLines = try #require(Self.columnsBlock(in: yaml)).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let testLines = try #require(Self.columnsBlock(in: suite)).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(guideLines == testLines, "docs/\(test.guide) and \(test.suite) map the export differently")
    }

    // MARK: - Reading the guide and the input tests

    /// The first fenced ```yaml block that has a `columns:` line.
    static func yamlBlock(withColumnsIn markdown: String) -> String? {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```yaml" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks.first { columnsBlock(in: $0) != nil }
    }

    /// The lines of the first mapping under a line ending in `columns:`, dedented: the
    /// consecutive lines indented like the first one after it.
    static func columnsBlock(in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasSuffix("columns:") }),
            start + 1 < lines.count
        else { return nil }
        func indent(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
        let depth = indent(lines[start + 1])
        guard depth > 0 else { return nil }
        let block = lines[(start + 1)...].prefix {
            indent($0) == depth && !$0.trimmingCharacters(in: .whitespaces).isEmpty
        }
        return block.map { String($0.dropFirst(depth)) }.joined(separator: "\n") + "\n"
    }

    /// The source of `struct <name>` up to the next `@Suite`, with `\(constant)` interpolations
    /// of the suite's `static let constant = "…"` resolved.
    static func suiteText(_ name: String, in source: String) -> String? {
        guard let start = source.range(of: "struct \(name) {") else { return nil }
        let end = source.range(of: "@Suite", range: start.upperBound..<source.endIndex)?.lowerBound ?? source.endIndex
        var text = String(source[start.lowerBound..<end])
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("static let "), let equals = trimmed.range(of: " = \""), trimmed.hasSuffix("\"")
            else { continue }
            let constant = trimmed[trimmed.index(trimmed.startIndex, offsetBy: "static let ".count)..<equals.lowerBound]
            let value = trimmed[equals.upperBound..<trimmed.index(before: trimmed.endIndex)]
            text = text.replacingOccurrences(of: "\\(\(constant))", with: value)
        }
        return text
    }

    // MARK: - The site around the guide's block

    static func write(_ site: String, _ path: String, _ text: String) throws {
        let full = site + "/" + path
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    /// The input tests' roster: ana, ben, dee and eli trained, cy not.
    static let roster = """
        participant,name,email,cohort,manager,manager_name,manager_email,team,completed,satisfaction,first_step_scheduled
        ana@example.com,Ana Diaz,ana@example.com,2026-02-emea,mia@example.com,Mia Grant,mia@example.com,Sales,yes,5,yes
        ben@example.com,Ben Ode,ben@example.com,2026-02-emea,mia@example.com,Mia Grant,mia@example.com,Sales,yes,4,no
        cy@example.com,Cy Park,cy@example.com,2026-02-emea,mia@example.com,Mia Grant,mia@example.com,Sales,no,,no
        dee@example.com,Dee Lund,dee@example.com,2026-03-amer,raj@example.com,Raj Iyer,raj@example.com,Support,yes,3,yes
        eli@example.com,Eli Moss,eli@example.com,2026-03-amer,raj@example.com,Raj Iyer,raj@example.com,Support,yes,2,no

        """

    static func program(format: String, columns: String) -> String {
        let mapping = columns.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
        return """
            ---
            title: Feedback That Lands
            checkpoints: [14, 30]
            behaviors:
              - id: one-question
                name: Ask one framework question in every 1:1
                target_frequency: weekly
            manager_guide:
              questions: [One?, Two?, Three?]
            cohorts:
              - { id: 2026-02-emea, name: "EMEA, February", trained_on: 2026-02-10 }
              - { id: 2026-03-amer, name: "Americas, March", trained_on: 2026-03-03 }
            obstacle_categories:
              "Outdated processes that conflict with the new approach": process
              "No time, too much on my plate": workload
            roster: data/roster.csv
            surveys:
              - file: data/export.csv
                format: \(format)
                checkpoint: 30
                columns:
            \(mapping)
            ---
            Why it matters.

            """
    }
}
