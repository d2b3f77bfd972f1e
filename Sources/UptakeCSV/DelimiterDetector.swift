/// Guesses the delimiter from the first record: the candidate that occurs most outside
/// quotes wins; ties go to the comma, then the semicolon.
enum DelimiterDetector {
    private static let quote: UInt8 = 0x22

    /// The delimiter of the first non-blank record in `text`.
    static func delimiter(of text: UnsafeBufferPointer<UInt8>) -> CSVOptions.Delimiter {
        var counts = [0, 0, 0]
        var i = 0
        while i < text.count, text[i] == TextPosition.lineFeed || text[i] == TextPosition.carriageReturn {
            i += 1
        }
        var quoted = false
        // A doubled quote toggles twice, so it leaves `quoted` as it was.
        scan: while i < text.count {
            switch text[i] {
            case quote: quoted.toggle()
            case TextPosition.lineFeed, TextPosition.carriageReturn: if !quoted { break scan }
            case CSVOptions.Delimiter.comma.rawValue: if !quoted { counts[0] += 1 }
            case CSVOptions.Delimiter.semicolon.rawValue: if !quoted { counts[1] += 1 }
            case CSVOptions.Delimiter.tab.rawValue: if !quoted { counts[2] += 1 }
            default: break
            }
            i += 1
        }
        if counts[1] > counts[0], counts[1] >= counts[2] { return .semicolon }
        if counts[2] > counts[0], counts[2] > counts[1] { return .tab }
        return .comma
    }
}
