import CYaml

/// One pass of libyaml's event parser over YAML text, before Yams composes it into nodes.
///
/// Yams composes an alias into a node shared with its anchor, then hashes every key of every
/// mapping to find duplicates: an alias used as a key, or inside one, makes that hash walk the
/// whole expanded tree, so a few hundred bytes of "billion laughs" would run for hours. Uptake's
/// files never need anchors, aliases, keys that are not text, deep nesting or millions of values,
/// so this pass refuses them up front, in time linear in the text, and turns libyaml's own
/// errors (bad syntax, NUL and other control characters) into positioned problems. Yams
/// (CYaml is its C target) then composes only what is cheap to compose.
enum YAMLPreflight {
    /// Deeper than any Uptake file needs (a survey mapping is 4 levels down); well under the
    /// 1000 levels where libyaml itself gives up, and shallow enough for any thread's stack.
    static let maximumDepth = 64
    /// Values (scalars, lists, mappings) in one file: a large program has a few hundred.
    static let maximumValues = 100_000

    /// Why the text cannot be composed: 1-based line and column within the YAML text.
    struct Problem: Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The first problem in `text`, or nil when Yams may compose it.
    static func problem(in text: String) -> Problem? {
        guard !text.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { bytes in check(bytes) }
    }

    /// What an open list or mapping expects next.
    private struct Open {
        var isMapping: Bool
        var expectingKey: Bool
    }

    private static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Problem(message: "out of memory while reading YAML", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml reads `size` bytes from the pointer and never writes through it.
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var open: [Open] = []
        var values = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return syntaxProblem(parser, bytes) }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            func at(_ message: String) -> Problem {
                Problem(message: message, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_ALIAS_EVENT:
                return at("YAML aliases (*name) are not supported: write the value out in full")
            case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                values += 1
                if values > maximumValues {
                    return at("too many YAML values: a file may hold at most \(maximumValues)")
                }
                if anchor(of: event) != nil {
                    return at("YAML anchors (&name) are not supported: write the value out in full")
                }
                if event.type == YAML_SCALAR_EVENT {
                    finishValue(&open)
                    continue
                }
                if let parent = open.last, parent.isMapping, parent.expectingKey {
                    return at("a mapping key must be plain text, not a list or a mapping")
                }
                guard open.count < maximumDepth else {
                    return at("YAML nested more than \(maximumDepth) levels deep")
                }
                open.append(Open(isMapping: event.type == YAML_MAPPING_START_EVENT, expectingKey: true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                open.removeLast()
                finishValue(&open)
            default:
                continue
            }
        }
    }

    /// A value just ended: in a mapping, a key is followed by its value and a value by a key.
    private static func finishValue(_ open: inout [Open]) {
        guard let last = open.indices.last, open[last].isMapping else { return }
        open[last].expectingKey.toggle()
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
