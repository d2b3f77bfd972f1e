/// How to read a CSV file: its character encoding and, when known, its delimiter.
package struct CSVOptions: Hashable, Sendable {
    /// The character encoding of a file without a byte order mark.
    ///
    /// A byte order mark always wins: UTF-8, UTF-16 LE and UTF-16 BE files that start with
    /// one are read as such whatever is declared here.
    package enum Encoding: String, Hashable, Sendable {
        /// UTF-8; invalid bytes are an error. The default.
        case utf8 = "utf-8"
        /// Windows code page 1252 (Western European), as older Excel versions save CSV.
        case windows1252 = "windows-1252"
    }

    /// A field separator Uptake accepts.
    package enum Delimiter: UInt8, Hashable, Sendable, CaseIterable {
        /// `,`, the RFC 4180 separator.
        case comma = 0x2C
        /// `;`, what Excel writes in locales where the comma is the decimal separator.
        case semicolon = 0x3B
        /// A horizontal tab, as in TSV exports.
        case tab = 0x09

        /// The delimiter a configuration names: `,`, `;`, a tab character, or the words
        /// `comma`, `semicolon` and `tab` (any case); nil for anything else.
        package init?(_ text: String) {
            switch text.lowercased() {
            case ",", "comma": self = .comma
            case ";", "semicolon": self = .semicolon
            case "\t", "tab", "\\t": self = .tab
            default: return nil
            }
        }
    }

    /// The encoding of files without a byte order mark.
    package var encoding: Encoding
    /// The declared delimiter; nil detects it from the first record.
    package var delimiter: Delimiter?

    /// Options for UTF-8 with the delimiter detected, unless told otherwise.
    package init(encoding: Encoding = .utf8, delimiter: Delimiter? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
    }
}
