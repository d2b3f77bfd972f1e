import UptakeModel

extension Diagnostics {
    /// An answer read by one of `AnswerNormalizer`'s functions: the value, nil for a blank, and
    /// for an answer outside the table an out-of-range warning and nil (PRODUCT.md §1). The
    /// value is not repeated: warnings are published in metrics.json, and answers are people's data.
    /// `location` is worked out only for a warning.
    mutating func answer<Value>(
        _ parsed: Value??, field: String, expected: String, at location: @autoclosure () -> SourceLocation
    ) -> Value? {
        switch parsed {
        case .some(let value): return value
        case .none:
            outOfRange(field, expected, at: location())
            return nil
        }
    }

    /// The out-of-range warning of `field`.
    mutating func outOfRange(_ field: String, _ expected: String, at location: SourceLocation) {
        warning("out-of-range answer for '\(field)': expected \(expected); counted as unanswered", at: location)
    }
}
