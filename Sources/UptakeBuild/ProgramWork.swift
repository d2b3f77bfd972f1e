import Foundation
import UptakeInput
import UptakeMetrics
import UptakeModel
import UptakeRender

/// What building one program gave.
struct ProgramResult: Sendable {
    /// `content/programs/<name>.md`.
    var file: String
    /// Program id; nil when the definition could not be read.
    var id: String?
    /// Problems loading the program.
    var loadDiagnostics: [Diagnostic] = []
    /// Problems rendering it.
    var renderDiagnostics: [Diagnostic] = []
    /// What the site-wide files need of it.
    var summary: ProgramSummary?
    /// Its metrics (kept only when the build retains them).
    var metrics: ProgramMetrics?
    /// Its files (kept only when the build retains them).
    var files: [OutputFile] = []
    /// Output-relative paths of its files.
    var paths: [String] = []
    /// Its one-pagers: path, where the bytes can be read before the commit, changed or not.
    var onePagers: [(path: String, readable: String, changed: Bool)] = []
    /// Its input files with their state, for the build cache.
    var inputs: [BuildCache.Input] = []
    /// Seconds per stage.
    var times: [String: Double] = [:]
    /// True when the output of the last build was reused.
    var cached = false
    /// A reused program's lines of the record, written back as they were.
    var recordLines: [String] = []
}

/// Builds every program of a plan, as many at once as there are cores.
struct ProgramWork: Sendable {
    var plan: SitePlan
    var setup: SiteRenderer.Setup?
    var transaction: OutputTransaction?
    var cache: BuildCache?
    var retain: Bool
    var pdf: Bool
    /// See `Builder.scope`.
    var scope = LoadScope.build

    /// One result per program file, in the plan's order.
    func run() -> [ProgramResult] {
        let files = plan.programFiles
        let results = Slots<ProgramResult?>(repeating: nil, count: files.count)
        let failed = Flag()
        // Programs differ in size; taking them one at a time from a shared counter keeps both
        // cores busy until the end.
        let next = Counter()
        let workers = min(files.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = next.take(below: files.count) {
                let result = build(files[index], failed: failed)
                if result.loadDiagnostics.contains(where: { $0.severity == .error })
                    || result.renderDiagnostics.contains(where: { $0.severity == .error })
                {
                    failed.set()
                }
                results[index] = result
            }
        }
        return results.all.compactMap { $0 }
    }

    /// Loads, measures, renders and stages one program (or reuses it from the cache).
    func build(_ file: String, failed: Flag) -> ProgramResult {
        if let cache, let transaction, let hit = cache.reuse(file, transaction: transaction) { return hit }
        var result = ProgramResult(file: file)
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ stage: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            result.times[stage, default: 0] += Double(now - clock) / 1e9
            clock = now
        }
        // Only the build cache needs the files read and their hashes: hashing every input (about
        // 1% of `uptake metrics` on the enterprise benchmark) is skipped without it.
        let reads = cache != nil ? ReadLog(hash: ContentHash.of) : nil
        let loaded = SiteLoader.loadProgram(file, of: plan, reads: reads, scope: scope)
        result.loadDiagnostics = loaded.diagnostics
        lap("load")
        guard let program = loaded.program else { return result }
        result.id = program.program.id
        // Without pages (`uptake metrics`) only the published figures are needed: the managers'
        // private breakdown, a tenth of measuring and most of a program's metrics in memory,
        // is never printed, so it is not made.
        let metrics = MetricsCalculator.metrics(for: program, config: plan.config, managers: setup != nil)
        lap("measure")
        guard let setup else {
            // Nothing is rendered, so no site-wide files need a summary.
            if retain { result.metrics = metrics }
            return result
        }
        let rendered = SiteRenderer.renderProgram(program.program, metrics: metrics, with: setup)
        result.renderDiagnostics = rendered.diagnostics
        result.summary = ProgramSummary(program: program.program, metrics: metrics, rendered: rendered.files)
        result.paths = rendered.files.map(\.path)
        if retain {
            result.metrics = metrics
            result.files = rendered.files
        }
        lap("render")
        if let transaction, !failed.isSet, !rendered.diagnostics.contains(where: { $0.severity == .error }),
            !loaded.diagnostics.contains(where: { $0.severity == .error })
        {
            do {
                let readable = try transaction.stage(rendered.files)
                if pdf {
                    for (index, file) in rendered.files.enumerated() where Self.isOnePager(file.path) {
                        result.onePagers.append(
                            (file.path, readable[index], !readable[index].hasPrefix(transaction.folder + "/")))
                    }
                }
            } catch {
                result.renderDiagnostics.append(.error(error.message, at: nil))
            }
            if let reads { result.inputs = reads.all }
            lap("write")
        }
        return result
    }

    static func isOnePager(_ path: String) -> Bool { path.hasPrefix("managers/") && path.hasSuffix(".html") }
}

/// Hands out 0, 1, 2, … to whichever thread asks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}

/// A flag any thread may raise.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    func set() { lock.withLock { raised = true } }
    var isSet: Bool { lock.withLock { raised } }
}
