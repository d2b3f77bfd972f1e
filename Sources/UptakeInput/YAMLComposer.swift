import CYaml

/// YAML text to `YAMLNode`s in one pass of libyaml's event parser (libyaml is the C library
/// Yams wraps; CYaml is Yams's target for it).
///
/// Written here rather than composed with Yams: Uptake reads every scalar as text, so Yams's
/// nodes (tags resolved per scalar, each child wrapped again on every lookup) only added cost —
/// composing a 600-byte front matter with Yams, after a first pass to check it, was a tenth of
/// building 10,000 program pages. The composition is what Yams does with its basic resolver,
/// with the same errors at the same places (`YAMLDocumentTests`).
///
/// Uptake's files never need anchors, aliases, keys that are not text, deep nesting or millions
/// of values, so those are refused, in time linear in the text; libyaml's own errors (bad
/// syntax, NUL and other control characters) become positioned problems.
enum YAMLComposer {
    /// Deeper than any Uptake file needs (a survey mapping is 4 levels down); well under the
    /// 1000 levels where libyaml itself gives up, and shallow enough for any thread's stack.
    static let maximumDepth = 64
    /// Values (scalars, lists, mappings) in one file: a large program has a few hundred.
    static let maximumValues = 100_000

    /// Why the text cannot be composed: 1-based line and column within the YAML text.
    struct Problem: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The first document's root (nil when the text holds no document), or the first problem.
    /// Problems of the text (syntax, refused features, limits) anywhere in it come before
    /// problems of composing (duplicate keys, a second document), as when Yams composed it
    /// after a check of the whole text.
    static func compose(_ text: String, file: String, lineOffset: Int) -> Result<YAMLNode?, Problem> {
        guard !text.isEmpty else { return .success(nil) }
        var text = text
        return text.withUTF8 { bytes in
            var composer = Composer(file: file, lineOffset: lineOffset)
            return composer.run(bytes)
        }
    }

