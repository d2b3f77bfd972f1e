import Foundation
import Testing

@testable import UptakeBuild

/// PRODUCT.md §3: every one-pager prints to exactly one page in Chromium's print-to-PDF, on the
/// configured paper. The sample site is built once with `paper: a4` and once with
/// `paper: letter`, and every one-pager is printed by the real headless Chromium
/// (installed by `scripts/install-deps.sh --test`); the page count of each file is printed.
@Suite(.serialized) struct PrintTests {
    @Test(arguments: ["a4", "letter"])
    func everySampleOnePagerPrintsOnOnePage(paper: String) throws {
        let printer = try #require(
            PDFPrinter.find(environment: ProcessInfo.processInfo.environment),
            "no Chromium on PATH: run scripts/install-deps.sh --test (apt-get install chromium)")
        let site = TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: CrossCheckTests.repository + "/content", toPath: site + "/content")
        let config = try String(contentsOfFile: CrossCheckTests.repository + "/uptake.yml", encoding: .utf8)
            .replacingOccurrences(of: "paper: a4", with: "paper: \(paper)")
        try config.write(toFile: site + "/uptake.yml", atomically: true, encoding: .utf8)
        var builder = Builder(site: site, output: site + "/output", environment: TestSupport.pinned)
        builder.pdf = false
        #expect(builder.build().succeeded)
        let folder = site + "/output/managers"
        let pages = (FileManager.default.subpaths(atPath: folder) ?? []).filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count >= 20)
        let counts = PageCounts()
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let html = folder + "/" + pages[index]
            let pdf = String(html.dropLast(5)) + ".pdf"
            let problem = printer.print(html, to: pdf)
            counts.set(pages[index], problem == nil ? Self.pageCount(pdf) : -1)
        }
        for (page, count) in counts.sorted {
            print("print \(paper): \(page): \(count) page(s)")
            #expect(count == 1, "\(page) prints to \(count) pages on \(paper)")
        }
    }

    /// Pages of a PDF: its `/Type /Page` objects (Chromium writes them uncompressed).
    static func pageCount(_ path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return -1 }
        let text = String(decoding: data, as: Unicode.ASCII.self)
        return text.components(separatedBy: "/Type /Page").dropFirst().count { !$0.hasPrefix("s") }
    }
}

final class PageCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    func set(_ page: String, _ count: Int) { lock.withLock { counts[page] = count } }
    var sorted: [(String, Int)] { lock.withLock { counts.sorted { $0.key < $1.key } } }
}
