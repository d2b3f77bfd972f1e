import Foundation
import Testing
import UptakeModel

@testable import UptakeRender

private typealias Fixtures = CalendarFixtures

@Suite("Calendar writer")
struct CalendarTests {
    @Test func tinyCalendarIsExact() throws {
        let (program, cohort) = Fixtures.tiny()
        let ics = try #require(CalendarWriter.calendar(program: program, cohort: cohort, buildTime: Fixtures.buildTime))
        let expected = [
            "BEGIN:VCALENDAR", "PRODID:-//Uptake//Uptake//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:Feedback: Cohort 1",
            "BEGIN:VEVENT", "UID:feedback.c1.first-step-1@uptake", "DTSTAMP:20261125T160000Z",
            "DTSTART;VALUE=DATE:20260315", "DTEND;VALUE=DATE:20260316", "SUMMARY:First step: Ask one question",
            "DESCRIPTION:Your first steps after Feedback:\\n- Ask: Ask one question (5 mi", " n)",
            "TRANSP:TRANSPARENT", "END:VEVENT",
            "BEGIN:VEVENT", "UID:feedback.c1.touchpoint-7@uptake", "DTSTAMP:20261125T160000Z",
            "DTSTART;VALUE=DATE:20260321", "DTEND;VALUE=DATE:20260322", "SUMMARY:Feedback: day 7 practice check-in",
            "DESCRIPTION:Take a few minutes with your manager or a peer:\\n- What have yo",
            " u been practicing?\\n- What's working?\\n- What's harder than expected?\\n- W",
            " hat help do you need?", "TRANSP:TRANSPARENT", "END:VEVENT",
            "END:VCALENDAR", "",
        ]
        #expect(ics == expected.joined(separator: "\r\n"))
    }

