import Testing

@testable import UptakeRender

/// How many times `needle` occurs in `text`.
private func occurrences(of needle: String, in text: String) -> Int {
    text.ranges(of: needle).count
}

private let hostile = "<script>alert(1)</script>"
private let escapedHostile = "&lt;script&gt;alert(1)&lt;/script&gt;"

/// One chart of each kind, all carrying `label` as user text.
private func everyChart(label: String) -> [String] {
    [
        AdoptionChart(
            id: "a", title: label, checkpoints: [14],
            series: [.init(name: label, points: [.init(rate: 0.5, ciLow: 0.4, ciHigh: 0.6)])]
        ).svg(),
        FunnelChart(id: "f", title: label, stages: [.init(label: label, value: 1, caption: label)]).svg(),
        BarChart(id: "b", title: label, bars: [.init(label: label, value: 0.5, caption: label)]).svg(),
        StackedBarChart(id: "s", title: label, levels: [label, "b"], rows: [.init(label: label, counts: [1, 2])]).svg(),
        DotPlot(
            id: "d", title: label, withLabel: label, withoutLabel: label,
            rows: [.init(label: label, with: .init(rate: 0.7, count: 9), without: .init(rate: 0.4, count: 8))]
        ).svg(),
        GapChart(id: "g", title: label, rows: [.init(label: label, learning: 0.8, doing: 0.5)], learningLabel: label)
            .svg(),
    ]
}

@Suite("Chart numbers and text")
struct ChartNumberTests {
    @Test(arguments: [
        (12.34, "12.3"), (7.0, "7"), (-0.04, "0"), (0.05, "0.1"), (-1.25, "-1.3"), (1234.56, "1234.6"),
        (Double.nan, "0"), (Double.infinity, "0"),
    ])
    func coordinatesHaveOneDecimalAndNoLocale(value: Double, expected: String) {
        #expect(ChartNumber.coordinate(value) == expected)
    }

    @Test func percentagesAlwaysAddUpToOneHundred() {
        #expect(ChartNumber.percentages(of: [1, 1, 1]) == [34, 33, 33])
        #expect(ChartNumber.percentages(of: [1, 2, 5, 10, 5]).reduce(0, +) == 100)
        #expect(ChartNumber.percentages(of: [0, 0]) == [0, 0])
    }

    @Test func escapingCoversAllFiveCharacters() {
        #expect(ChartText.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    }

    @Test func wrappedLinesFitAndEndInAnEllipsis() {
        let text = "My manager did not ask about it and I forgot that the training even covered it"
        let lines = ChartText.wrapped(text, width: 200, fontSize: 14, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { ChartText.width(of: $0, fontSize: 14) <= 200 })
        #expect(lines[1].hasSuffix("\u{2026}"))
    }

    @Test func idsAreSanitized() {
        #expect(SVGCanvas.sanitizedID("p1 <x>") == "p1--x-")
        #expect(SVGCanvas.sanitizedID("1st") == "chart-1st")
    }
}

@Suite("SVG charts")
struct ChartTests {
    @Test func aFiftyPercentPointLandsInTheMiddleOfThePlot() {
        let svg = AdoptionChart(
            id: "p", title: "Adoption", checkpoints: [14],
            series: [.init(name: "Ask", points: [.init(rate: 0.5, ciLow: 0.25, ciHigh: 0.75)])]
        ).svg()
        // Legend: one line of 20 + 16 gap, so the plot runs from y 36 (100%) to 236 (0%),
        // x 46 to 430; the only checkpoint is centred at x 238.
        #expect(svg.contains("<line class=\"gridline\" x1=\"46\" y1=\"36\" x2=\"430\" y2=\"36\""))
        #expect(svg.contains("<line class=\"axis\" x1=\"46\" y1=\"236\" x2=\"430\" y2=\"236\""))
        #expect(svg.contains("<circle class=\"dot series-1\" cx=\"238\" cy=\"136\""))
        #expect(svg.contains("<line class=\"whisker series-1\" x1=\"238\" y1=\"86\" x2=\"238\" y2=\"186\""))
    }

    @Test func aHalfBarSpansHalfTheWidth() {
        let svg = BarChart(id: "o", title: "Obstacles", bars: [.init(label: "No time", value: 0.5, caption: "5 of 10")])
            .svg()
        #expect(svg.contains("<rect class=\"track\" x=\"0\" y=\"25\" width=\"440\" height=\"14\""))
        #expect(svg.contains("<rect class=\"bar series-1\" x=\"0\" y=\"25\" width=\"220\" height=\"14\""))
    }

    @Test func stackedSegmentsAreProportional() {
        let svg = StackedBarChart(id: "s", title: "F", levels: ["a", "b"], rows: [.init(label: "X", counts: [1, 3])])
            .svg()
        #expect(svg.contains("class=\"segment level-1\" x=\"0\" y=\"57\" width=\"108.5\""))
        #expect(svg.contains("class=\"segment level-2\" x=\"110\" y=\"57\" width=\"330\""))
        #expect(svg.contains(">25%</text>") && svg.contains(">75%</text>"))
    }

