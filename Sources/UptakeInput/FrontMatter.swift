import UptakeModel

/// Splits a program file into its YAML front matter and Markdown body.
enum FrontMatter {
    /// `(yaml, body, bodyStartLine)`; the YAML starts on line 2.
    static func split(_ text: String, file: String) -> Result<(yaml: String, body: String), Diagnostic> {
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
