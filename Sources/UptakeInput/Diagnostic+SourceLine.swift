import UptakeModel

/// The line shown under a diagnostic, with a caret at its column.
///
/// Inputs are hostile: a line may be ten megabytes long or carry NUL bytes and terminal escape
/// sequences, and a message may quote a header that holds a line break. What is shown is made
/// safe one Unicode scalar for one, so columns still count the same: control characters become
/// their visible Control Pictures (U+2400…), C1 controls and bidirectional overrides U+FFFD,
/// tabs stay tabs. A line is cut after `shownScalars`; a column past `caretLimit` gets no line.
extension Diagnostic {
    /// The furthest column that still gets its line and caret.
    static let caretLimit = 160
    /// How much of a long line is shown (then `…`).
    static let shownScalars = 200
    /// Bytes to take from a line before cutting it: more than `shownScalars` of any width.
    static let shownBytes = 4 * (shownScalars + 1)

    /// Whether a source line would be shown: the diagnostic has none yet, and a column that is
    /// not too far right to draw a caret under.
    var wantsSourceLine: Bool {
        guard sourceLine == nil, let location, location.line > 0 else { return false }
        return location.column > 0 && location.column <= Self.caretLimit
    }

    /// This diagnostic with `line` as its source line, when it `wantsSourceLine`.
    func showing(_ line: String?) -> Diagnostic {
        guard wantsSourceLine, let line, !line.isEmpty else { return self }
        var copy = self
        // Printable ASCII (and tabs) is shown as it is: one scalar per byte, nothing to replace.
        if line.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) {
            copy.sourceLine =
                line.utf8.count <= Self.shownScalars
                ? line : String(decoding: line.utf8.prefix(Self.shownScalars), as: UTF8.self) + "…"
            return copy
        }
        var shown = String.UnicodeScalarView()
        for (index, scalar) in line.unicodeScalars.enumerated() {
            guard index < Self.shownScalars else {
                shown.append("…")
                break
            }
            shown.append(scalar.printable)
        }
        copy.sourceLine = String(shown)
        return copy
    }

    /// This diagnostic with control characters in its message and file name made visible, so
    /// one diagnostic stays one line of output whatever a file's name, headers or keys hold.
    var printable: Diagnostic {
        var copy = self
        copy.message = message.printable
        if let file = location?.file { copy.location?.file = file.printable }
        return copy
    }
}

extension String {
    /// The string with control characters replaced as `Unicode.Scalar.printable` does.
    var printable: String {
        guard unicodeScalars.contains(where: { $0.printable != $0 }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map(\.printable)))
    }
}

extension Diagnostics {
    /// Every diagnostic made printable; those in `file` without a source line get the line
    /// `lookup` returns for their line number (warnings only when `warnings`).
    func showing(lines lookup: [String: (Int) -> String?], warnings: Bool = true) -> Diagnostics {
        Diagnostics(
            all.map { diagnostic in
                guard diagnostic.wantsSourceLine, warnings || diagnostic.severity != .warning,
                    let location = diagnostic.location, let line = lookup[location.file]
                else { return diagnostic.printable }
                return diagnostic.printable.showing(line(location.line))
            })
    }
}

extension Unicode.Scalar {
    /// The scalar itself, or a visible stand-in for a control character (tab excepted).
    var printable: Unicode.Scalar {
        switch value {
        case 0x09: return self
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + value)!
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default: return self
        }
    }
}
