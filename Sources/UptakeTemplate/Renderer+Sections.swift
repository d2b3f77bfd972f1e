/// Sections and inverted sections, with swift-mustache's truthiness: absent and `false` are
/// false, an array renders once per element (nothing when empty), anything else (including
/// `""`, `0` and dictionaries) renders once with the value pushed.
extension Renderer {
    mutating func renderSection(_ value: Any, _ body: [Node], escaper: Escaper) {
        switch ValueKind(of: value) {
        case .dictionary:
            renderOnce(.dictionary(ValueKind.project(value, as: [String: Any].self)), body, escaper: escaper)
        case .dictionaryList:
            let list = ValueKind.project(value, as: [[String: Any]].self)
            guard !list.isEmpty else { return }
            let region = beginSequence()
            for element in list { renderOnce(.dictionary(element), body, escaper: escaper) }
            endSequence(region)
        case .bool:
            if ValueKind.project(value, as: Bool.self) { renderLevel(body, escaper: escaper) }
        case .string, .int, .double:
            renderOnce(.leaf(value), body, escaper: escaper)
        case .stringList:
            let list = ValueKind.project(value, as: [String].self)
            guard !list.isEmpty else { return }
            let region = beginSequence()
            for element in list { renderOnce(.leaf(element), body, escaper: escaper) }
            endSequence(region)
        case .anyList, .other:
            renderSlowSection(value, body, escaper: escaper)
        }
    }

    /// Optionals, other arrays (iterated as `[Any]`), other dictionaries and objects.
    private mutating func renderSlowSection(_ value: Any, _ body: [Node], escaper: Escaper) {
        if let optional = value as? any AnyOptional {
            if let wrapped = optional.wrappedValue { renderSection(wrapped, body, escaper: escaper) }
        } else if let dictionary = value as? [String: Any] {
            renderOnce(.dictionary(dictionary), body, escaper: escaper)
        } else if let flag = value as? Bool {
            if flag { renderLevel(body, escaper: escaper) }
        } else if let list = value as? [Any] {
            guard !list.isEmpty else { return }
            let region = beginSequence()
            for element in list { renderOnce(Frame(element), body, escaper: escaper) }
            endSequence(region)
        } else {
            renderOnce(.object(value), body, escaper: escaper)
        }
    }

    mutating func renderInverted(_ value: Any?, _ body: [Node], escaper: Escaper) {
        guard let value else {
            renderLevel(body, escaper: escaper)
            return
        }
        switch ValueKind(of: value) {
        case .bool:
            if !(ValueKind.project(value, as: Bool.self)) { renderLevel(body, escaper: escaper) }
        case .dictionaryList:
            if (ValueKind.project(value, as: [[String: Any]].self)).isEmpty {
                renderOnce(.leaf(value), body, escaper: escaper)
            }
        case .stringList:
            if (ValueKind.project(value, as: [String].self)).isEmpty {
                renderOnce(.leaf(value), body, escaper: escaper)
            }
        case .anyList:
            // swift-mustache pushes the empty array itself.
            if (ValueKind.project(value, as: [Any].self)).isEmpty { renderOnce(.leaf(value), body, escaper: escaper) }
        case .dictionary, .string, .int, .double:
            return
        case .other:
            if let optional = value as? any AnyOptional {
                renderInverted(optional.wrappedValue, body, escaper: escaper)
            } else if value is [String: Any] {
                return
            } else if let flag = value as? Bool {
                if !flag { renderLevel(body, escaper: escaper) }
            } else if let list = value as? [Any], list.isEmpty {
                renderOnce(.leaf(value), body, escaper: escaper)
            }
        }
    }

    @inline(__always)
    mutating func renderOnce(_ frame: Frame, _ body: [Node], escaper: Escaper) {
        stack.append(frame)
        renderLevel(body, escaper: escaper)
        stack.removeLast()
    }

    /// swift-mustache joins a list's iterations without its indentation check, so an iteration
    /// after the first is never indented at its start: an unindented region reproduces that.
    @inline(__always)
    mutating func beginSequence() -> Bool {
        guard !indent.isEmpty else { return false }
        levels.append(Level(start: out.count, indent: nil, prefixAtStart: false))
        return true
    }

    @inline(__always)
    mutating func endSequence(_ region: Bool) {
        if region { levels.removeLast() }
    }
}
