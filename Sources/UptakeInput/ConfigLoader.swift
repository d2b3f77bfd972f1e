import UptakeModel

/// Reads `uptake.yml`. PRODUCT.md §1 "Site config".
enum ConfigLoader {
    static let keys: Set<String> = [
        "title", "organization", "base_url", "min_group_size", "min_group_size_text", "locale", "email", "markdown",
        "paper",
    ]

    /// The config in `text`; its problems are appended to `diagnostics`, each with its line.
    static func load(_ text: String, file: String, _ diagnostics: inout Diagnostics) -> SiteConfig {
        var found = Diagnostics()
        let config = read(text, file: file, &found)
        if !found.all.isEmpty {
            let lines = YAMLText(text)
            diagnostics.append(contentsOf: found.limited().showing(lines: [file: lines.line]).all)
        }
        return config
    }

    static func read(_ text: String, file: String, _ diagnostics: inout Diagnostics) -> SiteConfig {
        var config = SiteConfig()
        let root: YAMLNode
        switch YAMLDocument.parse(text, file: file) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return config
        }
        guard root.pairs != nil else {
            diagnostics.error("the site config must be a mapping of settings", at: root.location)
            return config
        }
        root.warnUnknownKeys(keys, &diagnostics, in: "uptake.yml")
        if let v = root["title"]?.string(&diagnostics, what: "title") { config.title = v }
        if let v = root["organization"]?.string(&diagnostics, what: "organization") { config.organization = v }
        if let v = root["base_url"]?.string(&diagnostics, what: "base_url") { config.baseURL = v }
        if let v = root["locale"]?.string(&diagnostics, what: "locale") { config.locale = v }
        if let node = root["min_group_size"], let v = node.int(&diagnostics, what: "min_group_size") {
            if v < 3 {
                diagnostics.error("min_group_size must be at least 3, got \(v)", at: node.location)
            } else {
                config.minGroupSize = v
            }
        }
        if let node = root["min_group_size_text"], let v = node.int(&diagnostics, what: "min_group_size_text") {
            if v < config.minGroupSize {
                diagnostics.error("min_group_size_text must be at least min_group_size (\(config.minGroupSize)), got \(v)", at: node.location)
            } else {
                config.minGroupSizeText = v
            }
        }
        if let email = root["email"] {
            email.warnUnknownKeys(["from", "subject"], &diagnostics, in: "email")
            if let v = email["from"]?.string(&diagnostics, what: "email.from") { config.emailFrom = v }
            if let v = email["subject"]?.string(&diagnostics, what: "email.subject") { config.emailSubject = v }
        }
        if let markdown = root["markdown"] {
            markdown.warnUnknownKeys(["unsafe_html"], &diagnostics, in: "markdown")
            if let v = markdown["unsafe_html"]?.bool(&diagnostics, what: "markdown.unsafe_html") { config.unsafeHTML = v }
        }
        if let node = root["paper"], let v = node.string(&diagnostics, what: "paper") {
            if let paper = Paper(rawValue: v.lowercased()) {
                config.paper = paper
            } else {
                diagnostics.error("paper must be a4 or letter, got '\(v)'", at: node.location)
            }
        }
        return config
    }
}