    @Test func userTextAppearsOnlyEscaped() {
        for svg in everyChart(label: hostile) {
            #expect(!svg.contains("<script"))
            #expect(svg.contains(escapedHostile))
        }
    }

    @Test func outputIsDeterministic() {
        #expect(everyChart(label: "Ask one question") == everyChart(label: "Ask one question"))
    }

    @Test func everyChartIsAnAccessibleScalableImage() {
        for (svg, id) in zip(everyChart(label: "Ask"), ["a", "f", "b", "s", "d", "g"]) {
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains("role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(svg.contains("<title id=\"\(id)-title\">Ask</title>"))
            #expect(occurrences(of: "<desc id=\"\(id)-desc\">", in: svg) == 1)
            #expect(svg.contains("viewBox=\"0 0 440 ") && svg.contains("width=\"100%\""))
            #expect(!svg.contains("height=\"100%\""))
        }
    }

    @Test func suppressedPointsLeaveAGapAndSayWhy() {
        let chart = AdoptionChart(
            id: "p", title: "Adoption", checkpoints: [14, 30, 90],
            series: [
                .init(
                    name: "Ask one question",
                    points: [
                        .init(rate: 0.72, ciLow: 0.6, ciHigh: 0.82), nil, .init(rate: 0.55, ciLow: 0.4, ciHigh: 0.69),
                    ])
            ], suppressedReason: "fewer than 5 responses")
        let svg = chart.svg()
        #expect(occurrences(of: "<circle class=\"dot series-1\" cx=", in: svg) == 2)
        #expect(occurrences(of: "<line class=\"whisker series-1\"", in: svg) == 6)
        #expect(!svg.contains("<polyline"))
        #expect(svg.contains("Not shown (fewer than 5 responses): \u{201C}Ask one question\u{201D} at day 30."))
        #expect(
            chart.summary
                == "Adoption of \u{201C}Ask one question\u{201D} went from 72% at day 14 to 55% at day 90. "
                + "Not shown (fewer than 5 responses): \u{201C}Ask one question\u{201D} at day 30.")
    }

    @Test func suppressedBarsAreNotDrawn() {
        let funnel = FunnelChart(
            id: "f", title: "Funnel",
            stages: [
                .init(label: "Trained", value: 1, caption: "60"),
                .init(label: "Habit", value: nil, caption: "fewer than 5 responses"),
            ]
        ).svg()
        #expect(occurrences(of: "class=\"bar ", in: funnel) == 1)
        #expect(occurrences(of: "class=\"track\"", in: funnel) == 1)
        #expect(funnel.contains(">fewer than 5 responses</text>"))

        let bars = BarChart(
            id: "b", title: "Obstacles", bars: [.init(label: "No time", value: nil, caption: "suppressed")]
        )
        .svg()
        #expect(!bars.contains("<rect"))
        #expect(bars.contains(">suppressed</text>"))
    }

    @Test func suppressedRowsOfTheOtherChartsAreNotDrawn() {
        let stacked = StackedBarChart(
            id: "s", title: "How often", rows: [.init(label: "Ask", counts: nil)],
            suppressedReason: "fewer than 5 responses"
        ).svg()
        #expect(!stacked.contains("class=\"segment"))
        #expect(stacked.contains(">fewer than 5 responses</text>"))

        let dots = DotPlot(
            id: "d", title: "Lift", withLabel: "discussed", withoutLabel: "not discussed",
            rows: [.init(label: "Ask", with: .init(rate: 0.8, count: 12), without: nil)],
            suppressedReason: "fewer than 5 people in a group"
        ).svg()
        #expect(!dots.contains("<circle"))
        #expect(dots.contains(">fewer than 5 people in a group</text>"))

        let gap = GapChart(id: "g", title: "Gap", rows: [.init(label: "P", learning: 0.9, doing: nil)]).svg()
        #expect(gap.contains("class=\"bar learning\""))
        #expect(!gap.contains("class=\"bar doing"))
        #expect(!gap.contains("gap-area"))
        #expect(gap.contains(">fewer than 5 responses</text>"))
    }

    @Test func dotPlotAndGapChartLabelTheirFigures() {
        let plot = DotPlot(
            id: "d", title: "Lift", withLabel: "discussed with manager", withoutLabel: "did not discuss",
            rows: [.init(label: "Ask", with: .init(rate: 0.78, count: 23), without: .init(rate: 0.52, count: 12))])
        #expect(plot.svg().contains(">discussed with manager (n=23): 78%</text>"))
        #expect(plot.svg().contains(">+26 pts</text>"))
        #expect(plot.summary.hasSuffix("did not discuss (n=12): 52%, a difference of +26 points."))

        let gap = GapChart(id: "g", title: "Gap", rows: [.init(label: "P", learning: 0.86, doing: 0.52)])
        #expect(gap.svg().contains(">gap 34 pts</text>"))
        #expect(gap.summary == "\u{201C}P\u{201D}: learning 86%, doing 52%, a gap of 34 points.")
    }
}
