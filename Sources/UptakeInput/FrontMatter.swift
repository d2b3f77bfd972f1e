import UptakeModel

/// Splits a program file into its YAML front matter and Markdown body.
enum FrontMatter {
    /// `(yaml, body, bodyStartLine)`; the YAML starts on line 2.
    static func split(_ text: String, file: String) -> Result<(yaml: String, body: String), Diagnostic> {
        if let split = splitPlain(text) { return .success(split) }
        return splitLines(text, file: file)
    }

    /// The split Character by Character (CRLF, BOM), with the diagnostics.
    static func splitLines(_ text: String, file: String) -> Result<(yaml: String, body: String), Diagnostic> {
        // Swift reads "\r\n" as one Character, so splitting on "\n" alone misses CRLF files.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { line -> Substring in line.hasSuffix("\r") ? line.dropLast() : line }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard lines.first?.trimmingTrailingSpaces == "---" else {
            return .failure(
                .error("missing front matter: a program file starts with a line '---'", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        guard let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingTrailingSpaces) })
        else {
            return .failure(
                .error("unterminated front matter: no closing '---' line", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return .success((yaml, body))
    }
}

extension FrontMatter {
    /// The same split for the common file — LF line ends, no carriage return, no BOM — on
    /// UTF-8 bytes, slicing the text where the Character-wise path above splits and re-joins
    /// every line (most of the time spent on front matter for a site of 10,000 programs).
    /// Nil for any other file, and for a file without well-formed front matter (the path
    /// above words the diagnostic).
    static func splitPlain(_ text: String) -> (yaml: String, body: String)? {
        let bytes = text.utf8
        guard !bytes.contains(0x0D), !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        /// The line from `start`: its end (before the LF or at the end) and where the next starts.
        func line(from start: String.Index) -> (end: String.Index, next: String.Index?) {
            guard let lf = bytes[start...].firstIndex(of: 0x0A) else { return (bytes.endIndex, nil) }
            return (lf, bytes.index(after: lf))
        }
        func isFence(_ start: String.Index, _ end: String.Index, _ fences: [[UInt8]]) -> Bool {
            var line = bytes[start..<end]
            while let last = line.last, last == 0x20 || last == 0x09 { line = line.dropLast() }
            return fences.contains { line.elementsEqual($0) }
        }
        let first = line(from: bytes.startIndex)
        guard isFence(bytes.startIndex, first.end, [Array("---".utf8)]), let yamlStart = first.next else { return nil }
        var start = yamlStart
        while true {
            let current = line(from: start)
            if isFence(start, current.end, [Array("---".utf8), Array("...".utf8)]) {
                let yaml = start == yamlStart ? "" : String(text[yamlStart..<bytes.index(before: start)])
                return (yaml, current.next.map { String(text[$0...]) } ?? "")
            }
            guard let next = current.next else { return nil }
            start = next
        }
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}

extension String {
    /// True for a slug usable as a file name: lowercase letters, digits, `-` and `_`, not starting with `-` or `.`.
    var isSlug: Bool {
        guard let first = unicodeScalars.first, first != "-", first != "_", count <= 100 else { return false }
        return unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
