import Foundation
import Testing

@testable import UptakeBuild
import UptakeRender

@Suite struct BuildTests {
    /// PRODUCT.md §3: the same inputs give byte-identical output trees.
    @Test func repeatedBuildsAreByteIdentical() throws {
        let first = TestSupport.temporaryFolder() + "/out"
        let second = TestSupport.temporaryFolder() + "/out"
        for output in [first, second] {
            let report = Builder(site: TestSupport.site("basic"), output: output, environment: TestSupport.pinned).build()
            #expect(report.succeeded)
        }
        let a = TestSupport.tree(first)
        let b = TestSupport.tree(second)
        #expect(a.count > 5)
        #expect(a == b)
    }

    /// Uptake's template engine and swift-mustache give the same bytes for the default theme,
    /// on the golden fixture and on the repository's sample site.
    @Test(arguments: ["fixture", "sample"]) func bothTemplateEnginesGiveTheSameTree(site name: String) throws {
        let root = TestSupport.fixtures.deletingLastPathComponent().deletingLastPathComponent().path
        let site = name == "fixture" ? TestSupport.site("basic") : root
        var trees: [[String: Data]] = []
        for engine in ["uptake", "swift-mustache"] {
            let output = TestSupport.temporaryFolder() + "/out"
            var environment = TestSupport.pinned
            environment["UPTAKE_TEMPLATE_ENGINE"] = engine
            let builder = Builder(site: site, output: output, environment: environment)
            #expect(builder.templateEngine == (engine == "uptake" ? .uptake : .swiftMustache))
            #expect(builder.build().succeeded)
            trees.append(TestSupport.tree(output))
        }
        #expect(trees[0].count > 5)
        #expect(trees[0].keys.sorted() == trees[1].keys.sorted())
        for (path, bytes) in trees[0] where trees[1][path] != bytes {
            Issue.record("\(path) differs between the engines")
        }
    }

    /// Without SOURCE_DATE_EPOCH the clock is the newest input's modification time, so a
    /// rebuild of unchanged inputs is identical too.
    @Test func clockFallsBackToNewestInput() throws {
        let site = try TestSupport.copyOfSite("basic")
        let stamp = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
        for path in FileManager.default.subpaths(atPath: site) ?? [] {
            try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: site + "/" + path)
        }
        let report = Builder(site: site, output: site + "/output", environment: [:]).build()
        #expect(report.succeeded)
        let index = try String(contentsOfFile: site + "/output/site/index.html", encoding: .utf8)
        #expect(index.contains("January 1, 2026"))
    }

    /// PRODUCT.md §1: a failed build leaves the previous output exactly as it was.
    @Test func failedBuildLeavesThePreviousOutputUntouched() throws {
        let site = try TestSupport.copyOfSite("basic")
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Builder(site: site, output: output, environment: TestSupport.pinned).build().succeeded)
        let before = TestSupport.tree(output)
        try "title: [unclosed\n".write(toFile: site + "/uptake.yml", atomically: true, encoding: .utf8)
        let report = Builder(site: site, output: output, environment: TestSupport.pinned).build()
        #expect(!report.succeeded)
        #expect(!report.wrote)
        #expect(TestSupport.tree(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent)
        #expect(leftovers == ["out"], "no staging folder may be left behind")
    }

    /// A mistyped --output never replaces a folder Uptake did not write.
    @Test func refusesToReplaceAForeignFolder() throws {
        let output = TestSupport.temporaryFolder()
        try "keep me".write(toFile: output + "/notes.txt", atomically: true, encoding: .utf8)
        let report = Builder(site: TestSupport.site("basic"), output: output, environment: TestSupport.pinned).build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.all.last?.message.contains("holds files Uptake did not write") == true)
        #expect(FileManager.default.fileExists(atPath: output + "/notes.txt"))
    }

    /// Free text from surveys is escaped wherever it appears; Markdown raw HTML is dropped.
    @Test func surveyTextIsRenderedInert() throws {
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Builder(site: TestSupport.site("basic"), output: output, environment: TestSupport.pinned).build().succeeded)
        let tree = TestSupport.tree(output)
        for (path, data) in tree where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script"), "\(path) carries a script element")
            #expect(
                html.range(of: #"<[a-zA-Z][^>]*\son[a-z]+\s*="#, options: .regularExpression) == nil,
                "\(path) carries an event handler attribute")
            #expect(!html.contains("<img"), "\(path) carries an image from survey text")
        }
        let microsite = String(decoding: tree["site/programs/listening/index.html"]!, as: UTF8.self)
        #expect(microsite.contains("it &quot;just worked&quot; &lt;script&gt;alert(&quot;story&quot;)&lt;/script&gt; &amp; stuck"))
        #expect(!microsite.contains("Private story"), "a story without consent is never shown")
        let report = String(decoding: tree["site/programs/listening/report.html"]!, as: UTF8.self)
        #expect(report.contains("&lt;img src=x onerror=alert(&quot;obstacle&quot;)&gt;"))
    }

    /// Names, emails and participant keys never reach the publishable site.
    @Test func noPersonalDataInTheSite() throws {
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Builder(site: TestSupport.site("basic"), output: output, environment: TestSupport.pinned).build().succeeded)
        for (path, data) in TestSupport.tree(output) where path.hasPrefix("site/") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for needle in ["fixture.example", "person 1", "manager m1", "stranger@"] {
                #expect(!text.contains(needle), "\(path) contains '\(needle)'")
            }
        }
    }
}
