import ArgumentParser
import Foundation
import UptakeBuild

/// `uptake build [--site DIR] [--output DIR]`.
struct BuildCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site, reports and metrics into the output folder.")

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "The output folder (default: <site>/output).")
    var output: String?

    @Flag(
        name: .long, help: "Also print each manager one-pager to PDF with Chromium (found on PATH or UPTAKE_CHROMIUM).")
    var pdf = false

    mutating func run(console: Console) -> Int32 {
        var builder = Builder(site: options.site, output: output, environment: console.environment)
        builder.pdf = pdf
        builder.retain = false
        builder.incremental = true
        builder.freesAtExit = true
        let printer = DiagnosticPrinter(format: options.diagnostics, color: console.color)
        // The warnings' text is made while the output is committed (a large site replays tens
        // of thousands of them on every rebuild); used when the commit added none.
        let early = EarlyText()
        builder.beforeCommit = { diagnostics in
            early.start(count: diagnostics.all.count) { printer.render(diagnostics.sorted) }
        }
        let progress = Progress(console: console)
        let report = builder.build(write: true, progress: progress.stage)
        progress.finish()
        if !report.diagnostics.all.isEmpty {
            let text =
                early.text(forCount: report.diagnostics.all.count) ?? printer.render(report.diagnostics.sorted)
            console.err(text)
            ExitPool.keep(text)
        }
        ExitPool.keep(report)
        guard report.succeeded else {
            console.err(
                "build failed: \(report.diagnostics.errorCount) error(s), \(report.diagnostics.warningCount) warning(s); \(builder.output) was left as it was\n"
            )
            return 1
        }
        var summary =
            "built \(report.programCount) program(s): \(report.pages) pages, \(report.onePagers) one-pagers, \(report.messages) messages"
        if pdf { summary += ", \(report.pdfs) PDFs" }
        summary +=
            " in \(String(format: "%.2f", report.seconds)) s → \(builder.output) (\(report.diagnostics.warningCount) warning(s))\n"
        if report.cachedPrograms > 0 {
            summary +=
                "  \(report.cachedPrograms) program(s) unchanged since the last build, \(report.written) file(s) written\n"
        }
        if console.wantsTimings {
            summary += Self.timings(report)
        }
        console.err(summary)
        return 0
    }
}

extension BuildCommand {
    /// `UPTAKE_TIMINGS=1`: seconds per stage, summed over the cores that ran programs in
    /// parallel, and the wall-clock total.
    static func timings(_ report: BuildReport) -> String {
        let stages = report.stages.map { "\($0.name) \(String(format: "%.3f", $0.seconds))" }.joined(separator: ", ")
        return "timings (s): \(stages); wall \(String(format: "%.3f", report.seconds))\n"
    }
}

/// `uptake check [--site DIR]`: every stage but the write.
struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the site: load, map and measure everything, write nothing.")

    @OptionGroup var options: SiteOptions

    mutating func run(console: Console) -> Int32 {
        var builder = Builder(site: options.site, environment: console.environment)
        builder.retain = false
        let report = builder.build(write: false)
        let printer = DiagnosticPrinter(format: options.diagnostics, color: console.color)
        let diagnostics = report.diagnostics.sorted
        if !diagnostics.isEmpty { console.err(printer.render(diagnostics)) }
        ExitPool.keep((report, diagnostics))
        console.err("\(report.diagnostics.errorCount) error(s), \(report.diagnostics.warningCount) warning(s)\n")
        return report.succeeded ? 0 : 1
    }
}

/// Stage names on a terminal while a build runs; silent when not interactive.
final class Progress: @unchecked Sendable {
    let console: Console
    var shown = false

    init(console: Console) { self.console = console }

    func stage(_ name: String) {
        guard console.interactive else { return }
        console.err("\r\u{1B}[2K\(name)…")
        shown = true
    }

    func finish() {
        if shown { console.err("\r\u{1B}[2K") }
    }
}

/// Text made on another thread while the caller goes on, for a list of a known length.
final class EarlyText: @unchecked Sendable {
    private let done = DispatchGroup()
    private var count = -1
    private var text = ""

    /// Makes the text of a list of `count` items in the background.
    func start(count: Int, _ make: @escaping @Sendable () -> String) {
        self.count = count
        done.enter()
        DispatchQueue.global().async {
            self.text = make()
            self.done.leave()
        }
    }

    /// The text, once made, when it was started for `count` items; nil otherwise.
    func text(forCount count: Int) -> String? {
        guard self.count == count else { return nil }
        done.wait()
        return text
    }
}
