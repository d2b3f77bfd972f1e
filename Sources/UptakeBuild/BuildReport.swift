import Foundation
import UptakeMetrics
import UptakeModel
import UptakeRender

/// What a build did: diagnostics, files, figures, counts and time per stage.
package struct BuildReport: Sendable {
    /// Every problem found.
    package var diagnostics = Diagnostics()
    /// The output tree, sorted by path (only when the builder retains files and there were no errors).
    package var files: [OutputFile] = []
    /// The metrics of each program, by id (only when the builder retains them).
    package var metrics: [ProgramMetrics] = []
    /// Programs built (or reused).
    package var programCount = 0
    /// Programs whose output was reused from the last build.
    package var cachedPrograms = 0
    /// Site pages (`site/**.html`), manager one-pagers and emails made.
    package var pages = 0, onePagers = 0, messages = 0
    /// Files the commit wrote (the others were unchanged).
    package var written = 0
    /// Stage name and seconds spent in it, summed over the cores that worked in parallel.
    package var stages: [(name: String, seconds: Double)] = []
    /// Wall-clock seconds of the whole build.
    package var seconds = 0.0
    /// True when the output folder was updated.
    package var wrote = false
    /// One-pagers printed to PDF.
    package var pdfs = 0

    /// True when the build produced no errors.
    package var succeeded: Bool { !diagnostics.hasErrors }

    /// Counts one program's result in.
    mutating func add(_ result: ProgramResult) {
        if let metrics = result.metrics { self.metrics.append(metrics) }
        if result.cached { cachedPrograms += 1 }
        count(result.paths)
        for (stage, seconds) in result.times { addTime(stage, seconds) }
    }

    /// Counts pages, one-pagers and messages among `paths`.
    mutating func count(_ paths: [String]) {
        for path in paths {
            if path.hasPrefix("site/"), path.hasSuffix(".html") {
                pages += 1
            } else if path.hasPrefix("managers/") {
                if path.hasSuffix(".html") { onePagers += 1 } else if path.hasSuffix(".eml") { messages += 1 }
            }
        }
    }

    /// Adds `seconds` to a stage, keeping the stages in pipeline order.
    mutating func addTime(_ stage: String, _ seconds: Double) {
        if let index = stages.firstIndex(where: { $0.name == stage }) {
            stages[index].seconds += seconds
        } else {
            stages.append((stage, seconds))
            let order = ["cache", "load", "measure", "render", "write", "site", "commit"]
            stages.sort {
                (order.firstIndex(of: $0.name) ?? order.count) < (order.firstIndex(of: $1.name) ?? order.count)
            }
        }
    }

    /// Adds the time since `start` (a `DispatchTime` uptime in nanoseconds) to a stage.
    mutating func addTime(_ stage: String, since start: UInt64) {
        addTime(stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
