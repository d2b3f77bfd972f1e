/// A set of obstacle categories as one byte, a bit per `ObstacleCategory` case: what a
/// response stores instead of a `Set`, which costs an allocation per response.
package struct ObstacleSet: OptionSet, Sendable, Hashable {
    /// One bit per category, in `ObstacleCategory.allCases` order.
    package var rawValue: UInt8

    /// The set with the bits of `rawValue`.
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The set holding one category.
    package init(_ category: ObstacleCategory) { rawValue = 1 << Self.bit(of: category) }

    /// The set holding `categories`.
    package init(_ categories: some Sequence<ObstacleCategory>) {
        rawValue = 0
        for category in categories { insert(ObstacleSet(category)) }
    }

    /// Whether `category` is in the set.
    package func contains(_ category: ObstacleCategory) -> Bool { contains(ObstacleSet(category)) }

    /// The categories, as a `Set`.
    package var categories: Set<ObstacleCategory> { Set(ObstacleCategory.allCases.filter(contains)) }

    private static func bit(of category: ObstacleCategory) -> Int {
        switch category {
        case .process: 0
        case .tools: 1
        case .workload: 2
        case .authority: 3
        case .confidence: 4
        case .other: 5
        }
    }
}
