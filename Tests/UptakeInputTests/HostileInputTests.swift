import Foundation
import Testing
import UptakeCSV
import UptakeModel

@testable import UptakeInput

/// PRODUCT.md §1 "Bad input": no input may crash the program. Each hostile input is built in a
/// temporary site and must give its exact diagnostic, in bounded time (the time limit) and
/// memory, and never read outside the site. The big ones are generated here, not committed.
@Suite(.timeLimit(.minutes(1)))
struct HostileInputTests {
    static let program = """
        ---
        title: Minimal Program
        checkpoints: [14, 30]
        behaviors:
          - id: ask
            name: Ask one question
        manager_guide:
          questions: [One?, Two?, Three?]
        cohorts:
          - id: spring
            trained_on: 2026-03-02
        obstacle_categories:
          "No time; too much on my plate": workload
        roster: data/roster.csv
        surveys:
          - file: data/pulse.csv
            checkpoint: 30
        ---
        Body.

        """
    static let roster = "participant,cohort\n" + (1...5).map { "p\($0)@x.example,spring\n" }.joined()
    static let header = "participant,submitted_at,applied.ask"
    static let pulse = header + "\n" + (1...5).map { "p\($0)@x.example,2026-04-01T09:00:00Z,yes\n" }.joined()

    /// A valid site, with `changes` written over it (path → text).
    static func site(_ changes: [String: String] = [:]) -> TestSite {
        var files = [
            "uptake.yml": "title: Hostile\n", "content/programs/x.md": program, "content/data/roster.csv": roster,
            "content/data/pulse.csv": pulse,
        ]
        files.merge(changes) { $1 }
        return TestSite(files)
    }

    /// The program with `old` replaced by `new`.
    static func program(_ old: String, _ new: String) -> String {
        precondition(program.contains(old))
        return program.replacingOccurrences(of: old, with: new)
    }

