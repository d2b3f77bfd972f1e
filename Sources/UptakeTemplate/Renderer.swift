/// One render in progress: the output buffer, the context stack, and what swift-mustache keeps
/// in its `MustacheContext` (block overrides in force, partial indentation).
///
/// The stack and the buffer are reused across the whole render instead of copied per section,
/// which is where swift-mustache spends its time.
struct Renderer {
    var out: [UInt8] = []
    var stack: [Frame] = []
    let templates: [String: Template]
    /// Block overrides from the enclosing parent tags; the outermost wins.
    var inherited: [String: [Node]]?
    /// Indentation in force (standalone partials and blocks add to it).
    var indent: [UInt8] = []
    /// Output regions that indent their lines; empty whenever `indent` is.
    var levels: [Level] = []
    var partialDepth = 0

    /// Deeper partial nesting renders nothing: a template that includes itself without a
    /// condition would otherwise exhaust the thread's stack.
    static let maximumPartialDepth = 100

    init(templates: [String: Template]) {
        self.templates = templates
        stack.reserveCapacity(16)
    }

    /// Renders `template` with `context` at the bottom of the stack, appending to `output`.
    static func render(
        _ template: Template, context: Any, templates: [String: Template], into output: inout [UInt8]
    ) {
        var renderer = Renderer(templates: templates)
        swap(&renderer.out, &output)
        renderer.stack.append(Frame(context))
        renderer.renderLevel(template.nodes, escaper: .html)
        swap(&renderer.out, &output)
    }

    /// Renders nodes as one swift-mustache `render(context:)` call: a region of its own for the
    /// indentation rules.
    mutating func renderLevel(_ nodes: [Node], escaper: Escaper, prefixAtStart: Bool = false) {
        if indent.isEmpty {
            render(nodes, escaper: escaper)
            return
        }
        levels.append(Level(start: out.count, indent: indent, prefixAtStart: prefixAtStart))
        render(nodes, escaper: escaper)
        levels.removeLast()
    }

    mutating func render(_ nodes: [Node], escaper initial: Escaper) {
        var escaper = initial
        for node in nodes {
            switch node {
            case .text(let bytes):
                emitText(bytes)
            case .value(let path, let escaped):
                if let value = lookup(path) { emitValue(value, escaper: escaped ? escaper : .text) }
            case .section(let path, let body):
                if let value = lookup(path) { renderSection(value, body, escaper: escaper) }
            case .inverted(let path, let body):
                renderInverted(lookup(path), body, escaper: escaper)
            case .partial(let name, let indentation, let overrides):
                renderPartial(name, indentation: indentation, overrides: overrides)
            case .block(let name, let defaults, let indentation, let intrinsic):
                renderBlock(name, defaults: defaults, indentation: indentation, intrinsic: intrinsic, escaper: escaper)
            case .blockDefinition:
                continue
            case .contentType(let contentType):
                escaper = contentType
            }
        }
    }

    /// A partial starts with HTML escaping whatever the including template uses, like
    /// swift-mustache (`MustacheContext.withPartial` resets the content type).
    mutating func renderPartial(_ name: String, indentation: [UInt8]?, overrides: [String: [Node]]?) {
        guard let template = templates[name], partialDepth < Self.maximumPartialDepth else { return }
        let savedIndent = indent
        let savedInherited = inherited
        if let indentation, !indentation.isEmpty { indent += indentation }
        if let overrides {
            inherited = inherited.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
        }
        partialDepth += 1
        renderLevel(template.nodes, escaper: .html)
        partialDepth -= 1
        indent = savedIndent
        inherited = savedInherited
    }

    /// A block renders its override if an enclosing parent tag has one, else its default, with
    /// the escaper in force where it stands.
    mutating func renderBlock(
        _ name: String, defaults: [Node], indentation: [UInt8], intrinsic: [UInt8]?, escaper: Escaper
    ) {
        let savedIndent = indent
        if let override = inherited?[name] {
            if let intrinsic {
                indent += intrinsic
                renderLevel(override, escaper: escaper, prefixAtStart: true)
            } else {
                indent += indentation
                renderLevel(override, escaper: escaper)
            }
        } else {
            indent += indentation
            renderLevel(defaults, escaper: escaper)
        }
        indent = savedIndent
    }
}
