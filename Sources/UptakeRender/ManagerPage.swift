import UptakeMetrics
import UptakeModel

/// `managers/<program>/<manager>.html`: the one-pager of PRODUCT.md §3. What the training
/// covers, why it matters, the three questions, first steps, the dates, and after training the
/// team's figures beside the program's, under the suppression rules. Never any free text.
///
/// Made once per program: a program has hundreds of managers whose pages share everything but
/// the team's name, cohorts and figures, so the shared part of the context (the program, its
/// behaviors and guide, each cohort's dates, the column lengths) is built here once and
/// `context(for:standalone:)` adds one manager's.
struct ManagerPage {
    /// One cohort's dates as the one-pager shows them.
    struct CohortDates {
        var id: String
        /// True once the cohort has trained (a cohort without a date counts as trained).
        var trained: Bool
        /// `March 14, 2026`, when the training day is known.
        var session: String?
        /// The cohort's row of the dates table, when the training day is known.
        var schedule: [String: Any]?
        /// The cohort's first touchpoint after the build day: date, day number, cohort name.
        var next: (day: CalendarDay, offset: Int, name: String)?
    }

    var site: SiteContext
    var program: Program
    var overall: GroupMetrics
    /// Context values every manager's page shares.
    var shared: [String: Any]
    /// The dates of every cohort of the program, in front-matter order.
    var cohortDates: [CohortDates]
    /// Estimated lines of the longer of the page's two columns (see `density`).
    var columnLines: Int

    var format: Format { site.format }

    init(site: SiteContext, program: Program, overall: GroupMetrics) {
        self.site = site
        self.program = program
        self.overall = overall
        let format = site.format
        let programPage = ProgramPage(site: site, program: program, stories: []).context
        shared = site.page(
            root: "",
            [
                "program": programPage["program"] ?? [:], "behaviors": programPage["behaviors"] ?? [],
                "guide": programPage["guide"] ?? [:], "today": format.date(site.buildDay),
                "paper": site.config.paper == .letter ? "letter" : "A4",
            ])
        cohortDates = program.cohorts.map { cohort in
            var dates = CohortDates(id: cohort.id, trained: (cohort.trainedOn ?? site.buildDay) <= site.buildDay)
            guard let day = cohort.trainedOn else { return dates }
            dates.session = format.date(day)
            dates.schedule = [
                "name": cohort.name, "trainedOn": format.shortDate(day),
                "reminder": format.shortDate(day.adding(days: 1)),
                "touchpoints": program.touchpoints.map { "\(format.shortDate(day.adding(days: $0))) (day \($0))" }
                    .joined(separator: ", "),
            ]
            dates.next = program.touchpoints.map { (day: day.adding(days: $0), offset: $0, name: cohort.name) }
                .filter { $0.day > site.buildDay }.min { $0.day < $1.day }
            return dates
        }
        columnLines = Self.columnLines(of: program)
    }

    /// The context of `team`'s page; `standalone` adds the `<style>` block for print (the .html
    /// file), which the email body leaves out.
    func context(for team: ManagerTeam, standalone: Bool) -> [String: Any] {
        let cohorts = cohortDates.filter { team.cohorts.contains($0.id) }
        // True once any of the manager's cohorts has trained.
        let trained = cohorts.contains(where: \.trained)
        var values = shared
        values["schedule"] = cohorts.compactMap(\.schedule)
        var manager: [String: Any] = [
            "name": team.name, "teams": team.teams.joined(separator: ", "),
            "sessions": sessions(cohorts, trained: trained),
        ]
        if !team.teams.isEmpty { manager["hasTeams"] = true }
        values["manager"] = manager
        if standalone { values["standalone"] = true }
        // The first touchpoint after the build day, across the manager's cohorts.
        if let next = cohorts.compactMap(\.next).min(by: { $0.day < $1.day }) {
            values["hasNext"] = true
            values["next"] =
                "\(format.date(next.day)) (day \(next.offset), \(next.name)): ask the three questions above"
        }
        var figureRows = 0
        if trained, let metrics = team.metrics, let checkpoint = metrics.checkpoints.last(where: { $0.respondents > 0 })
        {
            let rows = figures(team: metrics, at: checkpoint)
            figureRows = rows.count
            values["hasFigures"] = true
            values["figuresDay"] = checkpoint.day
            values["figures"] = rows
        }
        if let note = note(team, trained: trained) {
            values["hasNote"] = true
            values["note"] = note
        }
        let (fontSize, lineHeight) = density(cohorts: cohorts.count, figureRows: figureRows)
        values["fontSize"] = fontSize
        values["lineHeight"] = lineHeight
        return values
    }

