import Mustache
import UptakeMetrics
import UptakeModel

/// PRODUCT.md §3: the whole output tree, in memory. Values in, files out; nothing is written here.
package enum SiteRenderer {
    /// Renders every page and data file of `site`, with the problems met on the way; the
    /// files are only usable when no diagnostic is an error. `buildTime` is the build clock
    /// (seconds since the epoch, UTC).
    package static func render(
        site: LoadedSite, metrics: [ProgramMetrics], buildTime: Int64
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (theme, problems) = Theme.make(overrides: site.templateOverrides)
        guard let theme else { return ([], problems) }
        let subjectTemplate: MustacheTemplate
        do {
            subjectTemplate = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + site.config.emailSubject)
        } catch {
            return ([], [.error("email.subject is not a valid Mustache template", at: SourceLocation(file: "uptake.yml"))])
        }
        let buildDay = CalendarDay(secondsSinceEpoch: buildTime)
        var output = OutputCollector(theme: theme)
        let context = SiteContext(config: site.config, buildDay: buildDay)
        let pairs = zip(site.programs, metrics).map { (program: $0.program, metrics: $1) }
        output.page("site/index.html", IndexPage(site: context, programs: pairs).context, "index")
        for (program, programMetrics) in pairs {
            let folder = "site/programs/\(program.id)"
            output.page(
                "\(folder)/index.html", ProgramPage(site: context, program: program, stories: programMetrics.stories).context,
                "program")
            output.page(
                "\(folder)/report.html", ReportPage(site: context, program: program, metrics: programMetrics).context, "report")
            output.file("\(folder)/metrics.json", programMetrics.json.serialized())
            for cohort in program.cohorts {
                if let calendar = CalendarWriter.calendar(program: program, cohort: cohort, buildTime: buildTime) {
                    output.file("\(folder)/\(cohort.id).ics", calendar)
                }
            }
            ManagerFiles(
                site: context, program: program, metrics: programMetrics, buildTime: buildTime,
                subjectTemplate: subjectTemplate
            ).write(into: &output)
        }
        let siteJSON = JSONValue.object([
            ("schema", .string("uptake.metrics/1")), ("programs", .array(metrics.map(\.json))),
        ])
        output.file("site/metrics.json", siteJSON.serialized())
        for (path, text) in theme.assets.sorted(by: { $0.key < $1.key }) {
            output.file("site/\(path)", text)
        }
        if site.config.emailFrom.isEmpty, metrics.contains(where: { !$0.managers.isEmpty }) {
            output.diagnostics.append(
                .warning("email.from is not set: one-pagers are written, but no .eml messages", at: SourceLocation(file: "uptake.yml")))
        }
        return (output.files.sorted { $0.path < $1.path }, output.diagnostics)
    }
}

/// Collects rendered files and the problems met while rendering them.
struct OutputCollector {
    let theme: Theme
    var files: [OutputFile] = []
    var diagnostics: [Diagnostic] = []

    /// Renders a page template into `path`.
    mutating func page(_ path: String, _ values: [String: Any], _ template: String) {
        if let text = render(values, template) { files.append(OutputFile(path: path, text: text)) }
    }

    /// Renders a template, or records why it could not be.
    mutating func render(_ values: [String: Any], _ template: String) -> String? {
        switch theme.render(values, template: template) {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Adds a file as it is.
    mutating func file(_ path: String, _ text: String) {
        files.append(OutputFile(path: path, text: text))
    }
}
