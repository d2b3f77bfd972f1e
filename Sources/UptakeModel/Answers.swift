/// How often someone practices a behavior. PRODUCT.md §1: never < rarely < monthly < weekly < daily.
package enum Frequency: String, CaseIterable, Comparable, Sendable, Hashable {
    case never, rarely, monthly, weekly, daily

    /// Position on the scale, 0 for never.
    package var rank: Int {
        switch self {
        case .never: 0
        case .rarely: 1
        case .monthly: 2
        case .weekly: 3
        case .daily: 4
        }
    }

    package static func < (a: Frequency, b: Frequency) -> Bool { a.rank < b.rank }
}

/// Where an obstacle to applying the training comes from. PRODUCT.md §1.
package enum ObstacleCategory: String, CaseIterable, Comparable, Sendable, Hashable {
    case process, tools, workload, authority, confidence, other

    package static func < (a: ObstacleCategory, b: ObstacleCategory) -> Bool { a.rawValue < b.rawValue }
}

/// Which kind of survey an export holds.
package enum SurveyKind: String, Sendable, Hashable {
    case selfReport = "self-report"
    case managerObservation = "manager-observation"
}

/// The tool that wrote an export.
package enum SurveyFormat: String, CaseIterable, Sendable, Hashable {
    case generic
    case qualtrics
    case surveymonkey
    case googleForms = "google-forms"
    case msForms = "ms-forms"
}

/// Paper size of the one-pagers.
package enum Paper: String, Sendable, Hashable {
    case a4, letter
}
