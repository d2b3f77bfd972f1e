import UptakeModel
import Yams

/// A YAML node with the file it came from, so every value read from it can point at itself in
/// a diagnostic. Parsed with Yams' basic resolver: every scalar is a string, and Uptake reads
/// numbers, booleans and dates itself (cheaper, and no surprise `no` → false conversions).
struct YAMLNode {
    var node: Node
    var file: String
    /// Lines before the YAML text in its file (1 for front matter after `---`).
    var lineOffset: Int

    var location: SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// The scalar text, nil for mappings and sequences.
    var scalar: String? { node.scalar?.string }

    /// Key/value pairs of a mapping, keys as written, in document order.
    var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard let mapping = node.mapping else { return nil }
        return mapping.map { pair in
            (pair.key.string ?? "", wrap(pair.key), wrap(pair.value))
        }
    }

    /// Items of a sequence.
    var items: [YAMLNode]? { node.sequence?.map(wrap) }

    /// The value of `key` in a mapping.
    subscript(key: String) -> YAMLNode? {
        guard let mapping = node.mapping else { return nil }
        for (k, v) in mapping where k.string == key { return wrap(v) }
        return nil
    }

    /// True for YAML `null`, `~` or an empty value.
    var isNull: Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func wrap(_ child: Node) -> YAMLNode { YAMLNode(node: child, file: file, lineOffset: lineOffset) }
}

/// Parses YAML text into a node, turning libyaml and Yams errors into diagnostics at the
/// problem's mark. `YAMLPreflight` runs first, so composing never expands an alias.
enum YAMLDocument {
    /// Yams's default constructor, made once; it is never mutated.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// The root node, or a diagnostic. An empty document is an empty mapping.
    static func parse(_ text: String, file: String, lineOffset: Int = 0) -> Result<YAMLNode, Diagnostic> {
        if let problem = YAMLPreflight.problem(in: text) {
            let location = SourceLocation(file: file, line: problem.line + lineOffset, column: problem.column)
            return .failure(.error(problem.message, at: location))
        }
        do {
            // Resolver, constructor and encoding given, not defaulted: Yams's default encoding
            // reads the whole process environment (`YAMS_DEFAULT_ENCODING`) and its default
            // constructor builds three tables, on every call; that was a third of composing a
            // small front matter. Composing nodes does not use the constructor.
            let root =
                try Yams.compose(yaml: text, .basic, Self.constructor, .utf8) ?? Node.mapping(Node.Mapping([]))
            return .success(YAMLNode(node: root, file: file, lineOffset: lineOffset))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(.error("malformed YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1, column: 1)))
        }
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return .error("malformed YAML: \(prefix)\(problem)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in mapping",
                at: at(context.mark))
        default:
            return .error("malformed YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1, column: 1))
        }
    }
}
