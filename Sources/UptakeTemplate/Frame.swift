/// One entry of the context stack, classified once when pushed so that a lookup does not cast
/// every frame it passes.
enum Frame {
    /// A `[String: Any]`: names are keys.
    case dictionary([String: Any])
    /// A string, number or Bool: no named children, lookups pass it by.
    case leaf(Any)
    /// Anything else: children by `Mirror` label (the slow path, as in swift-mustache).
    case object(Any)

    init(_ value: Any) {
        switch ValueKind(of: value) {
        case .dictionary: self = .dictionary(ValueKind.project(value, as: [String: Any].self))
        case .string, .int, .double, .bool: self = .leaf(value)
        default:
            if let dictionary = value as? [String: Any] {
                self = .dictionary(dictionary)
            } else {
                self = .object(value)
            }
        }
    }

    /// The value as pushed, for `{{.}}`.
    var value: Any {
        switch self {
        case .dictionary(let dictionary): dictionary
        case .leaf(let value), .object(let value): value
        }
    }
}

/// A region of output inside an indented partial or block: a line that starts in it is
/// prefixed with `indent` (swift-mustache checks, per token, whether the text its level has
/// rendered so far ends with a newline).
struct Level {
    /// Output offset where the region starts.
    let start: Int
    /// Nil for a list's iterations, which swift-mustache joins without the check.
    let indent: [UInt8]?
    /// The region starts a line of its own (a block with intrinsic indentation).
    let prefixAtStart: Bool
}

/// Lets the slow path see through an `Optional` stored as `Any` (nil counts as absent).
protocol AnyOptional {
    var wrappedValue: Any? { get }
}

extension Optional: AnyOptional {
    var wrappedValue: Any? {
        switch self {
        case .some(let wrapped): wrapped
        case .none: nil
        }
    }
}
