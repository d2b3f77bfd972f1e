import Foundation
import Testing
import UptakeModel

@testable import UptakeBuild

/// The incremental build (issue 6): a rebuild writes only files whose bytes changed, reuses
/// programs whose inputs did not change, and always leaves exactly what a build into an empty
/// folder would.
@Suite struct IncrementalBuildTests {
    /// The sample site (three programs, real exports) copied into a temporary folder.
    static func sampleSite() throws -> String {
        let site = TestSupport.temporaryFolder() + "/site"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        for item in ["uptake.yml", "content"] {
            try FileManager.default.copyItem(atPath: CrossCheckTests.repository + "/" + item, toPath: site + "/" + item)
        }
        return site
    }

    /// A builder as `uptake build` makes it: counts only, build cache on.
    static func builder(_ site: String, _ output: String) -> Builder {
        var builder = Builder(site: site, output: output, environment: TestSupport.pinned)
        builder.retain = false
        builder.incremental = true
        return builder
    }

    /// A full build of `site` into a new folder, for comparison.
    static func cleanTree(_ site: String) -> [String: Data] {
        let output = TestSupport.temporaryFolder() + "/clean"
        let report = Builder(site: site, output: output, environment: TestSupport.pinned).build()
        #expect(report.succeeded)
        return TestSupport.tree(output)
    }

    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    @Test func rebuildingUnchangedInputsWritesNothing() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        let first = Self.builder(site, output).build()
        #expect(first.succeeded)
        #expect(first.cachedPrograms == 0)
        #expect(first.written == TestSupport.tree(output).count)
        let page = output + "/site/programs/feedback-that-lands/report.html"
        let before = Self.modified(page)
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(second.cachedPrograms == 3)
        #expect(second.written == 0)
        #expect(Self.modified(page) == before, "an unchanged file is not rewritten")
        #expect(second.programCount == 3 && second.onePagers == first.onePagers && second.pages == first.pages)
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
        // The record a reusing build writes back serves the next build as well.
        let third = Self.builder(site, output).build()
        #expect(third.cachedPrograms == 3 && third.written == 0)
        #expect(third.diagnostics.all.map(\.formatted) == first.diagnostics.all.map(\.formatted))
    }

    @Test func editingOneProgramRebuildsOnlyThatProgram() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        let first = Self.builder(site, output).build()
        #expect(first.succeeded)
        let untouched = output + "/site/programs/strategic-habits/report.html"
        let before = Self.modified(untouched)
        let program = site + "/content/programs/delegation-that-sticks.md"
        var text = try String(contentsOfFile: program, encoding: .utf8)
        text = text.replacingOccurrences(of: "title: Delegation That Sticks", with: "title: Delegation that lasts")
        #expect(text.contains("Delegation that lasts"))
        try text.write(toFile: program, atomically: true, encoding: .utf8)
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(second.cachedPrograms == 2)
        #expect(second.written > 0)
        #expect(Self.modified(untouched) == before)
        #expect(second.diagnostics.all.map(\.formatted) == first.diagnostics.all.map(\.formatted))
        let tree = TestSupport.tree(output)
        #expect(tree == Self.cleanTree(site), "an incremental build equals a full build")
        #expect(String(decoding: tree["site/index.html"]!, as: UTF8.self).contains("Delegation that lasts"))
    }

    @Test func aRebuildThatChangesNoSummaryKeepsTheSiteWideFiles() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        let first = Self.builder(site, output).build()
        #expect(first.succeeded)
        let siteWide = ["site/index.html", "site/metrics.json"].map { output + "/" + $0 }
        let before = siteWide.map(Self.modified)
        // A paragraph more in one program's body: its microsite changes, not its summary or figures.
        let program = site + "/content/programs/feedback-that-lands.md"
        let text = try String(contentsOfFile: program, encoding: .utf8)
        try (text + "\nOne more paragraph for the microsite.\n").write(
            toFile: program, atomically: true, encoding: .utf8)
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(second.cachedPrograms == 2)
        #expect(second.written > 0)
        #expect(second.pages == first.pages && second.onePagers == first.onePagers)
        #expect(siteWide.map(Self.modified) == before, "the index and the site's metrics.json are kept")
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
        // Deleted by hand, the site's metrics.json is made again from every program's, read back.
        try FileManager.default.removeItem(atPath: siteWide[1])
        let third = Self.builder(site, output).build()
        #expect(third.succeeded)
        #expect(third.cachedPrograms == 3)
        #expect(third.written == 1)
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
    }

    @Test func removingAProgramRemakesTheSiteWideFiles() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Self.builder(site, output).build().succeeded)
        try FileManager.default.removeItem(atPath: site + "/content/programs/strategic-habits.md")
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(second.cachedPrograms == 2)
        let tree = TestSupport.tree(output)
        #expect(tree == Self.cleanTree(site))
        #expect(!String(decoding: tree["site/index.html"]!, as: UTF8.self).contains("strategic-habits"))
        #expect(!String(decoding: tree["site/metrics.json"]!, as: UTF8.self).contains("strategic-habits"))
    }

    @Test func changingAnExportRebuildsItsProgram() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Self.builder(site, output).build().succeeded)
        let exports = try FileManager.default.subpathsOfDirectory(atPath: site + "/content/data").filter {
            $0.hasSuffix(".csv")
        }.sorted()
        let export = try #require(exports.first { $0.contains("delegation") })
        let path = site + "/content/data/" + export
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines.removeLast(lines.last == "" ? 6 : 5)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(second.cachedPrograms == 2)
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
    }

    @Test func touchingWithoutChangingStillReuses() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Self.builder(site, output).build().succeeded)
        let program = site + "/content/programs/feedback-that-lands.md"
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_800_000_000)], ofItemAtPath: program)
        let second = Self.builder(site, output).build()
        #expect(second.cachedPrograms == 3)
        #expect(second.written == 0)
    }

    @Test func aTemplateChangeRebuildsEveryProgram() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Self.builder(site, output).build().succeeded)
        try FileManager.default.createDirectory(atPath: site + "/templates/partials", withIntermediateDirectories: true)
        try "<footer class=\"site-footer\"><p>Our own footer.</p></footer>\n"
            .write(toFile: site + "/templates/partials/footer.mustache", atomically: true, encoding: .utf8)
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(second.cachedPrograms == 0)
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
        try "<footer class=\"site-footer\"><p>Our own footer, edited.</p></footer>\n"
            .write(toFile: site + "/templates/partials/footer.mustache", atomically: true, encoding: .utf8)
        let third = Self.builder(site, output).build()
        #expect(third.cachedPrograms == 0, "editing a template rebuilds every program")
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
    }

    @Test func strayAndDeletedOutputFilesAreRepaired() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Self.builder(site, output).build().succeeded)
        try "stray".write(toFile: output + "/site/stray.html", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            atPath: output + "/site/extra/deeper", withIntermediateDirectories: true)
        // Strays at every depth, a folder of strays, and a program's folder the build never made.
        for path in [
            "stray-at-root.txt", "managers/stray.txt", "site/programs/feedback-that-lands/stray.txt", "junk/a/b.txt",
            "managers/old-program/mgr.1.html",
        ] {
            try FileManager.default.createDirectory(
                atPath: (output + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "stray".write(toFile: output + "/" + path, atomically: true, encoding: .utf8)
        }
        try FileManager.default.removeItem(atPath: output + "/site/programs/feedback-that-lands/report.html")
        try "edited by hand".write(toFile: output + "/site/index.html", atomically: true, encoding: .utf8)
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(second.cachedPrograms == 2, "a program whose output went missing is built again")
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
        for folder in ["site/extra", "junk", "managers/old-program"] {
            #expect(!FileManager.default.fileExists(atPath: output + "/" + folder), "\(folder)")
        }
    }

    @Test func aDamagedRecordMeansAFullRebuild() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Self.builder(site, output).build().succeeded)
        let record = output + "/" + OutputTransaction.marker
        let text = try String(contentsOfFile: record, encoding: .utf8)
        try String(text.prefix(text.count / 2)).appending("X\tP\tbroken\nX\tI\tnot a number\n")
            .write(toFile: record, atomically: true, encoding: .utf8)
        let second = Self.builder(site, output).build()
        #expect(second.succeeded)
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
        try "garbage\u{0}\n".write(toFile: record, atomically: true, encoding: .utf8)
        let third = Self.builder(site, output).build()
        #expect(third.succeeded)
        #expect(third.cachedPrograms == 0)
        #expect(TestSupport.tree(output) == Self.cleanTree(site))
    }

    @Test func aFailedIncrementalBuildLeavesTheOutputAlone() throws {
        let site = try Self.sampleSite()
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Self.builder(site, output).build().succeeded)
        let before = TestSupport.tree(output)
        let record = try String(contentsOfFile: output + "/" + OutputTransaction.marker, encoding: .utf8)
        let program = site + "/content/programs/delegation-that-sticks.md"
        let text = try String(contentsOfFile: program, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Delegation That Sticks", with: "title: [unclosed")
            .write(toFile: program, atomically: true, encoding: .utf8)
        let second = Self.builder(site, output).build()
        #expect(!second.succeeded)
        #expect(TestSupport.tree(output) == before)
        #expect(try String(contentsOfFile: output + "/" + OutputTransaction.marker, encoding: .utf8) == record)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: (output as NSString).deletingLastPathComponent)
        #expect(leftovers == ["out"], "no staging folder may be left behind")
    }
}

