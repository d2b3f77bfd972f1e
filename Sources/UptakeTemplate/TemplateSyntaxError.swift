/// Why a template was rejected, and where: 1-based line and column (in Unicode scalars) of the
/// tag at fault.
///
/// Anything the engine does not support (transforms, dynamic partials, unknown pragmas) is an
/// error too, so a caller can fall back to another engine rather than render differently.
package struct TemplateSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Lowercase, without a final period: "unclosed section 'items'".
    package var message: String
    /// 1-based line of the offending tag.
    package var line: Int
    /// 1-based column of the offending tag.
    package var column: Int

    /// Creates an error at an explicit position.
    package init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// Locates byte `offset` of `source` as a line and column.
    init(_ message: String, at offset: Int, in source: [UInt8]) {
        var line = 1
        var column = 1
        for byte in source[..<min(offset, source.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(message: message, line: line, column: column)
    }

    /// `line:column: message`.
    package var description: String { "\(line):\(column): \(message)" }
}
