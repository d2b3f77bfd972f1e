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

    /// Rows under a heading that spans the table (`<tbody>` with a `scope="rowgroup"` header),
    /// e.g. one behavior's rows, one per checkpoint.
    package struct Group: Sendable {
        /// The group's heading; nil for rows without one.
        package var title: String?
        /// The rows; the first cell of each is a row header.
        package var rows: [[Cell]]

        /// A group of `rows` headed `title`.
        package init(title: String?, rows: [[Cell]]) {
            self.title = title
            self.rows = rows
        }
    }

    /// The caption, read first by screen readers.
    package var caption: String
    /// Column headers.
    package var headers: [String]
    /// Row groups, each its own `<tbody>`.
    package var groups: [Group]

    /// A table of plain rows.
    package init(caption: String, headers: [String], rows: [[Cell]]) {
        self.init(caption: caption, headers: headers, groups: [Group(title: nil, rows: rows)])
    }

    /// A table of headed row groups.
    package init(caption: String, headers: [String], groups: [Group]) {
        self.caption = caption
        self.headers = headers
        self.groups = groups
    }

    /// The rows of every group, in order.
    package var rows: [[Cell]] { groups.flatMap(\.rows) }

    /// The `<table>` inside a horizontally scrolling wrapper. The wrapper is a named,
    /// focusable region, so keyboard users can scroll a table wider than the screen.
    package var html: String {
        // Appended piece by piece into one reserved string, without interpolated temporaries:
        // a report has up to a dozen tables and a site thousands of reports.
        let name = escapeHTML(caption)
        var out = ""
        out.reserveCapacity(256 + groups.reduce(0) { $0 + $1.rows.count } * headers.count * 24)
        out += "<div class=\"table-scroll\" role=\"region\" aria-label=\""
        out += name
        out += "\" tabindex=\"0\"><table>\n<caption>"
        out += name
        out += "</caption>\n<thead><tr>"
        for (i, header) in headers.enumerated() {
            out += i > 0 ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"
            out += escapeHTML(header)
            out += "</th>"
        }
        out += "</tr></thead>\n"
        for group in groups {
            out += "<tbody>\n"
            if let title = group.title {
                out += "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\""
                out += String(max(headers.count, 1))
                out += "\">"
                out += escapeHTML(title)
                out += "</th></tr>\n"
            }
            for row in group.rows {
                out += "<tr>"
                for (i, cell) in row.enumerated() {
                    out += i == 0 ? "<th scope=\"row\"" : "<td"
                    switch (cell.numeric, cell.withheld) {
                    case (true, true): out += " class=\"num withheld\">"
                    case (true, false): out += " class=\"num\">"
                    case (false, true): out += " class=\"withheld\">"
                    case (false, false): out += ">"
                    }
                    out += escapeHTML(cell.text)
                    out += i == 0 ? "</th>" : "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>"
        return out
    }
}
