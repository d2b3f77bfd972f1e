/// What loading a program makes beyond the figures: a build makes everything, `uptake metrics`
/// only what measuring reads. One value, passed from the build down to the program loader, so
/// that a new "only when pages are made" part is one more field, not one more argument at
/// every level.
package struct LoadScope: Sendable, Hashable {
    /// Look up the source line shown under each warning. `uptake metrics` prints only errors,
    /// and metrics.json lists warnings without their lines: making the warnings printable took
    /// 2.1% of `uptake metrics` on the enterprise benchmark with the lines, 0.5% without.
    package var warningLines: Bool
    /// Render the program's Markdown to HTML; only pages show it.
    package var html: Bool
    /// Keep each roster row's name, email, manager name, manager email and team (a String
    /// each, for every row). Only the managers' one-pagers and emails show them; the figures
    /// need a row's key, cohort, manager key and answers, which are read either way, as is
    /// every roster diagnostic. Without them the rows' fields stay empty.
    package var people: Bool

    /// A scope; see the fields.
    package init(warningLines: Bool, html: Bool, people: Bool) {
        self.warningLines = warningLines
        self.html = html
        self.people = people
    }

    /// Everything: what a build that makes pages needs.
    package static let build = LoadScope(warningLines: true, html: true, people: true)
    /// Only what measuring needs (`uptake metrics`, which prints figures and errors).
    package static let metrics = LoadScope(warningLines: false, html: false, people: false)
}