    /// An open list or mapping.
    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        /// In a mapping, the key waiting for its value, with its resolved tag.
        var key: (node: YAMLNode, tag: String)?
        /// Resolved tags of `pairs`' keys, for the duplicate check.
        var keyTags: [String] = []
    }

    private struct Composer {
        let file: String
        let lineOffset: Int
        var open: [Frame] = []
        var root: YAMLNode?
        var documents = 0
        /// The first problem of composing, reported when the text itself has none.
        var composing: Problem?

        init(file: String, lineOffset: Int) {
            self.file = file
            self.lineOffset = lineOffset
            open.reserveCapacity(8)
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, Problem> {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(Problem(message: "out of memory while reading YAML", line: 1, column: 1))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            // libyaml reads `size` bytes from the pointer and never writes through it.
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var values = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(YAMLComposer.syntaxProblem(parser, bytes))
                }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                let (line, column) = (Int(mark.line) + 1, Int(mark.column) + 1)
                func at(_ message: String) -> Result<YAMLNode?, Problem> {
                    .failure(Problem(message: message, line: line, column: column))
                }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    if let composing { return .failure(composing) }
                    return .success(root)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents == 2, composing == nil {
                        // Yams: a single root was asked for, and the stream went on.
                        composing = Problem(
                            message:
                                "malformed YAML: expected a single document in the stream but found another document",
                            line: line, column: column)
                    }
                case YAML_ALIAS_EVENT:
                    return at("YAML aliases (*name) are not supported: write the value out in full")
                case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    values += 1
                    if values > YAMLComposer.maximumValues {
                        return at("too many YAML values: a file may hold at most \(YAMLComposer.maximumValues)")
                    }
                    if YAMLComposer.anchor(of: event) != nil {
                        return at("YAML anchors (&name) are not supported: write the value out in full")
                    }
                    if event.type == YAML_SCALAR_EVENT {
                        let scalar = event.data.scalar
                        let value = String(
                            decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                        let node = YAMLNode(
                            content: .scalar(value, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), line: line,
                            column: column, file: file, lineOffset: lineOffset)
                        add(node, tag: Self.resolvedTag(of: event))
                        continue
                    }
                    if let parent = open.last, parent.isMapping, parent.key == nil {
                        return at("a mapping key must be plain text, not a list or a mapping")
                    }
                    guard open.count < YAMLComposer.maximumDepth else {
                        return at("YAML nested more than \(YAMLComposer.maximumDepth) levels deep")
                    }
                    open.append(Frame(isMapping: event.type == YAML_MAPPING_START_EVENT, line: line, column: column))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let frame = open.removeLast()
                    if frame.isMapping, composing == nil { composing = duplicates(in: frame) }
                    let node = YAMLNode(
                        content: frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), line: frame.line,
                        column: frame.column, file: file, lineOffset: lineOffset)
                    add(node, tag: "")
                default:
                    continue
                }
            }
        }

        /// A finished value: an item, a key, a key's value, or the root of a document.
        private mutating func add(_ node: YAMLNode, tag: String) {
            guard let last = open.indices.last else {
                if documents == 1 { root = node }
                return
            }
            if !open[last].isMapping {
                open[last].items.append(node)
            } else if let key = open[last].key {
                open[last].pairs.append(YAMLNode.Pair(key: key.node, value: node))
                open[last].keyTags.append(key.tag)
                open[last].key = nil
            } else {
                open[last].key = (node, tag)
            }
        }

        /// Yams's check of a finished mapping: keys equal in text and resolved tag are
        /// duplicates; the message names them all in order, at the first use of the first.
        private func duplicates(in frame: Frame) -> Problem? {
            let pairs = frame.pairs
            guard pairs.count > 1 else { return nil }
            var repeated: [Int] = []  // the first use of each repeated key
            var seen: [String: [Int]] = [:]
            for index in pairs.indices {
                let key = pairs[index].key.scalar ?? ""
                if let earlier = seen[key] {
                    if let first = earlier.first(where: { frame.keyTags[$0] == frame.keyTags[index] }) {
                        if !repeated.contains(first) { repeated.append(first) }
                        continue
                    }
                }
                seen[key, default: []].append(index)
            }
            guard !repeated.isEmpty else { return nil }
            let keys = repeated.map { (text: pairs[$0].key.scalar ?? "", index: $0) }.sorted { $0.text < $1.text }
            let first = pairs[keys[0].index].key
            return Problem(
                message: "duplicate key \(keys.map { "'\($0.text)'" }.joined(separator: ", ")) in mapping",
                line: first.line, column: first.column)
        }

        /// The tag Yams's basic resolver gives a scalar: its explicit tag, else `str`.
        static func resolvedTag(of event: yaml_event_t) -> String {
            let string = "tag:yaml.org,2002:str"
            guard event.data.scalar.quoted_implicit != 1, let tag = event.data.scalar.tag else { return string }
            return String(cString: tag)
        }
    }

    private static func anchor(of event: yaml_event_t) -> UnsafeMutablePointer<yaml_char_t>? {
        switch event.type {
        case YAML_SCALAR_EVENT: event.data.scalar.anchor
        case YAML_SEQUENCE_START_EVENT: event.data.sequence_start.anchor
        case YAML_MAPPING_START_EVENT: event.data.mapping_start.anchor
        default: nil
        }
    }

    /// libyaml's error as a problem: the message in the house style, the place it names.
    private static func syntaxProblem(_ parser: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> Problem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        if parser.error == YAML_READER_ERROR {
            // The reader names a byte offset; the text is valid UTF-8, so this is a control character.
            let (line, column) = YAMLText.lineAndColumn(ofByte: parser.problem_offset, in: bytes)
            let value = parser.problem_value
            if problem == "control characters are not allowed", value >= 0 {
                return Problem(
                    message: "malformed YAML: control character U+\(hex(UInt32(value))) is not allowed", line: line,
                    column: column)
            }
            return Problem(message: "malformed YAML: \(problem)", line: line, column: column)
        }
        if parser.error == YAML_MEMORY_ERROR {
            return Problem(message: "out of memory while reading YAML", line: 1, column: 1)
        }
        let mark = parser.problem_mark
        let (line, column) = (Int(mark.line) + 1, Int(mark.column) + 1)
        if problem.hasPrefix("Maximum nesting level") {
            return Problem(message: "YAML nested more than \(maximumDepth) levels deep", line: line, column: column)
        }
        let context = parser.context.map { String(cString: $0) + " " } ?? ""
        return Problem(message: "malformed YAML: \(context)\(problem)", line: line, column: column)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
