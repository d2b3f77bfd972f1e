import UptakeMetrics
import UptakeModel

/// PRODUCT.md §3: the whole output tree, in memory. Values in, files out; nothing is written here.
package enum SiteRenderer {
    /// Renders every page and data file of `site`, or the diagnostics that stop it.
    package static func render(
        site: LoadedSite, metrics: [ProgramMetrics], buildDay: CalendarDay
    ) -> Result<[OutputFile], DiagnosticList> {
        let (theme, problems) = Theme.make(overrides: site.templateOverrides)
        guard let theme else { return .failure(DiagnosticList(problems)) }
        let context = SiteContext(config: site.config, buildDay: buildDay)
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        func page(_ path: String, _ values: [String: Any], _ template: String) {
            switch theme.render(values, template: template) {
            case .success(let html): files.append(OutputFile(path: path, text: html))
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let pairs = zip(site.programs, metrics).map { (program: $0.program, metrics: $1) }
        page("site/index.html", IndexPage(site: context, programs: pairs).context, "index")
        for (program, programMetrics) in pairs {
            let folder = "site/programs/\(program.id)"
            page("\(folder)/index.html", ProgramPage(site: context, program: program, stories: programMetrics.stories).context, "program")
            page("\(folder)/report.html", ReportPage(site: context, program: program, metrics: programMetrics).context, "report")
            files.append(OutputFile(path: "\(folder)/metrics.json", text: programMetrics.json.serialized()))
            var mailing = CSVWriter.row(["manager", "email", "file"])
            var used = Set<String>()
            for team in programMetrics.managers {
                var name = team.fileName
                var n = 2
                while !used.insert(name).inserted {
                    name = "\(team.fileName)-\(n)"
                    n += 1
                }
                let onePager = ManagerPage(site: context, program: program, team: team, overall: programMetrics.overall, standalone: true)
                page("managers/\(program.id)/\(name).html", onePager.context, "manager")
                mailing += CSVWriter.row([team.name, team.email, "\(name).html"])
            }
            if !programMetrics.managers.isEmpty {
                files.append(OutputFile(path: "managers/\(program.id)/mailing.csv", text: mailing))
            }
        }
        let siteJSON = JSONValue.object([
            ("schema", .string("uptake.metrics/1")), ("programs", .array(metrics.map(\.json))),
        ])
        files.append(OutputFile(path: "site/metrics.json", text: siteJSON.serialized()))
        for (path, text) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "site/\(path)", text: text))
        }
        guard diagnostics.isEmpty else { return .failure(DiagnosticList(diagnostics)) }
        return .success(files.sorted { $0.path < $1.path })
    }
}
