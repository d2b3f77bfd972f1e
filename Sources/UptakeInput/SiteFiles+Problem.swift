import UptakeModel

extension SiteFiles {
    /// Why a file could not be read.
    package enum Problem: Error {
        case outside, missing, directory, notRegular
        case unreadable(String)
        case tooLarge(size: Int, limit: Int)
        /// Not UTF-8, at the first bad byte (1-based line and column) with its line, leniently decoded.
        case invalidUTF8(byte: UInt8, line: Int, column: Int, sourceLine: String)

        package var message: String {
            switch self {
            case .outside: return "is outside the site folder"
            case .missing: return "does not exist"
            case .directory: return "is a directory, not a file"
            case .notRegular: return "is not a regular file"
            case .unreadable(let reason): return "cannot be read: \(reason)"
            case .tooLarge(let size, let limit):
                let shownLimit = limit == SiteFiles.csvLimit ? "2 GiB" : Self.megabytes(limit)
                return "is too large (\(Self.megabytes(size)); the limit is \(shownLimit))"
            case .invalidUTF8(let byte, _, _, _):
                return "is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save it as UTF-8"
            }
        }

        /// The problem as an error about `file` (site-relative), whose message starts with
        /// `subject`: at the bad byte for invalid UTF-8, else at `location` (line 1 of the file
        /// when not given).
        func diagnostic(_ subject: String, file: String, at location: SourceLocation? = nil) -> Diagnostic {
            if case .invalidUTF8(_, let line, let column, let sourceLine) = self {
                let location = SourceLocation(file: file, line: line, column: column)
                return Diagnostic(.error, "\(subject) \(message)", at: location).showing(sourceLine)
            }
            return .error("\(subject) \(message)", at: location ?? SourceLocation(file: file, line: 1, column: 1))
        }

        private static func megabytes(_ bytes: Int) -> String {
            let tenths = (bytes + 50_000) / 100_000
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
    }

    /// Where `bytes` stop being UTF-8: the first byte from which no valid scalar decodes.
    static func invalidUTF8(_ bytes: [UInt8]) -> Problem {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: break decoding
            }
        }
        offset = min(offset, bytes.count - 1)
        // Lines end at LF, CR or CRLF, as an editor shows them; columns count Unicode scalars.
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                if bytes[i] == 0x0D, i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        let column = 1 + bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 }
        var lineEnd = offset
        while lineEnd < bytes.count, lineEnd - lineStart < Diagnostic.shownBytes, bytes[lineEnd] != 0x0A,
            bytes[lineEnd] != 0x0D
        {
            lineEnd += 1
        }
        let sourceLine = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        return .invalidUTF8(byte: bytes[offset], line: line, column: column, sourceLine: sourceLine)
    }
}
