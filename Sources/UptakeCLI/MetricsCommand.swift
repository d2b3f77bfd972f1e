import ArgumentParser
import UptakeBuild
import UptakeRender
import UptakeMetrics

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
        let report = builder.build(write: false)
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
                console.err("error: no program with id '\(program)' (programs: \(report.metrics.map(\.programID).joined(separator: ", ")))\n")
                return 1
            }
        }
        switch format {
        case .json:
            let document: JSONValue =
                program != nil
                ? selected[0].json
                : .object([("schema", .string("uptake.metrics/1")), ("programs", .array(selected.map(\.json)))])
            console.out(document.serialized())
        case .csv:
            console.out(MetricsTable.csv(selected))
        }
        return 0
    }
}
