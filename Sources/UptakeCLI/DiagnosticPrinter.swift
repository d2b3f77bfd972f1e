import ArgumentParser
import Dispatch
import Foundation
import UptakeBuild
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
        case .text:
            // Appended into one string per quarter, the quarters on every core: a large site
            // replays tens of thousands of warnings on every build, and a string per diagnostic
            // then joined was most of printing them.
            let quarters = diagnostics.count < 4096 ? 1 : 4
            let texts = Slots(repeating: "", count: quarters)
            let printer = self
            DispatchQueue.concurrentPerform(iterations: quarters) { quarter in
                let range =
                    diagnostics.count * quarter / quarters..<diagnostics.count * (quarter + 1) / quarters
                var out = ""
                out.reserveCapacity(range.count * 160)
                for diagnostic in diagnostics[range] { printer.append(diagnostic, to: &out) }
                texts[quarter] = out
            }
            return texts.all.joined()
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

    /// `file:line:column: severity: message`, then the source line and a caret under the column.
    func append(_ d: Diagnostic, to out: inout String) {
        if color {
            let tint = d.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
            out += d.formatted.replacingOccurrences(
                of: "\(d.severity.rawValue):", with: "\(tint)\(d.severity.rawValue):\u{1B}[0m")
        } else {
            if let location = d.location {
                out += location.file
                if location.line > 0 {
                    out += ":"
                    out += String(location.line)
                    if location.column > 0 {
                        out += ":"
                        out += String(location.column)
                    }
                }
                out += ": "
            }
            out += d.severity.rawValue
            out += ": "
            out += d.message
        }
        out += "\n"
        if let source = d.sourceLine, let column = d.location?.column, column > 0 {
            out += "  "
            out += source
            out += "\n  "
            for _ in 1..<column { out += " " }
            out += "^\n"
        }
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
