/// A data table rendered to HTML in Swift: tables are large and regular, and swift-mustache
/// is several times slower on them than string building (STYLE.md: big tables as fragments).
/// Every cell is escaped here.
package struct HTMLTable: Sendable {
    /// One cell: text, whether it is a number (right-aligned), whether it is a withheld figure.
    package struct Cell: Sendable {
        var text: String
        var numeric: Bool
        var withheld: Bool

        /// A text cell.
        package static func text(_ text: String) -> Cell { Cell(text: text, numeric: false, withheld: false) }
        /// A numeric cell; `withheld` marks a suppressed figure's words.
        package static func number(_ text: String, withheld: Bool = false) -> Cell {
            Cell(text: text, numeric: true, withheld: withheld)
        }
    }

    /// The caption, read first by screen readers.
    package var caption: String
    /// Column headers.
    package var headers: [String]
    /// Rows; the first cell of each is a row header.
    package var rows: [[Cell]]

    /// A table.
    package init(caption: String, headers: [String], rows: [[Cell]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
    }

    /// The `<table>` inside a horizontally scrolling wrapper.
    package var html: String {
        var out = "<div class=\"table-scroll\"><table>\n<caption>\(escapeHTML(caption))</caption>\n<thead><tr>"
        for (i, header) in headers.enumerated() {
            out += "<th scope=\"col\"\(i > 0 ? " class=\"num\"" : "")>\(escapeHTML(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                var classes: [String] = []
                if cell.numeric { classes.append("num") }
                if cell.withheld { classes.append("withheld") }
                let attr = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                let tag = i == 0 ? "th scope=\"row\"" : "td"
                out += "<\(tag)\(attr)>\(escapeHTML(cell.text))</\(i == 0 ? "th" : "td")>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>"
        return out
    }
}
