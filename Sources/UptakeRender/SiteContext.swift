import UptakeMetrics
import UptakeModel

/// What every page shares: the site block of the layout and the formatter.
package struct SiteContext: Sendable {
    /// Site config.
    package var config: SiteConfig
    /// Formatting in the site's locale.
    package var format: Format
    /// The build day (from the build clock).
    package var buildDay: CalendarDay

    /// Width of the pages' chart viewBoxes: narrow, so that on a 360 px phone a chart's text
    /// is drawn close to its own size; the stylesheet caps how large charts grow on wide screens.
    static let chartWidth = 360.0

    /// The context of a site built on `buildDay`.
    package init(config: SiteConfig, buildDay: CalendarDay) {
        self.config = config
        self.buildDay = buildDay
        format = Format(minGroupSize: config.minGroupSize, locale: config.locale)
    }

    /// The `site` dictionary of the layout, with `root` the path back to the site root.
    func page(root: String, _ values: [String: Any]) -> [String: Any] {
        var site: [String: Any] = [
            "title": config.title, "organization": config.organization, "lang": format.lang,
            "builtOn": format.date(buildDay), "minGroupSize": config.minGroupSize,
            "minGroupSizeText": config.minGroupSizeText,
        ]
        if !config.organization.isEmpty { site["hasOrganization"] = true }
        var context = values
        context["site"] = site
        context["root"] = root
        return context
    }

    /// The three headline figures of a group, for `partials/gap`.
    func gap(_ metrics: GroupMetrics) -> [String: Any] {
        gap(learning: metrics.gap.learning, doing: metrics.gap.doing, checkpointDay: metrics.gap.checkpointDay)
    }

    /// The three headline figures from their parts.
    func gap(learning shownLearning: Double?, doing shownDoing: Double?, checkpointDay: Int?) -> [String: Any] {
        let gap = (learning: shownLearning, doing: shownDoing, checkpointDay: checkpointDay)
        let learning = gap.learning.map(format.percent) ?? "—"
        let doing = gap.doing.map(format.percent) ?? "—"
        let doingLabel =
            gap.checkpointDay.map { "apply at least one behavior at day \($0)" }
            ?? "apply a behavior (not enough responses yet)"
        let doingShort = gap.checkpointDay.map { "apply it at day \($0)" } ?? "apply it (too few answers yet)"
        var points = "—"
        if let l = gap.learning, let d = gap.doing { points = format.gapText(learning: l, doing: d) }
        return [
            "learning": learning, "doing": doing, "doingLabel": doingLabel, "doingShort": doingShort, "points": points,
        ]
    }
}
