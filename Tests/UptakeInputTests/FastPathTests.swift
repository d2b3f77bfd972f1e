import Testing
import UptakeModel
import UptakeTestSupport

@testable import UptakeInput

/// The loader's byte-level fast paths give exactly what the `String` and `Character` code they
/// stand for gives: trimming and keys (`ASCIIText`), timestamps (`ASCIIDateScanner`), answer
/// memos (`AnswerMemo`).
@Suite struct FastPathTests {
    /// `trimmedForDisplay` as it was before its ASCII fast path: Character by Character.
    static func referenceTrimmed(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    static let tricky = [
        "", " ", "\t\r\n", "ana@example.com", "  Ana@Example.COM  ", "\r\nx\r\n", "x\u{0B}\u{0C}",
        " \u{301}x", "x \u{301}", "\u{301}x", "x\u{0600} ", "\u{0600} x", "\u{A0}x\u{A0}", "\u{85}x", "x\u{2003}",
        "Émile ", " Chloé Ibrahim ", "Viktor Aydın", "ÀÉÎ ", " STRASSE ß", "İstanbul", "\u{1F1E9}\u{1F1EA} x ",
        "a\0b ", " \u{7F}", "\u{1C}x\u{1F}",
    ]

    @Test(arguments: tricky)
    func trimmingAndKeysMatchTheCharacterPath(text: String) {
        #expect(text.trimmedForDisplay == Self.referenceTrimmed(text))
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { bytes in
            #expect(ASCIIText.trimmed(bytes) == Self.referenceTrimmed(text))
            #expect(ASCIIText.participantKey(bytes) == Self.referenceTrimmed(text).lowercased())
            #expect(
                ASCIIText.isBlank(bytes)
                    == (bytes.isEmpty || bytes.allSatisfy { $0 < 0x80 } && Self.referenceTrimmed(text).isEmpty))
        }
    }

    @Test func randomASCIITrimsLikeCharacters() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(" \t\r\n\u{0B}aZ@.-09\u{0}\u{1F}~")
        for _ in 0..<2_000 {
            let text = String(
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(text.trimmedForDisplay == Self.referenceTrimmed(text), "\(Array(text.utf8))")
            #expect(text.participantKey == Self.referenceTrimmed(text).lowercased())
        }
    }

    /// Timestamps built from the pieces each tool writes, shuffled into odd shapes too.
    static var timestamps: [String] {
        let dates = [
            "2026-03-14", "2026/03/15", "3/15/2026", "15/03/2026", "14.03.2026", "3/14/26", "2026-02-30", "12/31/99",
            "1/1/1",
        ]
        let times = [
            "", " 09:05:13", "T09:05:13Z", "T09:05:13.250Z", "T10:05:13+01:00", " 2:05:33 PM GMT+5:30", " 02:12:33 PM",
            " 12:00:00 AM", " 9:05", " 14:05:33", "T14:35:13+0530", " 2:05:33 pm gmt", " 2:05 p.m.", " 13:05 PM",
            " 9:5",
            " 9:05:13,5", " 9:05:13.", "T9:05Z", " 9:05 UTC-5", " 9:05 GMTUTC+1", " 9:05 +-5",
            " 9:05 GMT+-9223372036854775808:00",
            " 9:05 +99", " 9:05 +1:75", " 9:05 Z", " 9:05 z", " 9:05 +0130", " 9:05 -+130", " 9:05 AMGMT+1", "  9:05  ",
            " 24:00", " 9:05:60", " 9:05:61", " 0:00 AM", " 12:00 PM", " 9:05 xyz", " 9:05:13.250+02:00",
        ]
        return dates.flatMap { date in times.map { date + $0 } } + [
            "", "  ", "2026", "2026-03", "1234567890-1-1", "x", "-1-1-2026",
        ]
    }

    @Test func timestampsParseAlikeOnBothPaths() {
        for locale in ["en-US", "en-GB"] {
            for timezone in [nil, "+02:00"] {
                let parser = TimestampParser(locale: locale, timezone: timezone, dateFormat: nil)
                for text in Self.timestamps {
                    #expect(parser.parse(text) == parser.parseCharacters(text), "\(text) \(locale)")
                    #expect(parser.parse(" \(text) ") == parser.parseCharacters(" \(text) "), "\(text) \(locale)")
                }
            }
        }
    }

    @Test(arguments: [
        "Z", "z", "UTC", "gmt", "GMT+5:30", "+02:00", "+0200", "-5", "+-5", "--5", "+14", "+15", "+1:60",
        "+-9223372036854775808:00", "+9223372036854775807", "UTCGMT+1", "GMTUTC-1", "+", "", "+ 1", "+1:", "+:30",
        "+12345",
    ])
    func zonesReadAlikeOnBothPaths(zone: String) {
        let viaBytes = Array(zone.utf8).withUnsafeBufferPointer { TimestampParser.offsetSeconds(ascii: $0) }
        #expect(viaBytes == TimestampParser.offsetSeconds(zone))
    }

    /// A zone whose hours would overflow seconds is not a zone (it used to trap).
    @Test func hugeZoneOffsetsAreRejected() {
        let parser = TimestampParser(locale: "en-US", timezone: nil, dateFormat: nil)
        #expect(parser.parse("2026-03-14 09:05 GMT+-9223372036854775808:00") == nil)
        #expect(TimestampParser.offsetSeconds("+-9223372036854775808:00") == nil)
    }

    @Test func memoGivesWhatNormalizingGives() {
        var memo = AnswerMemo<Bool??>()
        var spellings = ["Yes", "No", "", " yes ", "Maybe", "Yes, I did", "NO ", "Oui", "Ja", "x", "nope"]
        spellings += (0..<40).map { "answer \($0)" }
        for round in 0..<3 {
            for spelling in spellings {
                let value = Array(spelling.utf8).withUnsafeBufferPointer {
                    memo.value(of: $0, normalize: AnswerNormalizer.yesNo)
                }
                #expect(value == AnswerNormalizer.yesNo(spelling), "\(spelling) in round \(round)")
            }
        }
    }

    /// Spellings that share their length and first eight bytes, more of them than some memos
    /// keep: every answer is still its own (`normalize` here gives the text itself).
    @Test(arguments: [4, 24, 128]) func memosTellLookAlikeSpellingsApart(capacity: Int) {
        var generator = SeededGenerator(seed: UInt64(capacity))
        var memo = AnswerMemo<String>(capacity: capacity, longestKept: 40)
        let stems = ["Tools that", "Tools thaT", "No time, too", "", "x", "Outdated processes"]
        for _ in 0..<3_000 {
            let tail = String(
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in "ab;, ".randomElement(using: &generator)! })
            let spelling = stems.randomElement(using: &generator)! + tail
            let value = Array(spelling.utf8).withUnsafeBufferPointer { memo.value(of: $0) { $0 } }
            #expect(value == spelling)
        }
    }
}
