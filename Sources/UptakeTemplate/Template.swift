/// One compiled template: the node tree the parser produced, shared read-only by every render.
///
/// A final class with `let` storage so that a library copy shares its templates and rendering
/// needs no locks (`Sendable` by immutability).
final class Template: Sendable {
    /// The nodes in source order.
    let nodes: [Node]
    /// Bytes of literal text in the template: a first guess for the output buffer's capacity.
    let literalByteCount: Int

    init(nodes: [Node]) {
        self.nodes = nodes
        self.literalByteCount = Node.literalByteCount(of: nodes)
    }
}

/// A compiled piece of template. Names are split and literal text is UTF-8 bytes at compile
/// time, so rendering does no string processing of the template itself.
enum Node: Sendable {
    /// Literal text, copied to the output as it is (and indented line by line inside an
    /// indented partial).
    case text([UInt8])
    /// `{{name}}` (escaped with the escaper in force) or `{{{name}}}` / `{{&name}}` (raw).
    case value(Path, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(Path, [Node])
    /// `{{^name}}…{{/name}}`.
    case inverted(Path, [Node])
    /// `{{>name}}` (no overrides) or `{{<name}}…{{/name}}` (block overrides); `indentation` is
    /// nil for a partial that is not standalone.
    case partial(String, indentation: [UInt8]?, overrides: [String: [Node]]?)
    /// `{{$name}}default{{/name}}` outside a parent tag: the default unless an enclosing parent
    /// tag overrides it. `intrinsic` is the indentation of a standalone block's default content
    /// when the tag itself has none (mustache spec "Intrinsic indentation").
    case block(String, defaults: [Node], indentation: [UInt8], intrinsic: [UInt8]?)
    /// `{{$name}}…{{/name}}` directly inside a parent tag; only the parser sees it, as it turns
    /// these into the parent's overrides.
    case blockDefinition(String, [Node])
    /// `{{% CONTENT_TYPE: NAME }}`: the escaper for the rest of the enclosing node list.
    case contentType(Escaper)

    static func literalByteCount(of nodes: [Node]) -> Int {
        var total = 0
        for node in nodes {
            switch node {
            case .text(let bytes): total += bytes.count
            case .section(_, let body), .inverted(_, let body): total += literalByteCount(of: body)
            case .block(_, let defaults, _, _): total += literalByteCount(of: defaults)
            default: break
            }
        }
        return total
    }
}

/// A tag's name, split once at compile time.
///
/// `a.b.c` looks `a` up the context stack and `b`, `c` only in what it found; `.` (or an empty
/// name) is the top of the stack; a leading dot (`.a`) anchors the lookup to the top of the stack,
/// as swift-mustache does. A class, so that visiting a node costs one retain.
final class Path: Sendable {
    /// The first segment; nil for the implicit iterator.
    let head: String?
    /// The segments after the first.
    let rest: [String]
    /// True when the name starts with a dot: no search down the stack.
    let anchored: Bool

    init(_ name: String) {
        // Empty segments are dropped, like swift-mustache's `split(separator: ".")`.
        let segments = name.split(separator: ".").map(String.init)
        head = segments.first
        rest = Array(segments.dropFirst())
        anchored = name.utf8.first == UInt8(ascii: ".")
    }
}
