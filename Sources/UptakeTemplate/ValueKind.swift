/// The concrete types a context value usually has, told apart by comparing its dynamic type's
/// metadata: much cheaper than a cascade of `as?` casts, whose failures go through the runtime's
/// general casting machinery. Anything else (Optionals, other numbers, structs, other
/// collections) is `.other` and takes the slow path.
enum ValueKind {
    case string
    case dictionary
    case dictionaryList
    case bool
    case int
    case double
    case stringList
    case anyList
    case other

    @inline(__always)
    init(of value: Any) {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(String.self) {
            self = .string
        } else if type == ObjectIdentifier([String: Any].self) {
            self = .dictionary
        } else if type == ObjectIdentifier([[String: Any]].self) {
            self = .dictionaryList
        } else if type == ObjectIdentifier(Bool.self) {
            self = .bool
        } else if type == ObjectIdentifier(Int.self) {
            self = .int
        } else if type == ObjectIdentifier(Double.self) {
            self = .double
        } else if type == ObjectIdentifier([String].self) {
            self = .stringList
        } else if type == ObjectIdentifier([Any].self) {
            self = .anyList
        } else {
            self = .other
        }
    }

    /// The value inside `value`, already known (by `init(of:)`) to be exactly a `T` that an
    /// existential stores inline (String, Bool, Int, Double, Array, Dictionary): read from the
    /// container without the runtime cast, which cost about 250 instructions per value.
    @inline(__always)
    static func project<T>(_ value: Any, as type: T.Type) -> T {
        withUnsafeBytes(of: value) { $0.load(as: T.self) }
    }
}
