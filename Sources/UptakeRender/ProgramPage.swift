import UptakeMetrics
import UptakeModel

/// `programs/<id>/index.html`: the microsite. PRODUCT.md §3.
struct ProgramPage {
    var site: SiteContext
    var program: Program
    var stories: [Story]

    var context: [String: Any] {
        let format = site.format
        var info: [String: Any] = [
            "title": program.title, "summary": program.summary, "audience": program.audience,
            "bodyHTML": Self.labelingTaskCheckboxes(program.bodyHTML),
        ]
        if !program.summary.isEmpty { info["hasSummary"] = true }
        if !program.audience.isEmpty { info["hasAudience"] = true }
        let behaviors: [[String: Any]] = program.behaviors.map { behavior in
            var view: [String: Any] = [
                "name": behavior.name, "firstStep": behavior.firstStep.isEmpty ? behavior.name : behavior.firstStep,
                "target": behavior.targetFrequency.rawValue,
            ]
            if let minutes = behavior.firstStepMinutes {
                view["hasMinutes"] = true
                view["minutes"] = minutes
            }
            return view
        }
        let schedule: [[String: Any]] = program.cohorts.compactMap { cohort in
            guard let day = cohort.trainedOn else { return nil }
            return [
                "name": cohort.name, "calendar": "\(cohort.id).ics", "trainedOn": format.shortDate(day),
                "reminder": format.shortDate(day.adding(days: 1)),
                "dates": program.touchpoints.map { format.shortDate(day.adding(days: $0)) },
            ]
        }
        let guide = program.managerGuide
        var guideView: [String: Any] = [
            "whyHTML": Self.labelingTaskCheckboxes(guide.whyItMattersHTML), "whyText": guide.whyItMatters,
            "before": guide.before, "after": guide.after, "questions": guide.questions,
        ]
        if !guide.whyItMattersHTML.isEmpty { guideView["hasWhy"] = true }
        if !guide.before.isEmpty { guideView["hasBefore"] = true }
        if !guide.after.isEmpty { guideView["hasAfter"] = true }
        if !guide.questions.isEmpty { guideView["hasQuestions"] = true }
        let cohortNames = Dictionary(program.cohorts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let storyViews: [[String: Any]] = stories.map { story in
            let cohort = cohortNames[story.cohort].map { ", \($0)" } ?? ""
            return ["text": story.text, "context": "Day \(story.checkpoint)\(cohort)"]
        }
        var values: [String: Any] = [
            "program": info, "behaviors": behaviors, "guide": guideView, "stories": storyViews,
            "schedule": schedule, "touchpointHeaders": program.touchpoints,
        ]
        if !schedule.isEmpty { values["hasSchedule"] = true }
        if !storyViews.isEmpty { values["hasStories"] = true }
        return site.page(root: "../../", values)
    }

    /// cmark-gfm's task-list checkboxes carry no label, which screen readers announce as a bare
    /// "checkbox" (axe: `label`, critical); name each by its state. The item's text follows it.
    static func labelingTaskCheckboxes(_ html: String) -> String {
        let prefix = "<input type=\"checkbox\" "
        // One pass over the UTF-8 bytes: Foundation's replacingOccurrences bridged the whole
        // page to UTF-16 and back, twice, and cost an eighth of a build.
        let labels: [(tag: String, labeled: String)] = [
            ("disabled=\"\" />", "disabled=\"\" aria-label=\"to do\" />"),
            ("checked=\"\" disabled=\"\" />", "checked=\"\" disabled=\"\" aria-label=\"done\" />"),
        ]
        var text = html
        return text.withUTF8 { bytes in
            guard bytes.firstOffset(of: prefix.utf8) != nil else { return html }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 256)
            var index = 0
            while let found = bytes.firstOffset(of: prefix.utf8, from: index) {
                let rest = found + prefix.utf8.count
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<rest]))
                index = rest
                if let label = labels.first(where: { bytes[rest...].starts(with: $0.tag.utf8) }) {
                    out.append(contentsOf: label.labeled.utf8)
                    index += label.tag.utf8.count
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
