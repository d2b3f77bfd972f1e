import UptakeMetrics
import UptakeModel

/// `managers/<program>/<manager>.html`: the one-pager of PRODUCT.md §3. What the training
/// covers, why it matters, the three questions, first steps, the dates, and after training the
/// team's figures beside the program's, under the suppression rules. Never any free text.
struct ManagerPage {
    var site: SiteContext
    var program: Program
    var team: ManagerTeam
    var overall: GroupMetrics
    /// With a `<style>` block for print (the .html file); without for the email body.
    var standalone: Bool

    var format: Format { site.format }

    var cohorts: [Cohort] { program.cohorts.filter { team.cohorts.contains($0.id) } }

    /// True once any of the manager's cohorts has trained.
    var trained: Bool { cohorts.contains { ($0.trainedOn ?? site.buildDay) <= site.buildDay } }

    var context: [String: Any] {
        let programPage = ProgramPage(site: site, program: program, stories: []).context
        var values: [String: Any] = [
            "program": programPage["program"] ?? [:], "behaviors": programPage["behaviors"] ?? [],
            "guide": programPage["guide"] ?? [:], "today": format.date(site.buildDay),
            "paper": site.config.paper == .letter ? "letter" : "A4", "schedule": schedule,
        ]
        var manager: [String: Any] = ["name": team.name, "teams": team.teams.joined(separator: ", "), "sessions": sessions]
        if !team.teams.isEmpty { manager["hasTeams"] = true }
        values["manager"] = manager
        if standalone { values["standalone"] = true }
        if let next = nextTouchpoint {
            values["hasNext"] = true
            values["next"] = next
        }
        if trained, let metrics = team.metrics, let checkpoint = metrics.checkpoints.last(where: { $0.respondents > 0 }) {
            values["hasFigures"] = true
            values["figuresDay"] = checkpoint.day
            values["figures"] = figures(team: metrics, at: checkpoint)
        }
        if let note { values["hasNote"] = true; values["note"] = note }
        let (fontSize, lineHeight) = density(figureRows: (values["figures"] as? [[String: Any]])?.count ?? 0)
        values["fontSize"] = fontSize
        values["lineHeight"] = lineHeight
        return site.page(root: "", values)
    }

    /// Font size and line height that keep the page on one sheet. Without scripts the page
    /// cannot measure itself, so its length is estimated in lines of about 80 characters per
    /// column and the type is set smaller for longer briefs. The thresholds were tuned with
    /// Chromium's print-to-PDF on A4 and Letter (PrintTests prints every sample one-pager).
    func density(figureRows: Int) -> (String, String) {
        func lines(_ texts: [String], width: Int = 48) -> Int { texts.reduce(0) { $0 + max(1, ($1.count + width - 1) / width) } }
        let guide = program.managerGuide
        let left = 3 + lines([program.summary]) + lines(program.behaviors.flatMap { [$0.name, "First step: " + $0.firstStep] })
            + (guide.whyItMatters.isEmpty ? 0 : 2 + lines([guide.whyItMatters]))
        let right = 4 + lines(guide.questions) + (guide.before.isEmpty ? 0 : 2 + lines(guide.before))
            + (guide.after.isEmpty ? 0 : 2 + lines(guide.after))
        let below = 6 + cohorts.count * 2 + (figureRows > 0 ? 3 + figureRows : 2)
        // Letter is 18 mm shorter than A4: about four lines fewer at these sizes.
        let total = max(left, right) + below + (site.config.paper == .letter ? 4 : 0)
        switch total {
        case ..<46: return ("10", "1.38")
        case ..<52: return ("9.5", "1.34")
        case ..<58: return ("9", "1.3")
        default: return ("8.5", "1.26")
        }
    }

    var sessions: String {
        let dates = cohorts.compactMap(\.trainedOn).map(format.date)
        guard !dates.isEmpty else { return "session date to be announced" }
        return (trained ? "trained " : "training on ") + dates.joined(separator: " and ")
    }

    var schedule: [[String: Any]] {
        cohorts.compactMap { cohort in
            guard let day = cohort.trainedOn else { return nil }
            return [
                "name": cohort.name, "trainedOn": format.shortDate(day), "reminder": format.shortDate(day.adding(days: 1)),
                "touchpoints": program.touchpoints.map { "\(format.shortDate(day.adding(days: $0))) (day \($0))" }
                    .joined(separator: ", "),
            ]
        }
    }

    /// The first touchpoint after the build day, across the manager's cohorts.
    var nextTouchpoint: String? {
        let upcoming = cohorts.flatMap { cohort -> [(CalendarDay, Int, String)] in
            guard let day = cohort.trainedOn else { return [] }
            return program.touchpoints.map { (day.adding(days: $0), $0, cohort.name) }
        }.filter { $0.0 > site.buildDay }.min { $0.0 < $1.0 }
        return upcoming.map { "\(format.date($0.0)) (day \($0.1), \($0.2)): ask the three questions above" }
    }

    var note: String? {
        guard trained else { return "Your team's figures will appear here after the first follow-up survey." }
        if team.metrics == nil {
            return "Fewer than \(format.minGroupSize) of your reports took the training, so no team figures are shown."
        }
        return nil
    }

    func figures(team metrics: GroupMetrics, at checkpoint: CheckpointMetrics) -> [[String: Any]] {
        let whole = overall.checkpoints.first { $0.day == checkpoint.day }
        func row(_ label: String, _ mine: Figure, _ theirs: Figure?) -> [String: Any] {
            var row: [String: Any] = ["label": label, "team": format.share(mine), "program": theirs.map(format.percent) ?? "n/a"]
            if !mine.isShown { row["teamWithheld"] = true }
            if theirs?.isShown != true { row["programWithheld"] = true }
            return row
        }
        var rows: [[String: Any]] = [
            row("Responded to the survey", checkpoint.responseRate.isShown ? .rate(checkpoint.respondents, over: metrics.trained, minGroup: 1) : checkpoint.responseRate, whole?.responseRate),
            row("Took the first step", metrics.checkpoints.first?.firstStepRate ?? .notApplicable, overall.checkpoints.first?.firstStepRate),
            row("Apply at least one behavior", checkpoint.anyBehaviorAdoptionRate, whole?.anyBehaviorAdoptionRate),
        ]
        for (index, behavior) in program.behaviors.enumerated() {
            rows.append(row(behavior.name, checkpoint.behaviors[index].adoptionRate, whole?.behaviors[index].adoptionRate))
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
        let cleaned = String(manager.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" || scalar == "-"
                ? Character(scalar) : "-"
        })
        let trimmed = cleaned.drop { $0 == "." || $0 == "-" }
        return trimmed.isEmpty ? "manager" : String(trimmed.prefix(80))
    }
}
