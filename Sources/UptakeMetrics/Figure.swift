/// One published figure: a value, suppressed for confidentiality, or not applicable.
///
/// The denominator travels with the figure so secondary suppression can pick the smallest
/// shown cell of a breakdown; it is never published for a suppressed figure.
package struct Figure: Sendable, Hashable {
    /// Whether the figure may be shown.
    package enum State: Sendable, Hashable {
        case shown
        /// PRODUCT.md §2 "Confidentiality": a denominator (or lift group) below `min_group_size`.
        case suppressed
        /// Cannot be computed: persistence at the first checkpoint, a question no export asked.
        case notApplicable
    }

    /// The number, only when shown.
    package private(set) var value: Double?
    /// Shown, suppressed or not applicable.
    package private(set) var state: State
    /// People behind the figure (the smaller group for lifts).
    package private(set) var denominator: Int
    /// For a shown rate, the people counted above the line ("41 of 60").
    package private(set) var numerator: Int?

    /// A figure that does not apply.
    package static let notApplicable = Figure(value: nil, state: .notApplicable, denominator: 0)

    private init(value: Double?, state: State, denominator: Int, numerator: Int? = nil) {
        self.value = value
        self.state = state
        self.denominator = denominator
        self.numerator = numerator
    }

    /// `numerator / denominator`, suppressed when the denominator is below `minGroup` (0 included).
    package static func rate(_ numerator: Int, over denominator: Int, minGroup: Int) -> Figure {
        guard denominator >= minGroup, denominator > 0 else {
            return Figure(value: nil, state: .suppressed, denominator: denominator)
        }
        return Figure(
            value: Double(numerator) / Double(denominator), state: .shown, denominator: denominator, numerator: numerator)
    }

    /// A figure with a value computed elsewhere, shown.
    package static func shown(_ value: Double, denominator: Int) -> Figure {
        Figure(value: value, state: .shown, denominator: denominator)
    }

    /// A suppressed figure.
    package static func suppressed(denominator: Int) -> Figure {
        Figure(value: nil, state: .suppressed, denominator: denominator)
    }

    /// True when shown.
    package var isShown: Bool { state == .shown }
    /// True when suppressed.
    package var isSuppressed: Bool { state == .suppressed }

    /// Withdraws a shown figure (secondary suppression); other states stay.
    package mutating func suppress() {
        guard state == .shown else { return }
        state = .suppressed
        value = nil
        numerator = nil
    }

    /// `100 × (a − b)` when both are shown; suppressed when either is; otherwise not applicable.
    package static func points(_ a: Figure, minus b: Figure) -> Figure {
        if let x = a.value, let y = b.value {
            return .shown(100 * (x - y), denominator: min(a.denominator, b.denominator))
        }
        if a.isSuppressed || b.isSuppressed { return .suppressed(denominator: min(a.denominator, b.denominator)) }
        return .notApplicable
    }
}
