import UptakeModel

/// Turns answer wordings into values. PRODUCT.md §1: yes/no variants, frequency phrases, 1–5
/// Likert as numbers or labels, obstacle choices onto categories. The tables are documented in
/// the README; matching is trimmed and case-insensitive.
enum AnswerNormalizer {
    static let yes: Set<String> = [
        "yes", "y", "true", "t", "1", "ja", "j", "oui", "si", "sí", "sim", "da", "tak", "yes, i did", "done",
        "completed", "checked", "x",
    ]
    static let no: Set<String> = [
        "no", "n", "false", "f", "0", "nein", "non", "nee", "nej", "nei", "não", "nao", "not yet", "no, not yet",
        "not done", "unchecked",
    ]

    /// `.some(nil)` for a blank answer, nil for an answer that is not yes or no.
    static func yesNo(_ raw: String) -> Bool?? {
        let text = raw.trimmedForDisplay.lowercased()
        if text.isEmpty { return .some(nil) }
        if yes.contains(text) { return .some(true) }
        if no.contains(text) { return .some(false) }
        return nil
    }

    static let frequencyPhrases: [String: Frequency] = {
        var table: [String: Frequency] = [:]
        let groups: [(Frequency, [String])] = [
            (.never, ["never", "not at all", "not yet", "none", "0 times", "1", "nie", "jamais", "nunca"]),
            (.rarely, ["rarely", "seldom", "once or twice", "occasionally", "less than monthly", "less than once a month",
                "a few times", "2", "selten", "rarement"]),
            (.monthly, ["monthly", "once a month", "every month", "a few times a month", "several times a month",
                "1-3 times a month", "2-3 times a month", "3", "monatlich", "mensuel", "mensuellement"]),
            (.weekly, ["weekly", "once a week", "every week", "a few times a week", "several times a week",
                "2-3 times a week", "1-3 times a week", "4", "wöchentlich", "hebdomadaire", "chaque semaine"]),
            (.daily, ["daily", "every day", "most days", "once a day", "several times a day", "multiple times a day",
                "5", "täglich", "quotidien", "tous les jours"]),
        ]
        for (level, phrases) in groups { for phrase in phrases { table[phrase] = level } }
        return table
    }()

    /// `.some(nil)` for blank, nil for a phrase not in the table.
    static func frequency(_ raw: String) -> Frequency?? {
        let text = raw.trimmedForDisplay.lowercased()
        if text.isEmpty { return .some(nil) }
        return frequencyPhrases[text].map { .some($0) }
    }

    static let likertLabels: [String: Int] = [
        "strongly disagree": 1, "disagree": 2, "neither agree nor disagree": 3, "neutral": 3, "agree": 4,
        "strongly agree": 5, "very dissatisfied": 1, "dissatisfied": 2, "neither satisfied nor dissatisfied": 3,
        "satisfied": 4, "very satisfied": 5, "very poor": 1, "poor": 2, "fair": 3, "good": 4, "excellent": 5,
        "very good": 4, "not at all confident": 1, "slightly confident": 2, "somewhat confident": 3,
        "moderately confident": 3, "very confident": 4, "extremely confident": 5, "completely confident": 5,
    ]

    /// 1–5 from a number (`4`, `4.0`, `4 - Agree`) or a label; `.some(nil)` for blank, nil otherwise.
    static func likert(_ raw: String) -> Int?? {
        let text = raw.trimmedForDisplay.lowercased()
        if text.isEmpty { return .some(nil) }
        if let label = likertLabels[text] { return .some(label) }
        let lead = text.prefix { $0.isNumber || $0 == "." }
        if let value = Double(lead), value == value.rounded(), (1...5).contains(value) {
            let rest = text.dropFirst(lead.count).trimmingCharacters()
            if rest.isEmpty || rest.hasPrefix("-") || rest.hasPrefix("=") || rest.hasPrefix("(") || rest.hasPrefix(":") {
                return .some(Int(value))
            }
        }
        return nil
    }

    /// Each choice onto a category: the program's wording table, then a category name, else `other`.
    static func obstacles(_ choices: [String], table: [String: ObstacleCategory]) -> Set<ObstacleCategory>? {
        var categories = Set<ObstacleCategory>()
        for choice in choices {
            let text = choice.trimmedForDisplay.lowercased()
            if text.isEmpty { continue }
            categories.insert(table[text] ?? ObstacleCategory(rawValue: text) ?? .other)
        }
        return categories.isEmpty ? nil : categories
    }
}
