import Foundation
import Testing
import UptakeBuild
import UptakeCLI
import UptakeRender

@testable import UptakeInput

/// `uptake init DIR` (PRODUCT.md §4): a starter site that builds as it is, from the binary alone.
@Suite struct InitTests {
    static let starter = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("starter").path
    static let program = "content/programs/feedback-that-lands.md"

    /// The starter embedded in the binary (`StarterSite.swift`, generated) must be exactly the
    /// files of `starter/`: after editing one, run `python3 scripts/embed-starter.py`.
    @Test func embeddedStarterMatchesStarterFolder() throws {
        let files = TestSupport.tree(Self.starter).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(!files.isEmpty)
        #expect(Set(files.keys) == Set(StarterSite.files.keys), "run python3 scripts/embed-starter.py")
        for (path, text) in files {
            #expect(StarterSite.files[path] == text, "\(path) changed: run python3 scripts/embed-starter.py")
        }
    }

    @Test func initWritesASiteThatBuildsWithFiguresAndNoWarnings() throws {
        let folder = TestSupport.temporaryFolder() + "/new site"
        let captured = Captured()
        #expect(runUptake(["init", folder], console: captured.console) == 0)
        #expect(captured.err.contains("created a starter site in \(folder)"))
        let written = TestSupport.tree(folder)
        #expect(Set(written.keys) == Set(InitScaffold.files.keys))
        for path in DefaultTheme.files.keys {
            #expect(written["templates/" + path] == Data(DefaultTheme.files[path]!.utf8), "templates/\(path)")
        }

        let build = Captured()
        #expect(runUptake(["build", "--site", folder], console: build.console) == 0, "\(build.err)")
        #expect(build.err.contains("built 1 program(s): 3 pages, 2 one-pagers, 2 messages"))
        #expect(build.err.contains("(0 warning(s))"), "the starter should build clean: \(build.err)")
        let metrics = try JSONSerialization.jsonObject(
            with: Data(
                contentsOf: URL(fileURLWithPath: folder + "/output/site/programs/feedback-that-lands/metrics.json")))
        let document = try #require(metrics as? [String: Any])
        let checkpoints = try #require(document["checkpoints"] as? [[String: Any]])
        #expect(checkpoints.map { $0["day"] as? Int } == [14, 30])
        for checkpoint in checkpoints {
            // At least min_group_size (5) respondents, so the figures are shown, not withheld.
            #expect((checkpoint["respondents"] as? Int ?? 0) >= 5)
            #expect(checkpoint["any_behavior_adoption_rate"] is Double)
        }
        let gap = try #require(document["gap"] as? [String: Any])
        #expect(gap["points"] is Double)
    }

    @Test func initRefusesANonEmptyFolder() throws {
        let folder = TestSupport.temporaryFolder()
        try "mine\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let captured = Captured()
        #expect(runUptake(["init", folder], console: captured.console) == 1)
        #expect(captured.err.contains("error: '\(folder)' is not empty"))
        #expect(TestSupport.tree(folder).keys.sorted() == ["notes.txt"])

        let file = folder + "/notes.txt"
        #expect(runUptake(["init", file], console: Captured().console) == 1)
        #expect(runUptake(["init"], console: Captured().console) == 2)
    }

    @Test func initIntoAnEmptyFolderIsFine() throws {
        let folder = TestSupport.temporaryFolder()
        #expect(runUptake(["init", folder], console: Captured().console) == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/uptake.yml"))
    }

    /// The starter program shows every key a program may have (PRODUCT.md §1).
    @Test func starterProgramUsesEveryFrontMatterKey() throws {
        let text = try #require(StarterSite.files[Self.program])
        let keys = ProgramReader.keys.union(ProgramReader.behaviorKeys).union(ProgramReader.surveyKeys)
            .union(["why_it_matters", "before", "after", "questions", "trained_on", "name"])
        for key in keys.sorted() {
            #expect(
                text.contains("\n\(key):") || text.contains(" \(key):"), "the starter program does not show '\(key)'")
        }
        let config = try #require(StarterSite.files["uptake.yml"])
        for key in ConfigLoader.keys.union(["from", "subject", "unsafe_html"]).sorted() {
            #expect(config.contains("\(key):"), "the starter uptake.yml does not show '\(key)'")
        }
    }

    @Test func versionAndCompletionScripts() {
        let version = Captured()
        #expect(runUptake(["--version"], console: version.console) == 0)
        #expect(version.out == "0.1.0\n")
        for shell in ["bash", "zsh", "fish"] {
            let script = Captured()
            #expect(runUptake(["--generate-completion-script", shell], console: script.console) == 0)
            for command in ["build", "check", "metrics", "init", "serve"] {
                #expect(script.out.contains(command), "\(shell) completion lacks \(command)")
            }
        }
    }
}
