extension AdoptionChart {
    /// The text alternative (the `<desc>`): where each behavior's adoption started and
    /// ended, then the suppressed points in words, e.g. "Adoption of “Ask one question”
    /// went from 72% at day 14 to 55% at day 90. Not shown (fewer than 5 responses):
    /// “Summarize” at day 90."
    package var summary: String {
        summary(note: suppressedNote)
    }

    /// `summary`, given the chart's `suppressedNote`.
    func summary(note: String?) -> String {
        guard !checkpoints.isEmpty, !series.isEmpty else { return "No adoption data." }
        let trends = series.indices.map(trend)
        var text = "Adoption of " + trends.joined(separator: "; adoption of ") + "."
        if let note {
            text += " " + note
        }
        return text
    }

    /// The tooltip of one dot: `"“Ask one question”, day 14: 72% (95% CI 60–82%)"`.
    func tooltip(series index: Int, column: Int, point: Point) -> String {
        let low = ChartNumber.percentValue(min(point.ciLow, point.ciHigh))
        let high = ChartNumber.percentValue(max(point.ciLow, point.ciHigh))
        return "\u{201C}\(series[index].name)\u{201D}, day \(checkpoints[column]): "
            + "\(ChartNumber.percent(point.rate)) (95% CI \(low)\u{2013}\(high)%)"
    }

    /// One behavior's trend, first shown checkpoint to last.
    private func trend(series index: Int) -> String {
        let name = "\u{201C}\(series[index].name)\u{201D}"
        let shown = checkpoints.indices.compactMap { column in
            point(series: index, column: column).map { (day: checkpoints[column], rate: $0.rate) }
        }
        guard let first = shown.first, let last = shown.last else {
            return "\(name) is not shown at any checkpoint"
        }
        let start = ChartNumber.percent(first.rate)
        let end = ChartNumber.percent(last.rate)
        if shown.count == 1 {
            return "\(name) was \(start) at day \(first.day)"
        }
        if start == end {
            return "\(name) stayed at \(start) from day \(first.day) to day \(last.day)"
        }
        return "\(name) went from \(start) at day \(first.day) to \(end) at day \(last.day)"
    }
}
