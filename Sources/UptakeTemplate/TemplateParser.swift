/// Compiles template source to nodes.
///
/// The whitespace rules (standalone lines, partial and block indentation, the dedent of block
/// overrides inside a parent tag) follow swift-mustache's parser step by step, on bytes instead
/// of `Character`s, because rendered output must stay byte-identical to it. Where
/// swift-mustache fails the spec (intrinsic block indentation) the spec wins.
struct TemplateParser {
    let source: [UInt8]
    var position = 0
    let escapers: [String: Escaper]

    /// What the parser knows at a point of the source; copied into nested sections, which is
    /// why delimiters set inside a section end with it.
    struct State {
        var sectionName: String?
        /// Where the open section's tag starts, for "unclosed section" errors.
        var sectionOffset = 0
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter: [UInt8] = [UInt8(ascii: "{"), UInt8(ascii: "{")]
        var endDelimiter: [UInt8] = [UInt8(ascii: "}"), UInt8(ascii: "}")]
        /// Indentation of the first line of a block override, removed from all its lines.
        var partialDefinitionIndent: Int?

        func withSection(_ name: String, at offset: Int, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionOffset = offset
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withParent(_ name: String, at offset: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionOffset = offset
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    init(_ source: String, escapers: [String: Escaper]) {
        self.source = Array(source.utf8)
        self.escapers = escapers
    }

    /// Parses the whole source.
    mutating func parse() throws(TemplateSyntaxError) -> [Node] {
        try parse(State())
    }

    /// Parses until the end of the source or the closing tag of `state.sectionName`.
    mutating func parse(_ initial: State) throws(TemplateSyntaxError) -> [Node] {
        var nodes = NodeList()
        var state = initial
        var whitespaceBefore: ArraySlice<UInt8> = []
        while position < source.count {
            if state.newLine {
                let whitespace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whitespaceBefore = whitespace.dropFirst(indent)
                    } else {
                        state.partialDefinitionIndent = whitespace.count
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let (text, stop) = readText(state)
            if case .newline(let length) = stop {
                nodes.append(text: whitespaceBefore, text, source[position..<position + length])
                position += length
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(text: whitespaceBefore, text)
                whitespaceBefore = []
                state.newLine = false
            }
            guard case .tag(let tagOffset) = stop else { break }
            guard position < source.count else { throw error("unfinished tag", at: tagOffset) }
            var setNewLine = false
            let sigil = source[position]
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName(state, tagOffset: tagOffset)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whitespaceBefore.isEmpty {
                    nodes.append(text: whitespaceBefore)
                    whitespaceBefore = []
                }
                let body = try parse(state.withSection(name, at: tagOffset, newLine: setNewLine))
                nodes.append(sigil == UInt8(ascii: "#") ? .section(Path(name), body) : .inverted(Path(name), body))

            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(state, tagOffset: tagOffset)
                guard let open = state.sectionName else {
                    throw error("closing tag '\(name)' without an open section", at: tagOffset)
                }
                guard name == open else {
                    throw error("closing tag '\(name)' does not match open section '\(open)'", at: tagOffset)
                }
                if !isStandalone(state), !whitespaceBefore.isEmpty {
                    nodes.append(text: whitespaceBefore)
                }
                return nodes.nodes

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state, tagOffset: tagOffset)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                if !whitespaceBefore.isEmpty {
                    nodes.append(text: whitespaceBefore)
                    whitespaceBefore = []
                }
                position += 1
                let name = try readName(state, tagOffset: tagOffset)
                if sigil == UInt8(ascii: "{") {
                    guard position < source.count, source[position] == UInt8(ascii: "}") else {
                        throw error("unfinished tag", at: tagOffset)
                    }
                    position += 1
                }
                nodes.append(.value(Path(name), escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(state, tagOffset: tagOffset)
                if !whitespaceBefore.isEmpty { nodes.append(text: whitespaceBefore) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: Array(whitespaceBefore), overrides: nil))
                } else {
                    nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whitespaceBefore = []

            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName(state, tagOffset: tagOffset)
                if !whitespaceBefore.isEmpty { nodes.append(text: whitespaceBefore) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.withParent(name, at: tagOffset))
                let overrides = try overrides(in: body, tagOffset: tagOffset)
                nodes.append(.partial(name, indentation: Array(whitespaceBefore), overrides: overrides))
                whitespaceBefore = []

            case UInt8(ascii: "$"):
                position += 1
                let name = try readName(state, tagOffset: tagOffset)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSection(name, at: tagOffset, newLine: setNewLine))
                    nodes.append(.blockDefinition(name, body))
                } else {
                    if !whitespaceBefore.isEmpty { nodes.append(text: whitespaceBefore) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSection(name, at: tagOffset, newLine: setNewLine))
                    let intrinsic = setNewLine && whitespaceBefore.isEmpty ? Self.leadingWhitespace(of: body) : nil
                    nodes.append(
                        .block(name, defaults: body, indentation: Array(whitespaceBefore), intrinsic: intrinsic))
                    whitespaceBefore = []
                }

            case UInt8(ascii: "="):
                position += 1
                state = try readDelimiters(state, tagOffset: tagOffset)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                position += 1
                nodes.append(.contentType(try readPragma(state, tagOffset: tagOffset)))
                setNewLine = isStandalone(state)

            default:
                if !whitespaceBefore.isEmpty {
                    nodes.append(text: whitespaceBefore)
                    whitespaceBefore = []
                }
                let name = try readName(state, tagOffset: tagOffset)
                nodes.append(.value(Path(name), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw error("unclosed section '\(open)'", at: state.sectionOffset)
        }
        return nodes.nodes
    }

    /// The block definitions of a parent tag's body; text between them is ignored, anything
    /// else is an error (as in swift-mustache).
    private func overrides(in body: [Node], tagOffset: Int) throws(TemplateSyntaxError) -> [String: [Node]] {
        var overrides: [String: [Node]] = [:]
        for node in body {
            switch node {
            case .blockDefinition(let name, let nodes): overrides[name] = nodes
            case .text: continue
            default: throw error("only blocks may appear inside a parent tag", at: tagOffset)
            }
        }
        return overrides
    }

    /// Spaces and tabs opening a block's default content: its intrinsic indentation.
    private static func leadingWhitespace(of body: [Node]) -> [UInt8]? {
        guard case .text(let bytes) = body.first else { return nil }
        let whitespace = bytes.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return whitespace.isEmpty ? nil : Array(whitespace)
    }

    func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        TemplateSyntaxError(message, at: offset, in: source)
    }
}

/// Nodes under construction: adjacent text is merged into one node.
struct NodeList {
    private(set) var nodes: [Node] = []

    mutating func append(text parts: ArraySlice<UInt8>...) {
        var bytes: [UInt8] = []
        if case .text(let last) = nodes.last {
            bytes = last
            nodes.removeLast()
        }
        for part in parts { bytes.append(contentsOf: part) }
        if !bytes.isEmpty { nodes.append(.text(bytes)) }
    }

    mutating func append(_ node: Node) {
        nodes.append(node)
    }
}
