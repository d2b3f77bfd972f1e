import Dispatch
import Mustache
import UptakeMetrics
import UptakeModel
import UptakeTemplate

/// PRODUCT.md §3: the output tree, in memory. Values in, files out; nothing is written here.
/// A program's files depend on that program alone (and on the theme, config and clock), so a
/// build renders programs independently — in parallel, or not at all when they are unchanged —
/// and then the site-wide files from a short summary of each program.
package enum SiteRenderer {
    /// What every program's rendering shares: the theme, the parsed email subject, the site
    /// block and the build clock (seconds since the epoch, UTC).
    package struct Setup: Sendable {
        let theme: Theme
        let subjectTemplate: SubjectTemplate
        let site: SiteContext
        let buildTime: Int64
    }

    /// Parses the theme and `email.subject`; nil with diagnostics when either does not parse.
    package static func setup(
        config: SiteConfig, overrides: [String: String], buildTime: Int64, engine: TemplateEngine = .uptake
    ) -> (Setup?, [Diagnostic]) {
        let (theme, problems) = Theme.make(overrides: overrides, engine: engine)
        guard let theme else { return (nil, problems) }
        let subjectTemplate: SubjectTemplate
        do {
            subjectTemplate = try SubjectTemplate(config.emailSubject, compiled: theme.compiled != nil)
        } catch {
            return (
                nil, [.error("email.subject is not a valid Mustache template", at: SourceLocation(file: "uptake.yml"))]
            )
        }
        let site = SiteContext(config: config, buildDay: CalendarDay(secondsSinceEpoch: buildTime))
        return (Setup(theme: theme, subjectTemplate: subjectTemplate, site: site, buildTime: buildTime), [])
    }

    /// Every file of one program: microsite, report, metrics.json, calendars and the managers'
    /// one-pagers, emails and mailing list.
    package static func renderProgram(
        _ program: Program, metrics: ProgramMetrics, with setup: Setup
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var output = OutputCollector(theme: setup.theme)
        let context = setup.site
        let folder = "site/programs/\(program.id)"
        output.page(
            "\(folder)/index.html", ProgramPage(site: context, program: program, stories: metrics.stories).context,
            "program")
        output.page(
            "\(folder)/report.html", ReportPage(site: context, program: program, metrics: metrics).context, "report")
        output.file("\(folder)/metrics.json", bytes: metrics.jsonBytes)
        for cohort in program.cohorts {
            if let calendar = CalendarWriter.calendar(program: program, cohort: cohort, buildTime: setup.buildTime) {
                output.file("\(folder)/\(cohort.id).ics", calendar)
            }
        }
        ManagerFiles(
            site: context, program: program, metrics: metrics, buildTime: setup.buildTime,
            subjectTemplate: setup.subjectTemplate
        ).write(into: &output)
        return (output.files, output.diagnostics)
    }

    /// The output paths of the site-wide files `renderSite` makes.
    package static func sitePaths(with setup: Setup) -> [String] {
        ["site/index.html", "site/metrics.json"] + setup.theme.assets.keys.sorted().map { "site/\($0)" }
    }

    /// The site-wide files: the index, the site's metrics.json and the theme's assets, from the
    /// summary of every program (sorted by id).
    package static func renderSite(
        _ programs: [ProgramSummary], with setup: Setup
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var output = OutputCollector(theme: setup.theme)
        // The index and the site's metrics.json are the two large site-wide files (for 10,000
        // programs a 10,000-row chart and 180 MB of JSON): made at the same time, on two cores.
        let index = Box<Result<String, Diagnostic>>()
        let json = Box<[UInt8]>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                index.value = setup.theme.render(
                    IndexPage(site: setup.site, programs: programs).context, template: "index")
            } else {
                json.value = SiteMetricsJSON.bytes(programs.map(\.siteMetricsJSON))
            }
        }
        switch index.value {
        case .success(let html)?: output.file("site/index.html", html)
        case .failure(let diagnostic)?: output.diagnostics.append(diagnostic)
        case nil: break
        }
        output.files.append(OutputFile(path: "site/metrics.json", bytes: json.value ?? []))
        for (path, text) in setup.theme.assets.sorted(by: { $0.key < $1.key }) {
            output.file("site/\(path)", text)
        }
        if setup.site.config.emailFrom.isEmpty, programs.contains(where: \.hasManagers) {
            output.diagnostics.append(
                .warning(
                    "email.from is not set: one-pagers are written, but no .eml messages",
                    at: SourceLocation(file: "uptake.yml")))
        }
        return (output.files, output.diagnostics)
    }
}

