import UptakeMetrics
import UptakeModel

/// `managers/<program>/`: a one-pager (.html, print CSS), its email (.eml) and `mailing.csv`
/// for every manager on the roster. PRODUCT.md §3. Private: never linked from the site.
struct ManagerFiles {
    var site: SiteContext
    var program: Program
    var metrics: ProgramMetrics
    var buildTime: Int64
    /// `email.subject`, parsed once per build (SiteRenderer reports a template that does not parse).
    var subjectTemplate: SubjectTemplate

    func write(into output: inout OutputCollector) {
        guard !metrics.managers.isEmpty else { return }
        let page = ManagerPage(site: site, program: program, overall: metrics.overall)
        // The pages render through a theme with this program's shared partials rendered once.
        var pages = OutputCollector(theme: output.theme.forOnePagers(sharing: page.shared))
        write(page, into: &pages)
        output.files += pages.files
        output.diagnostics += pages.diagnostics
    }

    func write(_ page: ManagerPage, into output: inout OutputCollector) {
        let folder = "managers/\(program.id)"
        var mailing = CSVWriter.row(["manager", "email", "file"])
        var used = Set<String>()
        for team in metrics.managers {
            var name = team.fileName
            var n = 2
            while !used.insert(name).inserted {
                name = "\(team.fileName)-\(n)"
                n += 1
            }
            let context = page.context(for: team, standalone: true)
            let onePager = output.renderBytes(context, "manager")
            if let onePager { output.file("\(folder)/\(name).html", bytes: onePager) }
            guard !team.email.isEmpty, !site.config.emailFrom.isEmpty else {
                mailing += CSVWriter.row([team.name, "", "\(name).html"])
                continue
            }
            // The email body is the same page without its print-only <style> block: cut from
            // the page when the theme allows it, else rendered again without `standalone`.
            var html = onePager.flatMap(output.theme.emailBody(ofOnePager:))
            if html == nil {
                var emailContext = context
                emailContext["standalone"] = nil
                html = output.renderBytes(emailContext, "manager")
            }
            guard let html, let text = output.renderBytes(context, "manager.txt") else { continue }
            do {
                let eml = try MailWriter.eml(
                    config: site.config, programID: program.id, managerKey: team.manager, managerName: team.name,
                    managerEmail: team.email, subject: subject(for: team), text: text, html: html, buildTime: buildTime)
                output.file("\(folder)/\(name).eml", bytes: eml)
                mailing += CSVWriter.row([team.name, team.email, "\(name).eml"])
            } catch {
                output.diagnostics.append(
                    .error(
                        "email to manager '\(team.name)' of program '\(program.id)': \(error.message)",
                        at: SourceLocation(file: program.sourcePath)))
            }
        }
        output.file("\(folder)/mailing.csv", mailing)
    }

    /// `email.subject`, a Mustache string over `program`, `manager` and `site`, rendered as text.
    func subject(for team: ManagerTeam) -> String {
        let values: [String: Any] = [
            "program": ["title": program.title, "id": program.id], "manager": ["name": team.name],
            "site": ["title": site.config.title, "organization": site.config.organization],
        ]
        return subjectTemplate.render(values)
    }
}