    /// Font size and line height that keep the page on one sheet. Without scripts the page
    /// cannot measure itself, so its length is estimated in lines of about 80 characters per
    /// column and the type is set smaller for longer briefs. The thresholds were tuned with
    /// Chromium's print-to-PDF on A4 and Letter (PrintTests prints every sample one-pager).
    func density(cohorts: Int, figureRows: Int) -> (String, String) {
        let below = 6 + cohorts * 2 + (figureRows > 0 ? 3 + figureRows : 2)
        // Letter is 18 mm shorter than A4: about four lines fewer at these sizes.
        let total = columnLines + below + (site.config.paper == .letter ? 4 : 0)
        switch total {
        case ..<46: return ("10", "1.38")
        case ..<52: return ("9.5", "1.34")
        case ..<58: return ("9", "1.3")
        default: return ("8.5", "1.26")
        }
    }

    /// The longer of the two columns above the dates, in lines of `density`.
    static func columnLines(of program: Program) -> Int {
        func lines(_ texts: [String], width: Int = 48) -> Int {
            texts.reduce(0) { $0 + max(1, ($1.count + width - 1) / width) }
        }
        let guide = program.managerGuide
        let left =
            3 + lines([program.summary])
            + lines(program.behaviors.flatMap { [$0.name, "First step: " + $0.firstStep] })
            + (guide.whyItMatters.isEmpty ? 0 : 2 + lines([guide.whyItMatters]))
        let right =
            4 + lines(guide.questions) + (guide.before.isEmpty ? 0 : 2 + lines(guide.before))
            + (guide.after.isEmpty ? 0 : 2 + lines(guide.after))
        return max(left, right)
    }

    func sessions(_ cohorts: [CohortDates], trained: Bool) -> String {
        let dates = cohorts.compactMap(\.session)
        guard !dates.isEmpty else { return "session date to be announced" }
        return (trained ? "trained " : "training on ") + dates.joined(separator: " and ")
    }

    func note(_ team: ManagerTeam, trained: Bool) -> String? {
        guard trained else { return "Your team's figures will appear here after the first follow-up survey." }
        if team.metrics == nil {
            return "Fewer than \(format.minGroupSize) of your reports took the training, so no team figures are shown."
        }
        return nil
    }

    func figures(team metrics: GroupMetrics, at checkpoint: CheckpointMetrics) -> [[String: Any]] {
        let whole = overall.checkpoints.first { $0.day == checkpoint.day }
        func row(_ label: String, _ mine: Figure, _ theirs: Figure?) -> [String: Any] {
            var row: [String: Any] = [
                "label": label, "team": format.share(mine), "program": theirs.map(format.percent) ?? "n/a",
            ]
            if !mine.isShown { row["teamWithheld"] = true }
            if theirs?.isShown != true { row["programWithheld"] = true }
            return row
        }
        var rows: [[String: Any]] = [
            row(
                "Responded to the survey",
                checkpoint.responseRate.isShown
                    ? .rate(checkpoint.respondents, over: metrics.trained, minGroup: 1) : checkpoint.responseRate,
                whole?.responseRate),
            row(
                "Took the first step", metrics.checkpoints.first?.firstStepRate ?? .notApplicable,
                overall.checkpoints.first?.firstStepRate),
            row("Apply at least one behavior", checkpoint.anyBehaviorAdoptionRate, whole?.anyBehaviorAdoptionRate),
        ]
        for (index, behavior) in program.behaviors.enumerated() {
            rows.append(
                row(behavior.name, checkpoint.behaviors[index].adoptionRate, whole?.behaviors[index].adoptionRate))
        }
        let cited = checkpoint.obstacles.filter { ($0.count ?? 0) > 0 }.prefix(3)
        for obstacle in cited {
            let theirs = whole?.obstacles.first { $0.category == obstacle.category }?.rate
            rows.append(row("Obstacle: \(obstacle.category.label.lowercased())", obstacle.rate, theirs))
        }
        return rows
    }
}

extension ManagerTeam {
    /// A file name for the manager's files: the key with anything but `a-z 0-9 . _ -` replaced.
    var fileName: String {
        let cleaned = String(
            manager.lowercased().unicodeScalars.map { scalar -> Character in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
                    || scalar == "-"
                    ? Character(scalar) : "-"
            })
        let trimmed = cleaned.drop { $0 == "." || $0 == "-" }
        return trimmed.isEmpty ? "manager" : String(trimmed.prefix(80))
    }
}
