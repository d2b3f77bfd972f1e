import Testing

@testable import UptakeInput

/// PRODUCT.md §1: dates as each tool writes them, month-first for en-US, a declared
/// `date_format:` overrides. Expected values are seconds since 1970-01-01T00:00:00Z, worked out
/// by hand from one anchor: 2026-03-14T09:05:13Z = 1_773_479_113 (20_526 days × 86_400 +
/// 9 h 5 min 13 s).
@Suite struct TimestampParserTests {
    static let anchor: Int64 = 1_773_479_113  // 2026-03-14T09:05:13Z
    static let day: Int64 = 86_400
    static let hour: Int64 = 3_600
    /// 2026-03-14T00:00:00Z.
    static let march14: Int64 = anchor - 9 * hour - 5 * 60 - 13

    static let us = TimestampParser(locale: "en-US", timezone: nil, dateFormat: nil)
    static let gb = TimestampParser(locale: "en-GB", timezone: nil, dateFormat: nil)

    @Test func anchorIsWhatTheCalendarSays() {
        // 2026-03-14 is 56 years after 1970 with 14 leap days (1972…2024), plus Jan 31 + Feb 28 + 13.
        #expect(Self.march14 == (56 * 365 + 14 + 31 + 28 + 13) * Self.day)
    }

    static let isoCases: [(String, Int64)] = [
        ("2026-03-14T09:05:13Z", anchor),
        ("2026-03-14T09:05:13z", anchor),
        ("2026-03-14T09:05:13.250Z", anchor),
        ("2026-03-14T09:05:13+00:00", anchor),
        ("2026-03-14T10:05:13+01:00", anchor),
        ("2026-03-14T04:05:13-05:00", anchor),
        ("2026-03-14T14:35:13+0530", anchor),
        ("2026-03-14 09:05:13", anchor),  // Qualtrics
        ("  2026-03-14 09:05:13 ", anchor),
        ("2026-03-14", march14),
        ("2026-03-14T09:05Z", anchor - 13),
    ]

    @Test(arguments: isoCases)
    func isoAndQualtrics(text: String, expected: Int64) {
        #expect(Self.us.parse(text) == expected)
        #expect(Self.gb.parse(text) == expected)
    }

    static let usCases: [(String, Int64)] = [
        // SurveyMonkey: 2026-05-15T14:12:33Z is 62 days after March 14 (17 + 30 + 15).
        ("05/15/2026 02:12:33 PM", march14 + 62 * day + 14 * hour + 12 * 60 + 33),
        ("05/15/2026 12:00:00 AM", march14 + 62 * day),
        ("05/15/2026 12:00:00 PM", march14 + 62 * day + 12 * hour),
        // Google Forms download, and its linked sheet.
        ("2026/03/15 2:05:33 PM GMT+5:30", march14 + day + 14 * hour + 5 * 60 + 33 - (5 * hour + 30 * 60)),
        ("2026/03/15 2:05:33 PM GMT", march14 + day + 14 * hour + 5 * 60 + 33),
        ("3/15/2026 14:05:33", march14 + day + 14 * hour + 5 * 60 + 33),
        // Excel.
        ("3/14/2026 9:05", anchor - 13),
        ("3/14/26 9:05", anchor - 13),
        // Month-first when both parts are 12 or less: April 3.
        ("04/03/2026 14:05", march14 + 20 * day + 14 * hour + 5 * 60),
        // A first part above 12 can only be a day.
        ("15/03/2026 14:05", march14 + day + 14 * hour + 5 * 60),
    ]

    @Test(arguments: usCases)
    func monthFirstForUSLocale(text: String, expected: Int64) {
        #expect(Self.us.parse(text) == expected)
    }

    static let dayFirstCases: [(String, Int64)] = [
        ("15/03/2026 14:05", march14 + day + 14 * hour + 5 * 60),
        ("04/03/2026 14:05", march14 - 10 * day + 14 * hour + 5 * 60),  // 4 March
        ("14.03.2026 09:05:13", anchor),
        ("14/03/2026", march14),
    ]

    @Test(arguments: dayFirstCases)
    func dayFirstForOtherLocales(text: String, expected: Int64) {
        #expect(Self.gb.parse(text) == expected)
        #expect(TimestampParser(locale: "de-DE", timezone: nil, dateFormat: nil).parse(text) == expected)
    }

    @Test func declaredDateFormatOverrides() {
        let parser = TimestampParser(locale: "en-US", timezone: nil, dateFormat: "DD.MM.YYYY HH:mm")
        #expect(parser.parse("14.03.2026 09:05") == Self.anchor - 13)
        #expect(parser.parse("04.03.2026 14:05") == Self.march14 - 10 * Self.day + 14 * Self.hour + 5 * 60)
        #expect(parser.parse("2026-03-14 09:05") == nil)
        #expect(parser.parse("14.03.2026") == nil)
        let twelveHour = TimestampParser(locale: "en-GB", timezone: nil, dateFormat: "M/D/YY h:mm A")
        #expect(twelveHour.parse("3/14/26 9:05 AM") == Self.anchor - 13)
        #expect(twelveHour.parse("3/14/26 9:05 PM") == Self.anchor - 13 + 12 * Self.hour)
        let zoned = TimestampParser(locale: "en-US", timezone: nil, dateFormat: "YYYY-MM-DD HH:mm:ss Z")
        #expect(zoned.parse("2026-03-14 10:05:13 +01:00") == Self.anchor)
    }

    @Test func timezoneAppliesToTimestampsWithoutOne() {
        let parser = TimestampParser(locale: "en-US", timezone: "+02:00", dateFormat: nil)
        #expect(parser.parse("2026-03-14 11:05:13") == Self.anchor)
        #expect(parser.parse("2026-03-14T09:05:13Z") == Self.anchor)
        #expect(parser.parse("3/14/2026 11:05") == Self.anchor - 13)
    }

    @Test(arguments: [
        "", "   ", "yesterday", "not a date", "2026-13-01", "2026-02-30", "31/02/2026", "2026-03-14 25:00",
        "2026-03-14 09:61", "13/13/2026", "2026-03-14T09:05:13 Mars", "05/15/2026 13:12:33 PM", "14.03",
        "2026-03-14 09:05:13 +25:00", "2026/03/15 2:05:33 PM GMT+5:30 extra",
    ])
    func garbageIsNil(text: String) {
        #expect(Self.us.parse(text) == nil)
        #expect(Self.gb.parse(text) == nil)
    }

    @Test(arguments: [
        ("Z", 0), ("UTC", 0), ("GMT", 0), ("+02:00", 7_200), ("+0200", 7_200), ("-5", -18_000),
        ("GMT+5:30", 19_800), ("UTC-03:30", -12_600),
    ])
    func zoneOffsets(text: String, seconds: Int) {
        #expect(TimestampParser.offsetSeconds(text) == seconds)
    }

    @Test(arguments: ["Europe/Paris", "+15:00", "+02:60", "2"])
    func badZones(text: String) {
        #expect(TimestampParser.offsetSeconds(text) == nil)
    }
}
