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
        // On UTF-8 bytes: the characters that matter are ASCII. (Compared as `Character`s, a
        // CRLF pair or a comma with a combining mark matched none of them and went unquoted.)
        let bytes = value.utf8
        let neutralize = bytes.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } ?? false
        let quote = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard neutralize || quote else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        if quote { out.append(0x22) }
        if neutralize { out.append(0x27) }
        for byte in bytes {
            if quote, byte == 0x22 { out.append(0x22) }
            out.append(byte)
        }
        if quote { out.append(0x22) }
        return String(decoding: out, as: UTF8.self)
    }
}
