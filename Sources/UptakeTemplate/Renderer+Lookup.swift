/// Name resolution: the first segment searches the stack from the top, the others only the
/// value found (spec "dotted names"; a broken chain is absent).
extension Renderer {
    func lookup(_ path: Path) -> Any? {
        guard let head = path.head else { return stack.last?.value }
        let found: Any?
        if path.anchored {
            found = stack.last.flatMap { Self.child(named: head, of: $0.value) }
        } else {
            found = search(head)
        }
        guard var value = found else { return nil }
        for segment in path.rest {
            guard let next = Self.child(named: segment, of: value) else { return nil }
            value = next
        }
        return value
    }

    /// The first frame from the top that has `key`.
    @inline(__always)
    func search(_ key: String) -> Any? {
        stack.withUnsafeBufferPointer { frames in
            var index = frames.count - 1
            while index >= 0 {
                switch frames[index] {
                case .dictionary(let dictionary):
                    if let value = dictionary[key] { return value }
                case .leaf:
                    break
                case .object(let object):
                    if let value = Self.slowChild(named: key, of: object) { return value }
                }
                index -= 1
            }
            return nil
        }
    }

    static func child(named key: String, of value: Any) -> Any? {
        switch ValueKind(of: value) {
        case .dictionary: (ValueKind.project(value, as: [String: Any].self))[key]
        case .other: slowChild(named: key, of: value)
        default: nil
        }
    }

    /// Optionals are unwrapped, other values are read through `Mirror` by label (stored
    /// properties only), like swift-mustache; a nil property counts as absent.
    static func slowChild(named key: String, of value: Any) -> Any? {
        if let dictionary = value as? [String: Any] { return dictionary[key] }
        if let optional = value as? any AnyOptional {
            return optional.wrappedValue.flatMap { child(named: key, of: $0) }
        }
        for child in Mirror(reflecting: value).children where child.label == key {
            if let optional = child.value as? any AnyOptional { return optional.wrappedValue }
            return child.value
        }
        return nil
    }
}
