/// PRODUCT.md §2 "Secondary suppression": per figure and checkpoint across the cells of a
/// breakdown, when exactly one cell is suppressed and the total is shown, the shown cell with
/// the smallest denominator (ties: the earlier cell) is suppressed too, so no figure can be
/// recovered by subtraction.
package enum SecondarySuppression {
    /// Applies the rule to `cells` (in front-matter order) against `total`, repeating until
    /// nothing changes, since withholding one behavior's adoption withholds its other figures.
    package static func apply(to cells: inout [GroupMetrics], total: GroupMetrics) {
        guard cells.count > 1 else { return }
        let figures = cells[0].suppressibleFigures.filter { total[figure: $0]?.isShown == true }
        var changed = true
        while changed {
            changed = false
            for ref in figures {
                var suppressed = 0
                var smallest: (cell: Int, denominator: Int)?
                for index in cells.indices {
                    guard let figure = cells[index][figure: ref] else { continue }
                    if figure.isSuppressed { suppressed += 1 }
                    if figure.isShown, smallest.map({ figure.denominator < $0.denominator }) ?? true {
                        smallest = (index, figure.denominator)
                    }
                }
                guard suppressed == 1, let smallest else { continue }
                cells[smallest.cell].suppress(ref)
                changed = true
            }
        }
        for index in cells.indices { cells[index].deriveHeadlines() }
    }
}
