/// Uptake's own RFC 4180 CSV reader: the two entry points of the UptakeCSV module.
///
/// Why not SwiftCSV or CSV.swift: measured on the build machine, they parse a 265 MB survey
/// export at 12–14 MB/s, while a careful byte-level reader passes over it at about 1 GB/s.
/// This one works on bytes: it validates or transcodes the file to UTF-8 once, then one
/// scan records the byte offsets of every field in flat arrays; a field becomes a `String`
/// only when `CSVTable.field(_:_:)` asks for it. On the same machine (release build, 100 MB
/// export with long quoted answers), it parses at roughly 0.8–0.9 GB/s; a file of nothing but
/// one- and two-byte fields, the worst case per byte, at about 250 MB/s.
///
/// What it accepts:
/// - RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quoted fields (such
///   a record spans several lines; its line is the one it starts on).
/// - CRLF, LF and lone CR line ends; a last line with or without a line end. Empty lines
///   (nothing between two line breaks) are skipped. Spaces are kept.
/// - UTF-8 with or without a byte order mark, UTF-16 LE or BE with one, and windows-1252
///   when declared (see `CSVOptions.Encoding`).
/// - `,`, `;` or tab as the delimiter, detected from the first record unless declared.
/// - A quote inside an unquoted field (`ab"c`) is kept literally, as Excel does; NUL bytes
///   are kept too.
///
/// Everything else stops the read with a `CSVIssue` carrying a line and column: an
/// unterminated quote, a character after a closing quote that is not a delimiter or line
/// end, invalid UTF-8, an empty file.
package enum CSVReader {
    /// Reads the whole file at `path` and parses it.
    ///
    /// - Throws: `CSVIssue.unreadableFile` when the file cannot be read, or any issue
    ///   `parse(_:options:)` throws.
    package static func read(path: String, options: CSVOptions = CSVOptions()) throws(CSVIssue) -> CSVTable {
        try parse(FileBytes.contents(ofFile: path), options: options)
    }

    /// Parses a whole file already in memory.
    ///
    /// - Throws: `CSVIssue` for an empty file, bytes that are not valid in the encoding, an
    ///   unterminated quote or an unexpected character after a closing quote.
    package static func parse(_ bytes: [UInt8], options: CSVOptions = CSVOptions()) throws(CSVIssue) -> CSVTable {
        let text = try SourceDecoder.utf8Text(from: bytes, encoding: options.encoding)
        let delimiter = options.delimiter ?? text.withUnsafeBufferPointer(DelimiterDetector.delimiter(of:))
        let scanner = try CSVScanner.scan(text, delimiter: delimiter.rawValue)
        return CSVTable(text: text, delimiter: delimiter, scanner: scanner)
    }
}
