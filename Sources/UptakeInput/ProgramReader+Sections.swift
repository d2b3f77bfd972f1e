import UptakeMarkdown
import UptakeModel

extension ProgramReader {
    static let behaviorKeys: Set<String> = ["id", "name", "first_step", "first_step_minutes", "target_frequency"]

    /// `behaviors:`: ids unique slugs, a first step of 30 minutes or more is a warning.
    mutating func behaviors(_ node: YAMLNode?) -> [Behavior] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            diagnostics.error("behaviors must be a list", at: node.location)
            return []
        }
        var seen = Set<String>()
        var behaviors: [Behavior] = []
        for item in items {
            guard item.pairs != nil else {
                diagnostics.error("each behavior must be a mapping with id and name", at: item.location)
                continue
            }
            item.warnUnknownKeys(Self.behaviorKeys, &diagnostics, in: "behavior")
            guard let idNode = item["id"], let id = idNode.string(&diagnostics, what: "behavior id") else {
                diagnostics.error("behavior without an id", at: item.location)
                continue
            }
            if !id.isSlug {
                diagnostics.error("behavior id '\(id)' must be a slug of a-z, 0-9, '-' and '_'", at: idNode.location)
            }
            // A second behavior with the same id is reported and left out: every later stage
            // keys behaviors by id.
            guard seen.insert(id).inserted else {
                diagnostics.error("behavior id '\(id)' appears twice", at: idNode.location)
                continue
            }
            var behavior = Behavior(id: id, name: item["name"]?.string(&diagnostics, what: "behavior name") ?? id)
            behavior.firstStep = item["first_step"]?.string(&diagnostics, what: "first_step") ?? ""
            if let minutesNode = item["first_step_minutes"],
                let minutes = minutesNode.int(&diagnostics, what: "first_step_minutes")
            {
                behavior.firstStepMinutes = minutes
                if minutes >= 30 {
                    diagnostics.warning(
                        "first step of '\(id)' takes \(minutes) minutes; make it ridiculously easy (under 30)",
                        at: minutesNode.location)
                }
            }
            if let freqNode = item["target_frequency"],
                let text = freqNode.string(&diagnostics, what: "target_frequency")
            {
                if let level = Frequency(rawValue: text.trimmedForDisplay.lowercased()) {
                    behavior.targetFrequency = level
                } else {
                    diagnostics.error(
                        "target_frequency must be one of never, rarely, monthly, weekly, daily, got '\(text)'",
                        at: freqNode.location)
                }
            }
            behaviors.append(behavior)
        }
        return behaviors
    }

    /// `manager_guide:`; anything but exactly three questions is a warning.
    mutating func managerGuide(_ node: YAMLNode?) -> ManagerGuide {
        var guide = ManagerGuide()
        guard let node, !node.isNull else { return guide }
        guard node.pairs != nil else {
            diagnostics.error("manager_guide must be a mapping", at: node.location)
            return guide
        }
        node.warnUnknownKeys(["why_it_matters", "before", "after", "questions"], &diagnostics, in: "manager_guide")
        if let why = node["why_it_matters"]?.string(&diagnostics, what: "why_it_matters") {
            guide.whyItMatters = why
            if html { guide.whyItMattersHTML = MarkdownRenderer.html(from: why, unsafeHTML: unsafeHTML) }
        }
        guide.before = node["before"]?.strings(&diagnostics, what: "manager_guide.before") ?? []
        guide.after = node["after"]?.strings(&diagnostics, what: "manager_guide.after") ?? []
        guide.questions = node["questions"]?.strings(&diagnostics, what: "manager_guide.questions") ?? []
        if guide.questions.count != 3 {
            diagnostics.warning(
                "manager_guide.questions has \(guide.questions.count) questions; the one-pager asks for exactly 3",
                at: node["questions"]?.location ?? node.location)
        }
        return guide
    }

    /// `cohorts:`: unique slug ids, `trained_on` dates.
    mutating func cohorts(_ node: YAMLNode?) -> [Cohort] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            diagnostics.error("cohorts must be a list", at: node.location)
            return []
        }
        var seen = Set<String>()
        var cohorts: [Cohort] = []
        for item in items {
            guard item.pairs != nil, let idNode = item["id"], let id = idNode.string(&diagnostics, what: "cohort id")
            else {
                diagnostics.error("each cohort must be a mapping with an id", at: item.location)
                continue
            }
            item.warnUnknownKeys(["id", "name", "trained_on"], &diagnostics, in: "cohort")
            if !id.isSlug {
                diagnostics.error("cohort id '\(id)' must be a slug of a-z, 0-9, '-' and '_'", at: idNode.location)
            }
            guard seen.insert(id).inserted else {
                diagnostics.error("cohort id '\(id)' appears twice", at: idNode.location)
                continue
            }
            let name = item["name"]?.string(&diagnostics, what: "cohort name") ?? id
            var trainedOn: CalendarDay?
            if let dayNode = item["trained_on"] {
                trainedOn = dayNode.day(&diagnostics, what: "trained_on")
            } else {
                diagnostics.error("cohort '\(id)' has no trained_on date", at: item.location)
            }
            cohorts.append(Cohort(id: id, name: name, trainedOn: trainedOn))
        }
        return cohorts
    }

    /// `obstacle_categories:`: answer wording → category, keys trimmed and lower-cased.
    mutating func obstacleCategories(_ node: YAMLNode?) -> [String: ObstacleCategory] {
        guard let node, !node.isNull else { return [:] }
        guard let pairs = node.pairs else {
            diagnostics.error("obstacle_categories must map answer wordings to categories", at: node.location)
            return [:]
        }
        var map: [String: ObstacleCategory] = [:]
        for pair in pairs {
            guard let text = pair.value.string(&diagnostics, what: "obstacle category") else { continue }
            guard let category = ObstacleCategory(rawValue: text.trimmedForDisplay.lowercased()) else {
                diagnostics.error(
                    "obstacle category must be one of process, tools, workload, authority, confidence, other, got '\(text)'",
                    at: pair.value.location)
                continue
            }
            map[pair.key.trimmedForDisplay.lowercased()] = category
        }
        return map
    }
}
