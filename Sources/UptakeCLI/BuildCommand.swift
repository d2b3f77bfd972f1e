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

    @Flag(name: .long, help: "Also print each manager one-pager to PDF with Chromium (found on PATH or UPTAKE_CHROMIUM).")
    var pdf = false

    mutating func run(console: Console) -> Int32 {
        var builder = Builder(site: options.site, output: output, environment: console.environment)
        builder.pdf = pdf
        let progress = Progress(console: console)
        let report = builder.build(write: true, progress: progress.stage)
        progress.finish()
        let printer = DiagnosticPrinter(format: options.diagnostics, color: console.color)
        let diagnostics = report.diagnostics.sorted
        if !diagnostics.isEmpty { console.err(printer.render(diagnostics)) }
        guard report.succeeded else {
            console.err("build failed: \(report.diagnostics.errorCount) error(s), \(report.diagnostics.warningCount) warning(s); \(builder.output) was left as it was\n")
            return 1
        }
        let pages = report.files.count { $0.path.hasPrefix("site/") && $0.path.hasSuffix(".html") }
        let onePagers = report.files.count { $0.path.hasPrefix("managers/") && $0.path.hasSuffix(".html") }
        let messages = report.files.count { $0.path.hasSuffix(".eml") }
        let seconds = report.stages.reduce(0) { $0 + $1.seconds }
        var summary = "built \(report.metrics.count) program(s): \(pages) pages, \(onePagers) one-pagers, \(messages) messages"
        if pdf { summary += ", \(report.pdfs) PDFs" }
        summary += " in \(String(format: "%.2f", seconds)) s → \(builder.output) (\(report.diagnostics.warningCount) warning(s))\n"
        console.err(summary)
        return 0
    }
}

/// `uptake check [--site DIR]`: every stage but the write.
struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate the site: load, map and measure everything, write nothing.")

    @OptionGroup var options: SiteOptions

    mutating func run(console: Console) -> Int32 {
        let report = Builder(site: options.site, environment: console.environment).build(write: false)
        let printer = DiagnosticPrinter(format: options.diagnostics, color: console.color)
        let diagnostics = report.diagnostics.sorted
        if !diagnostics.isEmpty { console.err(printer.render(diagnostics)) }
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
