import Foundation
import UptakeInput
import UptakeMetrics
import UptakeModel
import UptakeRender

/// The build, as a short list of named stages: load → measure → render → write.
package struct Builder: Sendable {
    /// The site folder.
    package var site: String
    /// The output folder (`<site>/output` by default).
    package var output: String
    /// Environment (for `SOURCE_DATE_EPOCH`, `UPTAKE_CHROMIUM`, `PATH`).
    package var environment: [String: String]
    /// Also print every one-pager to PDF with Chromium (`uptake build --pdf`).
    package var pdf = false

    /// A builder for `site` writing into `output`.
    package init(site: String, output: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.site = site
        self.output = output ?? (site as NSString).appendingPathComponent("output")
        self.environment = environment
    }

    /// Runs every stage; with `write` false (`uptake check`) nothing touches the disk.
    package func build(write: Bool = true, progress: (String) -> Void = { _ in }) -> BuildReport {
        var report = BuildReport()
        var timer = StageTimer()
        progress("load")
        let loaded = timer.time("load") { SiteLoader.load(site: site) }
        report.diagnostics = loaded.diagnostics
        guard let site = loaded.site else { return report.with(timer) }
        progress("measure")
        report.metrics = timer.time("measure") {
            site.programs.map { MetricsCalculator.metrics(for: $0, config: site.config) }
        }
        let clock = BuildClock.resolve(environment: environment) {
            SiteLoader.newestInputModification(site: self.site)
        }
        progress("render")
        let metrics = report.metrics
        let rendered = timer.time("render") { SiteRenderer.render(site: site, metrics: metrics, buildTime: clock.seconds) }
        report.diagnostics.append(contentsOf: rendered.diagnostics)
        if !report.diagnostics.hasErrors { report.files = rendered.files }
        guard write, !report.diagnostics.hasErrors else { return report.with(timer) }
        progress("write")
        do {
            let files = report.files
            var printed: [Diagnostic] = []
            let printer = pdf ? PDFPrinter.find(environment: environment) : nil
            if pdf, printer == nil {
                report.diagnostics.warning(
                    "--pdf: no Chromium found (install it, e.g. apt-get install chromium, or set UPTAKE_CHROMIUM); no PDFs written",
                    at: nil)
            }
            try timer.time("write") { () throws(OutputWriter.Failure) in
                try OutputWriter(folder: output).write(files) { staging in
                    guard let printer else { return }
                    printed = Self.printOnePagers(files, in: staging, with: printer)
                }
            }
            report.diagnostics.append(contentsOf: printed)
            report.pdfs = pdf && printer != nil ? files.count { Self.isOnePager($0.path) } - printed.count : 0
            report.wrote = true
        } catch {
            report.diagnostics.error(error.message, at: nil)
        }
        return report.with(timer)
    }
}

extension Builder {
    static func isOnePager(_ path: String) -> Bool { path.hasPrefix("managers/") && path.hasSuffix(".html") }

    /// Prints every one-pager of the staged tree beside itself, two at a time.
    static func printOnePagers(_ files: [OutputFile], in staging: String, with printer: PDFPrinter) -> [Diagnostic] {
        let pages = files.map(\.path).filter(isOnePager)
        let problems = ProblemList()
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let html = (staging as NSString).appendingPathComponent(pages[index])
            if let problem = printer.print(html, to: String(html.dropLast(5)) + ".pdf") { problems.add(.warning(problem, at: nil)) }
        }
        return problems.all
    }
}

/// Diagnostics gathered from concurrent work.
final class ProblemList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    func add(_ diagnostic: Diagnostic) { lock.withLock { items.append(diagnostic) } }
    var all: [Diagnostic] { lock.withLock { items } }
}

/// What a build did: diagnostics, files, figures and time per stage.
package struct BuildReport: Sendable {
    /// Every problem found.
    package var diagnostics = Diagnostics()
    /// The output tree (empty when rendering failed).
    package var files: [OutputFile] = []
    /// The metrics of each program.
    package var metrics: [ProgramMetrics] = []
    /// Stage name and seconds, in order.
    package var stages: [(name: String, seconds: Double)] = []
    /// True when the output folder was replaced.
    package var wrote = false
    /// One-pagers printed to PDF.
    package var pdfs = 0

    /// True when the build produced no errors.
    package var succeeded: Bool { !diagnostics.hasErrors }

    func with(_ timer: StageTimer) -> BuildReport {
        var copy = self
        copy.stages = timer.stages
        return copy
    }
}

/// Times named stages.
struct StageTimer {
    var stages: [(name: String, seconds: Double)] = []

    mutating func time<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }
}
