import ArgumentParser
import Dispatch
import Foundation
import UptakeBuild
import UptakeInput
import UptakeMetrics
import UptakeRender

/// `uptake metrics [--site DIR] [--program ID] [--format json|csv]`: figures to stdout.
struct MetricsCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics", abstract: "Print the metrics of the site or one program as JSON or CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "Only this program.")
    var program: String?

    @Option(name: .long, help: "json (the metrics.json schema) or csv (one row per figure).")
    var format: Format = .json

    mutating func run(console: Console) -> Int32 {
        var builder = Builder(site: options.site, environment: console.environment)
        builder.render = false
        // Only figures and errors are printed: warnings' source lines, HTML and the roster's
        // names and emails are not made.
        builder.scope = .metrics
        builder.freesAtExit = true
        let report = builder.build(write: false)
        // Left for the process's exit, as `uptake build` leaves its own (see `ExitPool`): freeing
        // every program's metrics one object at a time was 0.7% of `uptake metrics` on the
        // enterprise benchmark.
        ExitPool.keep(report)
        let printer = DiagnosticPrinter(format: options.diagnostics, color: console.color)
        let errors = report.diagnostics.sorted.filter { $0.severity == .error }
        guard errors.isEmpty else {
            console.err(printer.render(errors))
            return 1
        }
        var selected = report.metrics
        if let program {
            selected = selected.filter { $0.programID == program }
            guard !selected.isEmpty else {
                console.err(
                    "error: no program with id '\(program)' (programs: \(report.metrics.map(\.programID).joined(separator: ", ")))\n"
                )
                return 1
            }
        }
        switch format {
        case .json where program != nil:
            console.out(String(decoding: selected[0].jsonBytes, as: UTF8.self))
        case .json:
            // Each program's document serialized on every core, then spliced into the site's, as
            // the build writes site/metrics.json (one compact program per line).
            let parts = Slots(repeating: [UInt8](), count: selected.count)
            let programs = selected
            DispatchQueue.concurrentPerform(iterations: programs.count) { index in
                parts[index] = SiteMetricsJSON.entry(programs[index].jsonBytes)
            }
            console.out(String(decoding: SiteMetricsJSON.bytes(parts.all), as: UTF8.self))
        case .csv:
            console.out(MetricsTable.csv(selected))
        }
        // The same line as `uptake build`'s: here the wall time is the load and measure stages.
        if console.wantsTimings {
            console.err(BuildCommand.timings(report))
        }
        return 0
    }
}