    /// Nine levels of ten: expanded, a billion "lol"s.
    static let laughs =
        "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + (1...8).map { i in
            "lol\(i): &lol\(i) [" + Array(repeating: "*lol\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        .joined()

    @Test func validSiteIsQuiet() {
        #expect(formatted(Self.site().load()) == [])
    }

    // MARK: YAML

    @Test(arguments: ["summary: *lol8\n", "? *lol8\n: boom\n", "? [*lol8, *lol8]\n: boom\n", "<<: *lol8\n"])
    func aliasBombInFrontMatter(use: String) {
        let text = Self.program("title: Minimal Program\n", "title: Minimal Program\n" + Self.laughs + use)
        let result = Self.site(["content/programs/x.md": text]).load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:3:7: error: YAML anchors (&name) are not supported: write the value out in full"
            ])
        #expect(result.diagnostics.all.first?.sourceLine?.hasPrefix("lol0: &lol0 [lol") == true)
    }

    @Test func aliasBombInSiteConfig() {
        let result = Self.site(["uptake.yml": "title: Hostile\n" + Self.laughs + "? *lol8\n: boom\n"]).load()
        #expect(
            formatted(result) == [
                "uptake.yml:2:7: error: YAML anchors (&name) are not supported: write the value out in full"
            ])
    }

    @Test func aliasWithoutAnchor() {
        let result = Self.site(["uptake.yml": "title: *name\n"]).load()
        #expect(
            formatted(result) == [
                "uptake.yml:1:8: error: YAML aliases (*name) are not supported: write the value out in full"
            ])
    }

    @Test func aListAsAMappingKey() {
        let text = Self.program(
            "title: Minimal Program\n", "title: Minimal Program\n? [summary, audience]\n: Everyone\n")
        #expect(
            formatted(Self.site(["content/programs/x.md": text]).load()) == [
                "content/programs/x.md:3:3: error: a mapping key must be plain text, not a list or a mapping"
            ])
    }

    /// libyaml's scanner runs ahead over a run of brackets (any could open a key) and gives up
    /// at its own limit of 1000 levels, naming the second bracket; `{a: ` reaches ours first,
    /// at the 64th mapping under the root.
    @Test(arguments: [("[", 11), ("{", 11), ("{a: ", 262)])
    func hundredThousandOpeningBrackets(opening: String, column: Int) {
        let deep = String(repeating: opening, count: 100_000)
        let text = Self.program("title: Minimal Program\n", "title: Minimal Program\nsummary: \(deep)\n")
        let result = Self.site(["content/programs/x.md": text, "uptake.yml": "title: \(deep)\n"]).load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:3:\(column): error: YAML nested more than 64 levels deep",
                "uptake.yml:1:\(column - 2): error: YAML nested more than 64 levels deep",
            ])
    }

    @Test func deepBlockNesting() {
        let nested = (0..<200).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined()
        let result = Self.site([
            "uptake.yml": "title: Hostile\nextra:\n"
                + nested.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + " x\n"
        ]).load()
        #expect(formatted(result) == ["uptake.yml:66:129: error: YAML nested more than 64 levels deep"])
    }

    @Test func aMillionValues() {
        let list = "[" + String(repeating: "1,", count: 1_000_000) + "1]"
        let text = Self.program("title: Minimal Program\n", "title: Minimal Program\nsummary: \(list)\n")
        #expect(
            formatted(Self.site(["content/programs/x.md": text]).load()) == [
                "content/programs/x.md:3:200001: error: too many YAML values: a file may hold at most 100000"
            ])
    }

    @Test func nulBytesInYAML() {
        let result = Self.site([
            "uptake.yml": "title: Hos\u{0}tile\n",
            "content/programs/x.md": Self.program("title: Minimal Program", "title: \"Minimal\u{0}Program\""),
        ]).load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:2:16: error: malformed YAML: control character U+0000 is not allowed",
                "uptake.yml:1:11: error: malformed YAML: control character U+0000 is not allowed",
            ])
        #expect(
            result.diagnostics.sorted.map(\.sourceLine) == [
                "title: \"Minimal\u{2400}Program\"", "title: Hos\u{2400}tile",
            ])
    }

    @Test func escapeSequencesInAKeyAreShownNotSent() {
        let text = Self.program("title: Minimal Program\n", "title: Minimal Program\n\"\\e[31mred\\nline\": 1\n")
        let result = Self.site(["content/programs/x.md": text]).load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:3:1: warning: unknown key '\u{241B}[31mred\u{240A}line' in front matter"
            ])
    }

    @Test func controlCharactersInAFileNameAreShownNotSent() {
        let site = Self.site()
        site.write("content/programs/e\u{1B}[2Jvil.md", Self.program("title: Minimal Program", "title: [unclosed"))
        #expect(
            formatted(site.load()) == [
                "content/programs/e\u{241B}[2Jvil.md:3:12: error: malformed YAML: while parsing a flow sequence did not find expected ',' or ']'"
            ])
    }

    // MARK: Program files

    /// Found by the bad-input corpus: a second behavior `ask` reached the metrics, which key
    /// behaviors by id, and the check crashed on a duplicate dictionary key.
    @Test func duplicateBehaviorAndCohortIdsAreReportedAndLeftOut() throws {
        let text = Self.program(
            "    name: Ask one question\n", "    name: Ask one question\n  - id: ask\n    name: Again\n"
        )
        .replacingOccurrences(
            of: "    trained_on: 2026-03-02\n",
            with: "    trained_on: 2026-03-02\n  - id: spring\n    trained_on: 2026-04-02\n")
        let result = Self.site(["content/programs/x.md": text]).load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:7:9: error: behavior id 'ask' appears twice",
                "content/programs/x.md:14:9: error: cohort id 'spring' appears twice",
            ])
        let program = try onlyProgram(result).program
        #expect(program.behaviors.map(\.id) == ["ask"])
        #expect(program.cohorts.map(\.id) == ["spring"])
    }

    @Test func fiftyMegabyteProgramFile() {
        let body = String(repeating: "All work and no play makes a very long program narrative.\n", count: 900_000)
        let result = Self.site(["content/programs/x.md": Self.program + body]).load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:1:1: error: content/programs/x.md is too large (52.2 MB; the limit is 10 MB)"
            ])
    }

    @Test func aProgramJustUnderTheLimitLoads() throws {
        let body = String(repeating: "All work and no play makes a very long program narrative.\n", count: 160_000)
        let summary = "summary: " + String(repeating: "x", count: 400_000) + "\n"
        let text = Self.program("title: Minimal Program\n", "title: Minimal Program\n" + summary) + body
        let result = Self.site(["content/programs/x.md": text]).load()
        #expect(formatted(result) == [])
        #expect(try onlyProgram(result).program.summary.count == 400_000)
    }

    @Test func aMillionEmptyLinesAsAProgram() {
        let result = Self.site(["content/programs/x.md": String(repeating: "\n", count: 1_000_000)]).load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:1:1: error: missing front matter: a program file starts with a line '---'"
            ])
    }

    @Test func invalidUTF8InAProgramFile() {
        let site = Self.site()
        var bytes = Array(Self.program("name: Ask one question", "name: Ask one qu\u{E9}stion").utf8)
        bytes.replaceSubrange(bytes.firstRange(of: [0xC3, 0xA9])!, with: [0xE9])
        site.write("content/programs/x.md", bytes: bytes)
        let result = site.load()
        #expect(
            formatted(result) == [
                "content/programs/x.md:6:21: error: content/programs/x.md is not valid UTF-8 (byte 0xE9); save it as UTF-8"
            ])
        #expect(result.diagnostics.all.first?.sourceLine == "    name: Ask one qu\u{FFFD}stion")
    }

    @Test func emptyProgramAndConfig() {
        #expect(
            formatted(Self.site(["content/programs/x.md": "", "uptake.yml": ""]).load()) == [
                "content/programs/x.md:1:1: error: missing front matter: a program file starts with a line '---'"
            ])
    }

    // MARK: CSV

    @Test func tenMegabyteField() throws {
        let blob = String(repeating: "y", count: 10_000_000)
        let result = Self.site(["content/data/pulse.csv": Self.header + "\np1@x.example,2026-04-01T09:00:00Z,\(blob)\n"]
        ).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:2:35: warning: out-of-range answer for 'applied.ask': expected yes or no; counted as unanswered"
            ])
        let shown = try #require(result.diagnostics.all.first?.sourceLine)
        #expect(shown == "p1@x.example,2026-04-01T09:00:00Z," + String(repeating: "y", count: 166) + "…")
    }

    @Test func aSourceLineIsCutAfterMaxBytes() throws {
        let table = try CSVReader.parse(Array("a,\u{E9}\u{E9}\u{E9}\nb\n".utf8))
        #expect(table.sourceLine(ofField: 1, record: 0) == "a,\u{E9}\u{E9}\u{E9}")
        #expect(table.sourceLine(ofField: 1, record: 0, maxBytes: 5) == "a,\u{E9}\u{FFFD}")
        #expect(table.sourceLine(ofField: 0, record: 1, maxBytes: 0) == "")
        #expect(table.sourceLine(atLine: 2) == "b")
        #expect(table.sourceLine(atLine: 3) == nil)
    }

    @Test func tenMegabyteDate() {
        let blob = String(repeating: "9", count: 10_000_000)
        let result = Self.site(["content/data/pulse.csv": Self.header + "\np1@x.example,\(blob),yes\n"]).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:2:14: error: submitted_at: cannot read '\(String(repeating: "9", count: 40))' as a date and time"
            ])
    }

    @Test func aMillionEmptyLines() throws {
        let blank = String(repeating: "\n", count: 1_000_000)
        #expect(
            formatted(Self.site(["content/data/pulse.csv": blank]).load()) == [
                "content/data/pulse.csv:1:1: error: empty export: no header row"
            ])
        let afterHeader = Self.site([
            "content/data/pulse.csv": Self.header + blank + "p1@x.example,2026-04-01T09:00:00Z,no\n"
        ])
        .load()
        #expect(formatted(afterHeader) == [])
        #expect(try onlyProgram(afterHeader).responses.map(\.location.line) == [1_000_001])
    }

    @Test func tenThousandColumns() throws {
        let filler = (0..<10_000).map { "q\($0)" }.joined(separator: ",")
        let values = Array(repeating: "v", count: 10_000).joined(separator: ",")
        let pulse = filler + "," + Self.header + "\n" + values + ",p1@x.example,2026-04-01T09:00:00Z,maybe\n"
        let result = Self.site(["content/data/pulse.csv": pulse]).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:2:20035: warning: out-of-range answer for 'applied.ask': expected yes or no; counted as unanswered"
            ])
        #expect(result.diagnostics.all.first?.sourceLine == nil, "no caret 20,000 columns to the right")
        #expect(try onlyProgram(result).responses.count == 1)
    }

    @Test func tenThousandQualtricsColumnsAndThousandsOfRows() throws {
        let tags = (0..<10_000).map { "Q\($0)" }
        let header = (["Status", "Finished", "RecordedDate", "RecipientEmail"] + tags).joined(separator: ",")
        let row =
            "IP Address,1,2026-04-01 09:00:00,p1@x.example,"
            + Array(repeating: "v", count: 10_000).joined(separator: ",")
        let pulse = ([header, header, header] + Array(repeating: row, count: 2_000)).joined(separator: "\n")
        let survey = """
              - file: data/pulse.csv
                format: qualtrics
                checkpoint: 30
                columns: {participant: RecipientEmail, submitted_at: RecordedDate, applied.ask: Q9999}
            """
        let text = Self.program("  - file: data/pulse.csv\n    checkpoint: 30", survey)
        let result = Self.site(["content/programs/x.md": text, "content/data/pulse.csv": pulse]).load()
        let shown = formatted(result)
        // 1,999 duplicates and 2,000 answers 'v': the first 100 by place, then how many more.
        #expect(shown.count == 101)
        #expect(
            shown.first
                == "content/data/pulse.csv:4:1: warning: duplicate submission for the same participant and checkpoint; the later one at line 5 of content/data/pulse.csv is kept"
        )
        #expect(
            shown.last
                == "content/data/pulse.csv:54:1: warning: 3899 more warnings in this file from here on are not listed")
        #expect(try onlyProgram(result).dataQuality.rowsRead == 2_000)
    }

    @Test func aHundredThousandRowsOfUnreadableAnswers() throws {
        let rows = String(repeating: "p1@x.example,2026-04-01T09:00:00Z,maybe\n", count: 100_000)
        let result = Self.site(["content/data/pulse.csv": Self.header + "\n" + rows]).load()
        let shown = formatted(result)
        #expect(shown.count == 101)
        #expect(
            shown.last
                == "content/data/pulse.csv:52:1: warning: 199899 more warnings in this file from here on are not listed"
        )
        let quality = try onlyProgram(result).dataQuality
        #expect(quality.rowsRead == 100_000)
        #expect(quality.duplicatesDropped == 99_999)
        #expect(quality.warnings.count == 101)
    }

    @Test func obstacleAnswerOfAMillionSeparators() throws {
        let survey = """
              - file: data/pulse.csv
                checkpoint: 30
                columns: {participant: participant, submitted_at: submitted_at, obstacles: obstacles}
            """
        let text = Self.program("  - file: data/pulse.csv\n    checkpoint: 30", survey)
        let answer = String(repeating: "No time;", count: 1_000_000)
        let pulse = "participant,submitted_at,obstacles\np1@x.example,2026-04-01T09:00:00Z,\(answer)\n"
        let result = Self.site(["content/programs/x.md": text, "content/data/pulse.csv": pulse]).load()
        #expect(formatted(result) == [])
        #expect(try onlyProgram(result).responses.first?.obstacles == [.other])
    }

    @Test func nulBytesInFields() {
        let pulse =
            Self.header + "\np1@x.example,2026-04-01T09:00:00Z,ye\u{0}s\np2@x.example\u{0},2026-04-01T09:00:00Z,no\n"
        let result = Self.site(["content/data/pulse.csv": pulse]).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:2:35: warning: out-of-range answer for 'applied.ask': expected yes or no; counted as unanswered",
                "content/data/pulse.csv:3:1: warning: respondent is not on the roster; row excluded",
            ])
        #expect(
            result.diagnostics.sorted.map(\.sourceLine) == [
                "p1@x.example,2026-04-01T09:00:00Z,ye\u{2400}s", "p2@x.example\u{2400},2026-04-01T09:00:00Z,no",
            ])
    }

    @Test func headerOnlyExportIsValidWithZeroRows() throws {
        let result = Self.site(["content/data/pulse.csv": Self.header + "\n"]).load()
        #expect(formatted(result) == [])
        let loaded = try onlyProgram(result)
        #expect(loaded.responses.isEmpty)
        #expect(loaded.dataQuality.rowsRead == 0)
    }

    @Test func emptyFiles() {
        #expect(
            formatted(Self.site(["content/data/pulse.csv": ""]).load()) == [
                "content/data/pulse.csv:1:1: error: empty file"
            ])
        #expect(
            formatted(Self.site(["content/data/roster.csv": "\u{FEFF}"]).load()) == [
                "content/data/roster.csv:1:1: error: empty file"
            ])
    }

    @Test func unterminatedQuoteShowsItsLine() {
        let pulse = Self.header + "\np1@x.example,2026-04-01T09:00:00Z,\"yes\np2@x.example,2026-04-01T09:00:00Z,no\n"
        let result = Self.site(["content/data/pulse.csv": pulse]).load()
        #expect(
            formatted(result) == [
                "content/data/pulse.csv:2:35: error: unterminated quote: a quoted field in this record never closes"
            ])
        #expect(result.diagnostics.all.first?.sourceLine == "p1@x.example,2026-04-01T09:00:00Z,\"yes")
    }

    @Test func rosterWithDuplicateKeys() throws {
        let roster = Self.roster + " P1@X.example ,spring\np1@x.example,autumn\n"
        let result = Self.site(["content/data/roster.csv": roster]).load()
        #expect(
            formatted(result) == [
                "content/data/roster.csv:7:1: warning: participant appears twice in the roster; the first row is used",
                "content/data/roster.csv:8:1: warning: participant appears twice in the roster; the first row is used",
            ])
        let loaded = try onlyProgram(result)
        #expect(loaded.roster.count == 5)
        #expect(loaded.roster.first?.cohort == "spring")
    }

    // MARK: Files and paths

    /// Found by the bad-input corpus: a roster that could not be read left an empty roster, and
    /// every response came back as "not on the roster" besides the one real error.
    @Test func aMissingRosterIsOneErrorNotAWarningPerRow() {
        let site = Self.site()
        try? FileManager.default.removeItem(at: site.root.appendingPathComponent("content/data/roster.csv"))
        #expect(
            formatted(site.load()) == ["content/programs/x.md:14:9: error: roster 'data/roster.csv' does not exist"])
    }

    @Test func directoriesWhereFilesAreExpected() {
        let site = Self.site()
        for path in ["content/data/pulse.csv", "content/data/roster.csv"] {
            try? FileManager.default.removeItem(at: site.root.appendingPathComponent(path))
            site.makeFolder(path)
        }
        site.makeFolder("content/programs/y.md")
        #expect(
            formatted(site.load()) == [
                "content/programs/x.md:14:9: error: roster 'data/roster.csv' is a directory, not a file",
                "content/programs/x.md:16:11: error: survey 'data/pulse.csv' is a directory, not a file",
                "content/programs/y.md:1:1: error: content/programs/y.md is a directory, not a file",
            ])
        let config = Self.site()
        try? FileManager.default.removeItem(at: config.root.appendingPathComponent("uptake.yml"))
        config.makeFolder("uptake.yml")
        #expect(formatted(config.load()) == ["uptake.yml:1:1: error: uptake.yml is a directory, not a file"])
    }

    @Test func aNamedPipeIsRefusedNotWaitedOn() {
        let site = Self.site()
        let path = site.root.appendingPathComponent("content/data/pulse.csv").path
        try? FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o600) == 0)
        #expect(
            formatted(site.load()) == [
                "content/programs/x.md:16:11: error: survey 'data/pulse.csv' is not a regular file"
            ])
    }

    @Test func mappingsThatPointOutsideTheSite() {
        let text = Self.program("roster: data/roster.csv", "roster: ../../etc/passwd")
            .replacingOccurrences(of: "file: data/pulse.csv", with: "file: /etc/passwd")
        #expect(
            formatted(Self.site(["content/programs/x.md": text]).load()) == [
                "content/programs/x.md:14:9: error: roster '../../etc/passwd' is outside the site folder",
                "content/programs/x.md:16:11: error: survey '/etc/passwd' is outside the site folder",
            ])
    }

    @Test func symlinksThatPointOutsideTheSite() throws {
        let outside = TestSite(["secret.csv": Self.pulse, "programs/listening.md": Self.program])
        let site = Self.site()
        let pulse = site.root.appendingPathComponent("content/data/pulse.csv").path
        try FileManager.default.removeItem(atPath: pulse)
        try FileManager.default.createSymbolicLink(
            atPath: pulse, withDestinationPath: outside.root.appendingPathComponent("secret.csv").path)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("content/programs/y.md").path,
            withDestinationPath: outside.root.appendingPathComponent("programs/listening.md").path)
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("templates").path, withDestinationPath: outside.root.path)
        #expect(
            formatted(site.load()) == [
                "content/programs/x.md:16:11: error: survey 'data/pulse.csv' is outside the site folder",
                "content/programs/y.md:1:1: error: content/programs/y.md is outside the site folder",
                "templates: error: templates/ is outside the site folder",
            ])
    }

    @Test func aProgramsFolderOutsideTheSiteIsNotListed() throws {
        let outside = TestSite(["x.md": Self.program])
        let site = Self.site()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/programs"))
        try FileManager.default.createSymbolicLink(
            atPath: site.root.appendingPathComponent("content/programs").path, withDestinationPath: outside.root.path)
        #expect(formatted(site.load()) == ["content/programs: error: content/programs is outside the site folder"])
    }
}
