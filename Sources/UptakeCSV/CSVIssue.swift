/// Why a CSV file could not be read. The loader turns each into one `Diagnostic`.
///
/// Lines and columns are 1-based; columns count Unicode scalars from the start of the
/// physical line. Problems with the file as a whole report line 0, column 0.
package enum CSVIssue: Error, Hashable, Sendable {
    /// The file could not be opened or read; `reason` is the system's, lowercased.
    case unreadableFile(reason: String)
    /// The file is larger than the reader's 2 GiB limit (after transcoding to UTF-8).
    case fileTooLarge
    /// The file has no bytes, or nothing but a byte order mark.
    case emptyFile
    /// A byte that is not valid UTF-8, at the first bad byte.
    case invalidUTF8(byte: UInt8, line: Int, column: Int)
    /// A UTF-16 file with an unpaired surrogate or an odd number of bytes.
    case invalidUTF16(line: Int, column: Int)
    /// A quoted field that never closes, at its opening quote.
    case unterminatedQuote(line: Int, column: Int)
    /// Something other than a delimiter or line end after a closing quote, as in `"abc"x`.
    case unexpectedCharacterAfterQuote(line: Int, column: Int)

    /// The 1-based line of the problem; 0 when it concerns the whole file.
    package var line: Int {
        switch self {
        case .unreadableFile, .fileTooLarge: 0
        case .emptyFile: 1
        case .invalidUTF8(_, let line, _), .invalidUTF16(let line, _),
            .unterminatedQuote(let line, _), .unexpectedCharacterAfterQuote(let line, _):
            line
        }
    }

    /// The 1-based column of the problem, in Unicode scalars; 0 when it concerns the whole file.
    package var column: Int {
        switch self {
        case .unreadableFile, .fileTooLarge: 0
        case .emptyFile: 1
        case .invalidUTF8(_, _, let column), .invalidUTF16(_, let column),
            .unterminatedQuote(_, let column), .unexpectedCharacterAfterQuote(_, let column):
            column
        }
    }

    /// What went wrong, lowercase and without a final period, ready for a diagnostic.
    package var message: String {
        switch self {
        case .unreadableFile(let reason):
            "cannot read file: \(reason)"
        case .fileTooLarge:
            "file too large: CSV files are limited to 2 GiB"
        case .emptyFile:
            "empty file"
        case .invalidUTF8(let byte, _, _):
            "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)); "
                + "declare the file's encoding if it is windows-1252"
        case .invalidUTF16:
            "invalid UTF-16: unpaired surrogate or odd number of bytes"
        case .unterminatedQuote:
            "unterminated quote: a quoted field in this record never closes"
        case .unexpectedCharacterAfterQuote:
            "unexpected character after closing quote"
        }
    }
}