/// What the site-wide files need of a program: its title and summary for the index, its
/// headline gap for the index's chart, its serialized metrics.json object, and whether it has
/// managers. Small and plain, so that an incremental build can keep it between builds.
package struct ProgramSummary: Sendable, Hashable {
    /// Program id.
    package var id: String
    /// Title.
    package var title: String
    /// Summary (plain text).
    package var summary: String
    /// Headline share rated favorably, when shown.
    package var learning: Double?
    /// Headline share applying at least one behavior, when shown.
    package var doing: Double?
    /// Checkpoint of the headline figures.
    package var checkpointDay: Int?
    /// The program's metrics.json as the site's metrics.json holds it (`SiteMetricsJSON.entry`).
    package var siteMetricsJSON: [UInt8]
    /// True when the program has managers on its roster.
    package var hasManagers: Bool

    /// A summary from its parts; `siteMetricsJSON` is made with `SiteMetricsJSON.entry`.
    package init(
        id: String, title: String, summary: String, learning: Double?, doing: Double?, checkpointDay: Int?,
        siteMetricsJSON: [UInt8], hasManagers: Bool
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.learning = learning
        self.doing = doing
        self.checkpointDay = checkpointDay
        self.siteMetricsJSON = siteMetricsJSON
        self.hasManagers = hasManagers
    }

    /// The summary of a rendered program, its metrics.json taken from its files.
    package init(program: Program, metrics: ProgramMetrics, rendered files: [OutputFile]) {
        let path = "site/programs/\(program.id)/metrics.json"
        let json = files.first { $0.path == path }?.bytes
        self.init(program: program, metrics: metrics, metricsJSON: json)
    }

    /// The summary of a measured program.
    package init(program: Program, metrics: ProgramMetrics, metricsJSON: [UInt8]? = nil) {
        let gap = metrics.overall.gap
        self.init(
            id: program.id, title: program.title, summary: program.summary, learning: gap.learning, doing: gap.doing,
            checkpointDay: gap.checkpointDay, siteMetricsJSON: SiteMetricsJSON.entry(metricsJSON ?? metrics.jsonBytes),
            hasManagers: !metrics.managers.isEmpty)
    }
}

/// Collects rendered files and the problems met while rendering them.
struct OutputCollector {
    let theme: Theme
    var files: [OutputFile] = []
    var diagnostics: [Diagnostic] = []

    /// Renders a page template into `path`.
    mutating func page(_ path: String, _ values: [String: Any], _ template: String) {
        if let bytes = renderBytes(values, template) { files.append(OutputFile(path: path, bytes: bytes)) }
    }

    /// Renders a template as UTF-8 bytes, or records why it could not be.
    mutating func renderBytes(_ values: [String: Any], _ template: String) -> [UInt8]? {
        switch theme.renderBytes(values, template: template) {
        case .success(let bytes): return bytes
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Adds a file as it is.
    mutating func file(_ path: String, _ text: String) {
        files.append(OutputFile(path: path, text: text))
    }

    /// Adds a file of bytes as they are.
    mutating func file(_ path: String, bytes: [UInt8]) {
        files.append(OutputFile(path: path, bytes: bytes))
    }
}

/// One value set by one of several concurrent tasks.
final class Box<Value>: @unchecked Sendable {
    var value: Value?
}

/// `email.subject`: a Mustache string rendered as text (no escaping) once per manager. Parsed
/// by swift-mustache, which says whether it is valid; rendered by Uptake's engine when the
/// theme's templates are and the subject compiles with it too.
struct SubjectTemplate: Sendable {
    let mustache: MustacheTemplate
    let compiled: TemplateLibrary?

    init(_ text: String, compiled: Bool) throws {
        let source = "{{% CONTENT_TYPE: TEXT}}" + text
        mustache = try MustacheTemplate(string: source)
        var library = TemplateLibrary()
        self.compiled = compiled && (try? library.register(source, named: "subject")) != nil ? library : nil
    }

    func render(_ values: [String: Any]) -> String {
        compiled?.render(values, template: "subject") ?? mustache.render(values)
    }
}
