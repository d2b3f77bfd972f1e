import UptakeMarkdown
import UptakeModel

/// A program file as read: the program itself plus where its data lives.
struct ProgramDefinition {
    var program: Program
    var roster: RosterSpec?
    var surveys: [SurveySpec]
}

/// Reads a program's front matter into a `ProgramDefinition`. PRODUCT.md §1 "Program definition".
struct ProgramReader {
    static let keys: Set<String> = [
        "id", "title", "summary", "audience", "checkpoints", "touchpoints", "behaviors", "manager_guide", "cohorts",
        "roster", "roster_columns", "surveys", "obstacle_categories",
    ]

    var file: String
    var unsafeHTML: Bool
    /// Render the Markdown (the body, `why_it_matters`) to HTML; without it (`uptake metrics`,
    /// which renders no page) the HTML stays empty: rendering it was 1.0% of `uptake metrics`
    /// on the enterprise benchmark.
    var html = true
    var diagnostics = Diagnostics()

    /// Parses the whole file; nil when the front matter cannot be read at all.
    mutating func read(_ text: String, defaultID: String) -> ProgramDefinition? {
        let parts: (yaml: String, body: String)
        switch FrontMatter.split(text, file: file) {
        case .success(let split): parts = split
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let root: YAMLNode
        switch YAMLDocument.parse(parts.yaml, file: file, lineOffset: 1) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard root.pairs != nil else {
            diagnostics.error("front matter must be a mapping of keys", at: root.location)
            return nil
        }
        root.warnUnknownKeys(Self.keys, &diagnostics, in: "front matter")
        var program = Program(id: defaultID, title: "")
        program.sourcePath = file
        if let node = root["id"], let id = node.string(&diagnostics, what: "id") {
            program.id = id
            if !id.isSlug { diagnostics.error("id '\(id)' must be a slug of a-z, 0-9, '-' and '_'", at: node.location) }
        } else if !defaultID.isSlug {
            diagnostics.error(
                "the file name '\(defaultID)' is not a slug; set id: in the front matter", at: root.location)
        }
        if let node = root["title"], let title = node.string(&diagnostics, what: "title"),
            !title.trimmedForDisplay.isEmpty
        {
            program.title = title
        } else {
            diagnostics.error(
                "missing title", at: root["title"]?.location ?? SourceLocation(file: file, line: 1, column: 1))
        }
        program.summary = root["summary"]?.string(&diagnostics, what: "summary") ?? ""
        program.audience = root["audience"]?.string(&diagnostics, what: "audience") ?? ""
        program.checkpoints = days(root["checkpoints"], what: "checkpoints")
        program.touchpoints = days(root["touchpoints"], what: "touchpoints")
        program.behaviors = behaviors(root["behaviors"])
        program.managerGuide = managerGuide(root["manager_guide"])
        program.cohorts = cohorts(root["cohorts"])
        program.obstacleCategories = obstacleCategories(root["obstacle_categories"])
        if html { program.bodyHTML = MarkdownRenderer.html(from: parts.body, unsafeHTML: unsafeHTML) }
        let roster = rosterSpec(root["roster"], columns: root["roster_columns"])
        let surveys = surveySpecs(root["surveys"], program: program)
        return ProgramDefinition(program: program, roster: roster, surveys: surveys)
    }

    /// A list of distinct positive day counts.
    mutating func days(_ node: YAMLNode?, what: String) -> [Int] {
        guard let node, !node.isNull else { return [] }
        var seen = Set<Int>()
        var days: [Int] = []
        for (day, item) in node.ints(&diagnostics, what: what) {
            if day <= 0 {
                diagnostics.error("\(what) must be days after training (1 or more), got \(day)", at: item.location)
            } else if !seen.insert(day).inserted {
                diagnostics.error("day \(day) appears twice in \(what)", at: item.location)
            } else {
                days.append(day)
            }
        }
        return days
    }
}
