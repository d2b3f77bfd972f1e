import ArgumentParser
import UptakeMetrics
import UptakeModel

/// `--diagnostics text|json|github`.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
}

/// Prints diagnostics in the chosen form. Text follows the compiler style
/// (`path:line:column: error: message`); GitHub uses workflow annotations.
struct DiagnosticPrinter {
    var format: DiagnosticFormat
    var color: Bool

    func render(_ diagnostics: [Diagnostic]) -> String {
        switch format {
        case .text: return diagnostics.map(text).joined()
        case .github: return diagnostics.map(github).joined()
        case .json:
            return JSONValue.array(
                diagnostics.map { d in
                    .object([
                        ("severity", .string(d.severity.rawValue)), ("file", .string(d.location?.file ?? "")),
                        ("line", .int(d.location?.line ?? 0)), ("column", .int(d.location?.column ?? 0)),
                        ("message", .string(d.message)),
                    ])
                }
            ).serialized()
        }
    }

    func text(_ d: Diagnostic) -> String {
        var line = d.formatted
        if color {
            let tint = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
            line = line.replacingOccurrences(of: "\(d.severity.rawValue):", with: "\(tint)\(d.severity.rawValue):\u{1B}[0m")
        }
        var out = line + "\n"
        if let source = d.sourceLine, let column = d.location?.column, column > 0 {
            out += "  \(source)\n  \(String(repeating: " ", count: column - 1))^\n"
        }
        return out
    }

    func github(_ d: Diagnostic) -> String {
        var properties: [String] = []
        if let location = d.location {
            properties.append("file=\(escapeProperty(location.file))")
            if location.line > 0 { properties.append("line=\(location.line)") }
            if location.column > 0 { properties.append("col=\(location.column)") }
        }
        let head = properties.isEmpty ? "" : " " + properties.joined(separator: ",")
        return "::\(d.severity == .error ? "error" : "warning")\(head)::\(escapeData(d.message))\n"
    }

    func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
