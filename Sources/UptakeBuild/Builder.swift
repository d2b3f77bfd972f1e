import Foundation
import UptakeInput
import UptakeMetrics
import UptakeModel
import UptakeRender

/// The build: plan the site, then load → measure → render → stage every program on its own,
/// programs in parallel on every core, then the site-wide files, then one commit of the output.
/// A program's files depend only on that program (and the theme, config and clock), so a
/// program is held in memory only while it is being built.
package struct Builder: Sendable {
    /// The site folder.
    package var site: String
    /// The output folder (`<site>/output` by default).
    package var output: String
    /// Environment (for `SOURCE_DATE_EPOCH`, `UPTAKE_CHROMIUM`, `PATH`).
    package var environment: [String: String]
    /// Also print every one-pager to PDF with Chromium (`uptake build --pdf`).
    package var pdf = false
    /// Keep every file and every program's metrics in the report (`serve`, `metrics`, tests);
    /// `uptake build` keeps only counts, so memory stays that of the programs in flight.
    package var retain = true
    /// Reuse the output of programs whose inputs, templates, config and clock are unchanged
    /// since the last build into the same output folder (the build cache, `BuildCache`).
    package var incremental = false
    /// Render pages at all; `uptake metrics` only loads and measures.
    package var render = true
    /// What loading a program makes beyond the figures (`LoadScope`): `.build` for every
    /// build that makes pages; `uptake metrics`, which renders nothing, loads with `.metrics`
    /// (no warning source lines, no HTML, no names or emails of the roster's people).
    package var scope = LoadScope.build
    /// The engine that renders the templates (`UPTAKE_TEMPLATE_ENGINE`, see `TemplateEngine`).
    package var templateEngine: TemplateEngine
    /// Leave the build's working data (cache, record, results) to the process's exit instead of
    /// freeing it (`ExitPool`): for the one-shot `uptake build`, never for `serve`.
    package var freesAtExit = false
    /// Called with the build's diagnostics just before the output is committed, while the
    /// commit runs: `uptake build` prepares their text meanwhile. The commit (and `--pdf`) may
    /// still add to them; the report has the final list.
    package var beforeCommit: (@Sendable (Diagnostics) -> Void)?

    /// A builder for `site` writing into `output`.
    package init(
        site: String, output: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.site = site
        self.output = output ?? (site as NSString).appendingPathComponent("output")
        self.environment = environment
        templateEngine = TemplateEngine(environment: environment)
    }

    /// Runs every stage; with `write` false (`uptake check`) nothing touches the disk.
    package func build(write: Bool = true, progress: (String) -> Void = { _ in }) -> BuildReport {
        let started = DispatchTime.now().uptimeNanoseconds
        var report = BuildReport()
        run(write: write, progress: progress, into: &report)
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    private func run(write: Bool, progress: (String) -> Void, into report: inout BuildReport) {
        progress("load")
        let (plan, planDiagnostics) = SiteLoader.plan(site: site)
        report.diagnostics = planDiagnostics
        guard let plan else { return }
        let clock = BuildClock.resolve(environment: environment) { SiteLoader.newestInputModification(site: site) }
        let (setup, setupProblems) =
            render
            ? SiteRenderer.setup(
                config: plan.config, overrides: plan.templateOverrides, buildTime: clock.seconds, engine: templateEngine
            ) : (nil, [])
        var transaction: OutputTransaction?
        var openFailure: String?
        if write {
            do { transaction = try OutputTransaction(folder: output) } catch { openFailure = error.message }
        }
        let cache =
            incremental && !retain
            ? transaction.map { BuildCache(previous: $0.previous, plan: plan, clock: clock, engine: templateEngine) }
            : nil
        progress("build \(plan.programFiles.count) program(s)")
        var work = ProgramWork(
            plan: plan, setup: setup, transaction: transaction, cache: cache, retain: retain, pdf: pdf)
        work.scope = scope
        let results = work.run()
        if freesAtExit { ExitPool.keep((work, results)) }

        // Diagnostics in the order a reader expects: the config, each program file, templates.
        var seen: [String: String] = [:]
        var kept: [ProgramResult] = []
        for result in results {
            report.diagnostics.append(contentsOf: result.loadDiagnostics)
            guard let id = result.id else { continue }
            if let other = seen[id] {
                report.diagnostics.append(SiteLoader.duplicateID(id, in: result.file, usedBy: other))
                continue
            }
            seen[id] = result.file
            kept.append(result)
        }
        report.diagnostics.append(contentsOf: plan.templateDiagnostics.all)
        report.diagnostics.append(contentsOf: setupProblems)
        kept.sort { $0.id! < $1.id! }
        for result in kept {
            report.diagnostics.append(contentsOf: result.renderDiagnostics)
            report.add(result)
        }
        report.programCount = kept.count
        var siteFiles: [OutputFile] = []
        if let setup {
            let started = DispatchTime.now().uptimeNanoseconds
            let sitePaths = SiteRenderer.sitePaths(with: setup)
            if let cache, let transaction, !report.diagnostics.hasErrors, cache.siteUnchanged(kept, in: transaction),
                transaction.keep(all: sitePaths)
            {
                // No summary changed since the last build: the index and the site's
                // metrics.json it made are still right, and still on disk as it wrote them.
                report.count(sitePaths)
            } else {
                report.diagnostics.append(contentsOf: readMetricsJSON(of: &kept))
                let rendered = SiteRenderer.renderSite(kept.compactMap(\.summary), with: setup)
                report.diagnostics.append(contentsOf: rendered.diagnostics)
                siteFiles = rendered.files
                report.count(siteFiles.map(\.path))
            }
            report.addTime("site", since: started)
        }
        if retain, !report.diagnostics.hasErrors {
            report.files = (kept.flatMap(\.files) + siteFiles).sorted { $0.path < $1.path }
        }
        guard let transaction, !report.diagnostics.hasErrors else {
            transaction?.rollback()
            if write, let openFailure, !report.diagnostics.hasErrors { report.diagnostics.error(openFailure, at: nil) }
            return
        }
        progress("write")
        beforeCommit?(report.diagnostics)
        let committing = DispatchTime.now().uptimeNanoseconds
        do {
            try transaction.stage(siteFiles)
            if pdf { report.diagnostics.append(contentsOf: printOnePagers(kept, into: transaction, report: &report)) }
            cache?.remember(kept, in: transaction)
            report.written = try transaction.commit()
            report.wrote = true
        } catch {
            transaction.rollback()
            report.diagnostics.error(error.message, at: nil)
        }
        report.addTime("commit", since: committing)
    }

    /// Reads back the metrics.json of every reused program, on every core, for the site's
    /// metrics.json (a reused program's summary comes from the record without it).
    func readMetricsJSON(of results: inout [ProgramResult]) -> [Diagnostic] {
        let pending = results.indices.filter { results[$0].cached && results[$0].summary != nil }
        guard !pending.isEmpty else { return [] }
        let read = Slots<Result<[UInt8], Diagnostic>?>(repeating: nil, count: pending.count)
        let ids = pending.map { results[$0].id ?? "" }
        DispatchQueue.concurrentPerform(iterations: pending.count) { index in
            read[index] = BuildCache.readMetricsJSON(of: ids[index], in: output)
        }
        var problems: [Diagnostic] = []
        for (slot, index) in pending.enumerated() {
            switch read[slot] {
            case .success(let bytes)?: results[index].summary?.siteMetricsJSON = SiteMetricsJSON.entry(bytes)
            case .failure(let problem)?: problems.append(problem)
            case nil: break
            }
        }
        return problems
    }

    /// Prints the one-pagers whose page changed (or whose PDF is missing) with Chromium, two
    /// at a time, into the staging folder; the others keep the PDF of the last build.
    func printOnePagers(_ results: [ProgramResult], into transaction: OutputTransaction, report: inout BuildReport)
        -> [Diagnostic]
    {
        guard let printer = PDFPrinter.find(environment: environment) else {
            return [
                .warning(
                    "--pdf: no Chromium found (install it, e.g. apt-get install chromium, or set UPTAKE_CHROMIUM); no PDFs written",
                    at: nil)
            ]
        }
        var jobs: [(html: String, pdf: String, path: String)] = []
        for result in results {
            for page in result.onePagers {
                let pdfPath = String(page.path.dropLast(5)) + ".pdf"
                if !page.changed, transaction.keep(pdfPath) { continue }
                guard let temp = try? transaction.stagingPath(for: pdfPath) else { continue }
                jobs.append((page.readable, temp, pdfPath))
            }
        }
        let problems = ProblemList()
        let queued = jobs
        DispatchQueue.concurrentPerform(iterations: queued.count) { index in
            let job = queued[index]
            if let problem = printer.print(job.html, to: job.pdf) {
                problems.add(.warning(problem, at: nil))
            } else {
                transaction.adopt(job.pdf, as: job.path)
            }
        }
        report.pdfs = results.reduce(0) { $0 + $1.onePagers.count } - problems.all.count
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
