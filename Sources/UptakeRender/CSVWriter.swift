/// Writes CSV (RFC 4180, CRLF) that is safe to open in a spreadsheet: PRODUCT.md §3, every cell
/// that begins with `=`, `+`, `-`, `@`, tab or carriage return is neutralized with a leading
/// `'` (OWASP CSV injection).
package enum CSVWriter {
    /// One record.
    package static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell, neutralized and quoted when needed.
    package static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