@Suite struct OutputRecordTests {
    @Test func recordRoundTrips() {
        var record = OutputRecord()
        record.files["site/index.html"] = .init(
            size: 12, modified: 1_795_000_000_123_456_789, hash: 0xDEAD_BEEF_0123_4567)
        record.files["managers/p/a b.html"] = .init(size: 0, modified: 1, hash: 0)
        record.files["site/ü/ß.html"] = .init(size: Int(Int64.max), modified: Int64.max, hash: .max)
        record.extra = ["P\tcontent/programs/p.md\tff\tp"]
        let parsed = OutputRecord(parsing: String(decoding: record.serialized(), as: UTF8.self))
        #expect(parsed.files == record.files)
        #expect(parsed.extra == record.extra)
        var one = OutputRecord()
        one.files["a b/c.html"] = .init(size: 4096, modified: 1_795_000_000_000_000_009, hash: 0x0A0B)
        one.extra = ["O\tx"]
        #expect(
            String(decoding: one.serialized(), as: UTF8.self)
                == "uptake-output 2\nF\t4096\t1795000000000000009\ta0b\ta b/c.html\nX\tO\tx\n")
        #expect(
            OutputRecord(parsing: "uptake-output 1\nF\t1\t2\t3\tx\n").files.isEmpty, "another version reads as empty")
        let damaged = OutputRecord(
            parsing:
                "uptake-output 2\nF\t1\tx\t3\ta\nF\t99999999999999999999\t2\t3\tb\nF\t1\t2\t3\nF\t1\t2\t3\t\nF\t1\t2\tff\tok\nQ\t1\n"
        )
        #expect(
            damaged.files == ["ok": .init(size: 1, modified: 2, hash: 255)], "bad numbers, overflow, no path: skipped")
        let interleaved = OutputRecord(
            parsing: "uptake-output 2\nF\t1\t2\tff\ta\nX\tone\nF\t3\t4\t5\tb\nX\ttwo\nF\t6\t7\t8\tc")
        #expect(interleaved.files.keys.sorted() == ["a", "b", "c"], "file lines after cache lines, no final newline")
        #expect(interleaved.extra == ["one", "two"])
        #expect(OutputRecord(parsing: "uptake-output 2\n").files.isEmpty)
        #expect(OutputRecord(parsing: "uptake-output 2").files.isEmpty)
    }

    @Test func diagnosticsAndTextSurviveTheCache() {
        let diagnostic = Diagnostic(
            .warning, "answer 'a\tb' \\ out of range",
            at: SourceLocation(file: "content/da\nta.csv", line: 3, column: 7),
            sourceLine: "x,\"y\"\r\n")
        #expect(BuildCache.decode(Substring(BuildCache.encode(diagnostic))) == diagnostic)
        let bare = Diagnostic(.error, "no file", at: nil)
        #expect(BuildCache.decode(Substring(BuildCache.encode(bare))) == bare)
        // A run of lines decoded in turn, sharing the file of the one before when it is the same.
        let run = [
            Diagnostic(
                .warning, "first", at: SourceLocation(file: "data/a.csv", line: 2, column: 1), sourceLine: "+x,y"),
            Diagnostic(.warning, "same file", at: SourceLocation(file: "data/a.csv", line: 9, column: 0)),
            Diagnostic(
                .error, "tab\tin\\message", at: SourceLocation(file: "data/b\tc.csv", line: 0, column: 0),
                sourceLine: ""),
            Diagnostic(.warning, "back to a", at: SourceLocation(file: "data/a.csv", line: 123_456_789, column: 42)),
            Diagnostic(.warning, "-", at: SourceLocation(file: "-x", line: 1, column: 1), sourceLine: "\u{301}mark"),
        ]
        var file: String?
        for diagnostic in run {
            #expect(BuildCache.decode(Substring(BuildCache.encode(diagnostic)), sharing: &file) == diagnostic)
        }
        for broken in [
            "warning\ta\t1\t2\tm", "warning\ta\t1\t2\tm\t-\textra", "oops\ta\t1\t2\tm\t-", "warning\ta\tx\t2\tm\t-", "",
        ] {
            #expect(BuildCache.decode(Substring(broken)) == nil, "\(broken.debugDescription)")
        }
        for text in ["", "plain", "tab\there", "back\\slash\\n", "new\nline", "crlf\r\n", "\\t"] {
            #expect(BuildCache.unescape(BuildCache.escape(text)) == text)
            #expect(!BuildCache.escape(text).contains("\t") && !BuildCache.escape(text).contains("\n"))
        }
    }

    @Test func contentHashTellsBytesApart() {
        var seen = Set<UInt64>()
        for length in 0...64 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            #expect(ContentHash.of(bytes) == ContentHash.of(bytes))
            seen.insert(ContentHash.of(bytes))
            for index in bytes.indices {
                var flipped = bytes
                flipped[index] ^= 1
                seen.insert(ContentHash.of(flipped))
            }
        }
        #expect(seen.count == 65 + (0...64).reduce(0, +), "every length and every one-bit change hashes differently")
        #expect(ContentHash.of([0]) != ContentHash.of([0, 0]))
    }
}
