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
    /// Environment (for `SOURCE_DATE_EPOCH`).
    package var environment: [String: String]

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
        switch rendered {
        case .success(let files): report.files = files
        case .failure(let list): report.diagnostics.append(contentsOf: list.diagnostics)
        }
        guard write, !report.diagnostics.hasErrors else { return report.with(timer) }
        progress("write")
        do {
            let files = report.files
            try timer.time("write") { () throws(OutputWriter.Failure) in try OutputWriter(folder: output).write(files) }
            report.wrote = true
        } catch {
            report.diagnostics.error(error.message, at: nil)
        }
        return report.with(timer)
    }
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