    @Test func longUTF8LinesFoldAt75OctetsWithoutSplittingCharacters() throws {
        let (program, cohort) = Fixtures.awkward()
        let ics = try #require(CalendarWriter.calendar(program: program, cohort: cohort, buildTime: Fixtures.buildTime))
        for line in Fixtures.lines(ics) {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil, "split UTF-8 sequence in \(line)")
        }
        let unfolded = ics.replacing("\r\n ", with: "")
        #expect(unfolded.contains("\r\nSUMMARY:First step: " + ContentLine.text(Fixtures.awkwardStep) + "\r\n"))
        #expect(Fixtures.lines(ics).count > Fixtures.lines(unfolded).count + 4)
    }

    @Test(arguments: [
        ("a\\b;c,d", "a\\\\b\\;c\\,d"), ("one\ntwo", "one\\ntwo"), ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"), ("one\r\n\r\ntwo", "one\\n\\ntwo"),
        ("a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f\u{2028}g", "abcde\\nf\\ng"),
        ("tab\there: \"quoted\"", "tab\there: \"quoted\""), ("Führung 🎯", "Führung 🎯"),
    ])
    func textIsEscaped(raw: String, escaped: String) {
        #expect(ContentLine.text(raw) == escaped)
    }

    @Test func everyLineEndsWithCRLFAndDataCannotAddProperties() throws {
        let (program, cohort) = Fixtures.awkward()
        let ics = try #require(CalendarWriter.calendar(program: program, cohort: cohort, buildTime: Fixtures.buildTime))
        let bytes = Array(ics.utf8)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() where byte == 10 || byte == 13 {
            #expect(byte == 13 ? bytes[index + 1] == 10 : bytes[index - 1] == 13)
        }
        let allowed: Set = [
            "BEGIN", "END", "PRODID", "VERSION", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP",
            "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "TRANSP",
        ]
        for line in Fixtures.lines(ics) where !line.hasPrefix(" ") {
            #expect(allowed.contains(String(line.prefix { $0 != ":" && $0 != ";" })), "unexpected line \(line)")
        }
    }

    @Test func uidsAndStampAreStableAndImpersonal() throws {
        let (program, cohort) = Fixtures.awkward()
        let first = CalendarWriter.calendar(program: program, cohort: cohort, buildTime: Fixtures.buildTime)
        #expect(first == CalendarWriter.calendar(program: program, cohort: cohort, buildTime: Fixtures.buildTime))
        let uids = CalendarWriter.events(program: program, cohort: cohort).map {
            $0.uid(programID: program.id, cohortID: cohort.id)
        }
        let prefix = "f%C3%BChrung.2026-spring."
        let kinds = ["first-step-1", "touchpoint-7", "touchpoint-30", "touchpoint-90"]
        #expect(uids == kinds.map { prefix + $0 + "@uptake" })
        #expect(try #require(first).components(separatedBy: "\r\nDTSTAMP:20261125T160000Z\r\n").count == 5)
    }

    @Test(arguments: [
        (Int64(0), "19700101T000000Z", "Thu, 01 Jan 1970 00:00:00 +0000"),
        (Int64(-1), "19691231T235959Z", "Wed, 31 Dec 1969 23:59:59 +0000"),
        (CalendarFixtures.buildTime, "20261125T160000Z", "Wed, 25 Nov 2026 16:00:00 +0000"),
        (Int64(951_782_400 + 3_723), "20000229T010203Z", "Tue, 29 Feb 2000 01:02:03 +0000"),
    ])
    func timestampsAreUTC(seconds: Int64, iCalendar: String, rfc5322: String) {
        #expect(UTCTimestamp(seconds: seconds).iCalendar == iCalendar)
        #expect(UTCTimestamp(seconds: seconds).rfc5322 == rfc5322)
    }

    @Test func cohortWithoutTrainingDayHasNoCalendar() {
        let (program, _) = Fixtures.tiny()
        let cohort = Cohort(id: "later", name: "Later", trainedOn: nil)
        #expect(CalendarWriter.calendar(program: program, cohort: cohort, buildTime: Fixtures.buildTime) == nil)
    }

    @Test func pythonICalendarReadsBackEveryValue() throws {
        let (program, cohort) = Fixtures.awkward()
        let ics = try #require(CalendarWriter.calendar(program: program, cohort: cohort, buildTime: Fixtures.buildTime))
        let parsed = try PythonCheck.run(PythonScripts.icalendar, input: Array(ics.utf8), as: ParsedCalendar.self)
        #expect(parsed.errors == [])
        #expect(parsed.prodid == "-//Uptake//Uptake//EN" && parsed.version == "2.0" && parsed.method == "PUBLISH")
        // icalendar unfolds X- properties but does not unescape them (their default type is TEXT).
        #expect(parsed.name == ContentLine.text(Fixtures.awkwardTitle + ": Frühling, 2026"))
        #expect(parsed.events.map(\.start) == ["2026-02-28", "2026-03-06", "2026-03-29", "2026-05-28"])
        #expect(parsed.events.map(\.end) == ["2026-03-01", "2026-03-07", "2026-03-30", "2026-05-29"])
        #expect(parsed.events.allSatisfy { $0.stamp == "2026-11-25T16:00:00+00:00" })
        #expect(
            parsed.events.allSatisfy {
                $0.names == ["DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "SUMMARY", "TRANSP", "UID"]
            })
        #expect(
            parsed.events.map(\.uid)
                == CalendarWriter.events(program: program, cohort: cohort).map {
                    $0.uid(programID: program.id, cohortID: cohort.id)
                })
        #expect(parsed.events[0].summary == "First step: " + Fixtures.awkwardStep)
        #expect(
            parsed.events[0].description == """
                Your first steps after \(Fixtures.awkwardTitle):
                - Zuhören: \(Fixtures.awkwardStep)
                - Fragen: Line one
                Line two
                """)
        #expect(parsed.events[1].summary == Fixtures.awkwardTitle + ": day 7 practice check-in")
        let questions = CalendarWriter.touchpointQuestions.map { "- " + $0 }
        #expect(parsed.events[1].description.split(separator: "\n").dropFirst().map(String.init) == questions)
    }
}
