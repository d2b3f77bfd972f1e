/// PRODUCT.md §2 "Secondary suppression": per figure and checkpoint across the cells of a
/// breakdown, when exactly one cell is suppressed and the total is shown, the shown cell with
/// the smallest denominator (ties: the earlier cell) is suppressed too, so no figure can be
/// recovered by subtraction.
package enum SecondarySuppression {
    /// Applies the rule to `cells` (in front-matter order) against `total`, repeating until
    /// nothing changes, since withholding one behavior's adoption withholds its other figures.
    package static func apply(to cells: inout [GroupMetrics], total: GroupMetrics) {
        guard cells.count > 1 else { return }
        let totalFigures = Dictionary(
            total.suppressibleFigures.map { ($0.key, total[keyPath: $0.path]) }, uniquingKeysWith: { a, _ in a })
        var changed = true
        while changed {
            changed = false
            for (key, path) in cells[0].suppressibleFigures {
                guard totalFigures[key]?.isShown == true else { continue }
                let figures = cells.map { $0[keyPath: path] }
                guard figures.count(where: \.isSuppressed) == 1 else { continue }
                let candidates = figures.indices.filter { figures[$0].isShown }
                guard let smallest = candidates.min(by: { figures[$0].denominator < figures[$1].denominator })
                else { continue }
                cells[smallest].suppress(path)
                changed = true
            }
        }
        for index in cells.indices { cells[index].deriveHeadlines() }
    }
}
