/// The byte-level readers the parser is built from: text up to a tag, names, comments,
/// delimiters and pragmas. Each mirrors the swift-mustache reader of the same role.
extension TemplateParser {
    /// Where `readText` stopped.
    enum TextStop {
        /// At a newline of `length` bytes, not consumed.
        case newline(length: Int)
        /// After the start delimiter of a tag that starts at `offset`.
        case tag(offset: Int)
        /// At the end of the source.
        case end
    }

    /// Reads literal text up to a newline or the start delimiter.
    mutating func readText(_ state: State) -> (ArraySlice<UInt8>, TextStop) {
        let start = position
        let delimiter = state.startDelimiter
        let first = delimiter[0]
        while position < source.count {
            let byte = source[position]
            if byte == first, matches(delimiter, at: position) {
                let text = source[start..<position]
                position += delimiter.count
                return (text, .tag(offset: position - delimiter.count))
            }
            let length = newlineLength(at: position)
            if length > 0 { return (source[start..<position], .newline(length: length)) }
            position += 1
        }
        return (source[start..<position], .end)
    }

    /// Bytes of the newline at `offset`, or 0. Like Swift's `Character.isNewline`: LF, CR LF,
    /// CR, VT, FF, NEL, LS and PS.
    func newlineLength(at offset: Int) -> Int {
        let byte = source[offset]
        switch byte {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D:
            return offset + 1 < source.count && source[offset + 1] == 0x0A ? 2 : 1
        case 0xC2:
            return offset + 1 < source.count && source[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard offset + 2 < source.count, source[offset + 1] == 0x80 else { return 0 }
            return source[offset + 2] == 0xA8 || source[offset + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= source.count else { return false }
        for index in delimiter.indices where source[offset + index] != delimiter[index] {
            return false
        }
        return true
    }

    mutating func readSpacesAndTabs() -> ArraySlice<UInt8> {
        let start = position
        while position < source.count, source[position] == 0x20 || source[position] == 0x09 {
            position += 1
        }
        return source[start..<position]
    }

    /// ASCII whitespace, newlines included. Non-ASCII whitespace inside a tag is left to fail
    /// as an unexpected character, which rejects the template: safe.
    mutating func skipWhitespace() {
        while position < source.count {
            switch source[position] {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: position += 1
            default: return
            }
        }
    }

    /// A standalone tag is alone on its line: consumes the rest of the line and its newline.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position >= source.count { return true }
        var probe = position
        while probe < source.count, source[probe] == 0x20 || source[probe] == 0x09 { probe += 1 }
        guard probe < source.count else { return false }
        let length = newlineLength(at: probe)
        guard length > 0 else { return false }
        position = probe + length
        return true
    }

    /// The name of a variable, section or block tag, through the end delimiter.
    mutating func readName(_ state: State, tagOffset: Int) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < source.count, Self.isNameByte(source[position]) { position += 1 }
        let name = String(decoding: source[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(state.endDelimiter, at: position) else {
            throw error("unfinished tag", at: tagOffset)
        }
        position += state.endDelimiter.count
        if name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
            throw error("transforms are not supported: '\(name)'", at: tagOffset)
        }
        return name
    }

    /// The name of a partial or parent tag, through the end delimiter; `/` is allowed.
    mutating func readPartialName(_ state: State, tagOffset: Int) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        if position < source.count, source[position] == UInt8(ascii: "*") {
            throw error("dynamic partials are not supported", at: tagOffset)
        }
        let start = position
        while position < source.count, Self.isNameByte(source[position]) || source[position] == UInt8(ascii: "/") {
            position += 1
        }
        let name = String(decoding: source[start..<position], as: UTF8.self)
        skipWhitespace()
        guard matches(state.endDelimiter, at: position) else {
            throw error("unfinished tag", at: tagOffset)
        }
        position += state.endDelimiter.count
        return name
    }

    mutating func skipComment(_ state: State, tagOffset: Int) throws(TemplateSyntaxError) {
        while position < source.count {
            if matches(state.endDelimiter, at: position) {
                position += state.endDelimiter.count
                return
            }
            position += 1
        }
        throw error("unclosed comment", at: tagOffset)
    }

    /// `{{=<% %>=}}`: two delimiters separated by whitespace, then `=` and the current end.
    mutating func readDelimiters(_ state: State, tagOffset: Int) throws(TemplateSyntaxError) -> State {
        let invalid = error("invalid set delimiter tag", at: tagOffset)
        skipWhitespace()
        let start = position
        while position < source.count, !Self.isWhitespace(source[position]) { position += 1 }
        guard position < source.count else { throw invalid }
        let startDelimiter = Array(source[start..<position])
        skipWhitespace()
        let end = position
        while position < source.count, !Self.isWhitespace(source[position]), source[position] != UInt8(ascii: "=") {
            position += 1
        }
        guard position < source.count else { throw invalid }
        let endDelimiter = Array(source[end..<position])
        skipWhitespace()
        guard position < source.count, source[position] == UInt8(ascii: "=") else { throw invalid }
        position += 1
        guard matches(state.endDelimiter, at: position) else { throw invalid }
        position += state.endDelimiter.count
        guard !startDelimiter.isEmpty, !endDelimiter.isEmpty else { throw invalid }
        var state = state
        state.startDelimiter = startDelimiter
        state.endDelimiter = endDelimiter
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// `{{% CONTENT_TYPE: NAME }}`, the only pragma supported; the name must be known.
    mutating func readPragma(_ state: State, tagOffset: Int) throws(TemplateSyntaxError) -> Escaper {
        let invalid = error("invalid pragma", at: tagOffset)
        skipWhitespace()
        let variable = readPragmaWord()
        skipWhitespace()
        guard position < source.count, source[position] == UInt8(ascii: ":") else { throw invalid }
        position += 1
        skipWhitespace()
        let value = readPragmaWord()
        skipWhitespace()
        guard matches(state.endDelimiter, at: position) else { throw invalid }
        position += state.endDelimiter.count
        guard !variable.isEmpty, !value.isEmpty else { throw invalid }
        guard variable == "CONTENT_TYPE" else {
            throw error("unsupported pragma '\(variable)'", at: tagOffset)
        }
        guard let escaper = escapers[value] else {
            throw error("unknown content type '\(value)'", at: tagOffset)
        }
        return escaper
    }

    private mutating func readPragmaWord() -> String {
        let start = position
        while position < source.count, Self.isNameByte(source[position]) { position += 1 }
        return String(decoding: source[start..<position], as: UTF8.self)
    }

    /// swift-mustache's name characters: ASCII letters, digits and `.-_?*`, plus the brackets
    /// of transforms (read so they can be rejected by name).
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
            UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default: false
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
