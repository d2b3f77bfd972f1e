import UptakeModel

/// A YAML node with the file it came from, so every value read from it can point at itself in
/// a diagnostic. Every scalar is text (Yams's basic resolver, as before): Uptake reads numbers,
/// booleans and dates itself (and no surprise `no` → false conversions).
struct YAMLNode {
    /// A key and its value in a mapping.
    struct Pair {
        var key: YAMLNode
        var value: YAMLNode
    }

    enum Content {
        /// The text, and whether it was written plain (not quoted, not a block scalar).
        case scalar(String, plain: Bool)
        case mapping([Pair])
        case sequence([YAMLNode])
    }

    var content: Content
    /// 1-based line and column in the YAML text; line 0 for the empty mapping of an empty text.
    var line: Int
    var column: Int
    var file: String
    /// Lines before the YAML text in its file (1 for front matter after `---`).
    var lineOffset: Int

    var location: SourceLocation {
        guard line > 0 else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    /// The scalar text, nil for mappings and sequences.
    var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// Key/value pairs of a mapping, keys as written, in document order.
    var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.map { ($0.key.scalar ?? "", $0.key, $0.value) }
    }

    /// Items of a sequence.
    var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// True for a mapping.
    var isMapping: Bool {
        if case .mapping = content { return true }
        return false
    }

    /// The value of `key` in a mapping.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs where pair.key.scalar == key { return pair.value }
        return nil
    }

    /// True for YAML `null`, `~` or an empty value.
    var isNull: Bool {
        guard case .scalar(let text, let plain) = content else { return false }
        return plain && ["", "~", "null", "Null", "NULL"].contains(text)
    }
}

/// Parses YAML text into a node (`YAMLComposer`), turning problems into diagnostics at their
/// place in the file.
enum YAMLDocument {
    /// The root node, or a diagnostic. An empty document is an empty mapping.
    static func parse(_ text: String, file: String, lineOffset: Int = 0) -> Result<YAMLNode, Diagnostic> {
        switch YAMLComposer.compose(text, file: file, lineOffset: lineOffset) {
        case .success(let root?):
            return .success(root)
        case .success(nil):
            return .success(YAMLNode(content: .mapping([]), line: 0, column: 0, file: file, lineOffset: lineOffset))
        case .failure(let problem):
            let location = SourceLocation(file: file, line: problem.line + lineOffset, column: problem.column)
            return .failure(.error(problem.message, at: location))
        }
    }
}
