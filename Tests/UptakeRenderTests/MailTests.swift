import Testing
import UptakeModel

@testable import UptakeRender

private typealias Fixtures = MailFixtures

@Suite("Mail writer")
struct MailTests {
    @Test func onlyPlainAddressesArePlain() {
        for address in ["a@b", "ana.lopez+uptake@acme.example", "x!#$%&'*/=?^_`{|}~@y-z.example"] {
            #expect(MailAddress.isPlainAddress(address), "\(address)")
        }
        for address in [
            "", "@", "a@", "@b", "a@b@c", "ab", "a b@c", "a@b\t", "a\u{7F}@b", "é@b", "a@bé", "<a@b>", "a(b)@c",
            "a@[b]",
            "a\\b@c", "a,b@c", "a;b@c", "a:b@c", "\"a\"@b",
        ] {
            #expect(!MailAddress.isPlainAddress(address), "\(address.debugDescription)")
        }
    }

    @Test func pythonEmailReadsBackHeadersAndBodies() throws {
        let mail = Fixtures.message()
        let eml = try mail.rendered()
        let parsed = try PythonCheck.run(PythonScripts.email, input: Array(eml.utf8), as: ParsedMail.self)
        #expect(parsed.defects == [])
        #expect(parsed.fromName == "Learning Team" && parsed.fromAddress == "learning@northwind.example")
        #expect(parsed.toName == Fixtures.managerName && parsed.toAddress == "jose.perez@northwind.example")
        #expect(parsed.subject == Fixtures.subject)
        #expect(parsed.date == "2026-11-25T16:00:00+00:00")
        #expect(parsed.messageID == "<\(mail.messageID)>" && parsed.mimeVersion == "1.0")
        #expect(parsed.type == "multipart/alternative")
        #expect(parsed.parts.map(\.type) == ["text/plain", "text/html"])
        #expect(parsed.parts.allSatisfy { $0.charset == "utf-8" && $0.encoding == "quoted-printable" })
        #expect(parsed.parts.map(\.body) == [Fixtures.text, Fixtures.html])
    }

    @Test func plainHeadersStayReadable() throws {
        let eml = try Fixtures.message(subject: "Feedback that lands: your team brief").rendered()
        let headers = Fixtures.lines(eml).prefix { !$0.isEmpty }
        #expect(headers.first == "From: Learning Team <learning@northwind.example>")
        #expect(headers.contains("Subject: Feedback that lands: your team brief"))
        #expect(headers.contains("Date: Wed, 25 Nov 2026 16:00:00 +0000"))
        #expect(headers.contains("MIME-Version: 1.0"))
        let to = headers.drop { !$0.hasPrefix("To: ") }.prefix { $0.hasPrefix("To: ") || $0.hasPrefix(" ") }
        #expect(to.count > 1 && to.last!.hasSuffix(" <jose.perez@northwind.example>"))
    }

    @Test(arguments: [
        ("Learning Team", ["Learning", "Team"]), ("Northwind, Learning", [#""Northwind, Learning""#]),
        (#"Say "hi" \ bye"#, [#""Say \"hi\" \\ bye""#]), ("Ana Pérez", ["Ana", "=?UTF-8?B?UMOpcmV6?="]),
        ("José María Ruiz", ["=?UTF-8?B?Sm9zw6kgTWFyw61h?=", "Ruiz"]), ("=?x?=", ["=?UTF-8?B?PT94Pz0=?="]),
    ])
    func displayNamesAreAtomsQuotedOrEncoded(name: String, tokens: [String]) {
        #expect(MailHeader.phraseTokens(name) == tokens)
    }

    @Test(arguments: [
        ("", []), ("Your team brief", ["Your", "team", "brief"]), ("Two  spaces", ["=?UTF-8?B?VHdvICBzcGFjZXM=?="]),
        ("Team — brief", ["=?UTF-8?B?VGVhbSDigJQgYnJpZWY=?="]),
        ("=?UTF-8?B?QQ==?=", ["=?UTF-8?B?PT9VVEYtOD9CP1FRPT0/PQ==?="]),
    ])
    func subjectsArePlainOrEncoded(subject: String, tokens: [String]) {
        #expect(MailHeader.unstructuredTokens(subject) == tokens)
    }

    @Test func linesAreCRLFAndWithinLimits() throws {
        let bytes = Array(try Fixtures.message().rendered().utf8)
        #expect(bytes.allSatisfy { $0 < 128 })
        for (index, byte) in bytes.enumerated() where byte == 10 || byte == 13 {
            #expect(byte == 13 ? bytes[index + 1] == 10 : bytes[index - 1] == 13)
        }
        let lines = Fixtures.lines(String(decoding: bytes, as: UTF8.self))
        let blank = try #require(lines.firstIndex(of: ""))
        #expect(lines[..<blank].allSatisfy { $0.count <= 78 })
        #expect(lines[blank...].allSatisfy { $0.count <= 76 })
        #expect(!lines.contains(".") && !lines.contains { $0.hasPrefix("From ") })
    }

    @Test func outputIsDeterministicAndImpersonal() throws {
        let first = try Fixtures.message().rendered()
        #expect(first == (try Fixtures.message().rendered()))
        let id = Fixtures.message().messageID
        let time = CalendarFixtures.buildTime
        #expect(id == MailWriter.messageID(programID: "feedback", managerKey: "jose.perez", buildTime: time))
        #expect(id.hasSuffix("@uptake.invalid") && id.count == 16 + "@uptake.invalid".count)
        #expect(!id.contains("jose") && !id.contains("perez"))
        #expect(id != MailWriter.messageID(programID: "feedback", managerKey: "bo", buildTime: time))
        #expect(id != MailWriter.messageID(programID: "feedback", managerKey: "jose.perez", buildTime: time + 1))
        #expect(first.components(separatedBy: "--" + Fixtures.message().boundary).count == 4)
    }

    @Test(arguments: Injection.allCases)
    func lineBreaksInHeadersAreRejected(injection: Injection) {
        var mail = Fixtures.message()
        injection.apply(to: &mail)
        #expect(throws: MailIssue.headerInjection(field: injection.field)) { try mail.rendered() }
    }

    @Test(arguments: ["", "ana", "ana@", "a b@x.example", "<ana@x.example>", "a@x.example, b@y.example", "ä@x.example"])
    func addressesMustBePlain(email: String) {
        var mail = Fixtures.message()
        mail.to.email = email
        #expect(throws: MailIssue.invalidAddress(field: "To")) { try mail.rendered() }
    }

    @Test(arguments: [
        ("a=b", "a=3Db"), ("end ", "end=20"), ("tab\t", "tab=09"), ("é", "=C3=A9"), (".", "=2E"),
        ("From here", "=46rom here"), ("a\nb\r\nc\rd\n", "a\r\nb\r\nc\r\nd\r\n"), ("x \ny", "x=20\r\ny"),
    ])
    func quotedPrintableEncodes(text: String, encoded: String) {
        #expect(QuotedPrintable.encode(text) == encoded)
    }

    @Test func quotedPrintableSoftBreaksAt76WithoutSplittingEscapes() {
        let lines = Fixtures.lines(QuotedPrintable.encode(String(repeating: "aé=", count: 60) + " "))
        #expect(lines.count > 1 && lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") && !$0.dropLast().hasSuffix("=") })
        #expect(lines.dropLast().allSatisfy { !$0.dropLast().suffix(2).contains("=") })
        #expect(lines.last!.hasSuffix("=20"))
    }
}

/// `MailHeader.isPlainWords` in one pass over the bytes against the split-based rule.
@Suite struct PlainWordsTests {
    static func reference(_ text: String, allowed: (UInt8) -> Bool) -> Bool {
        guard !text.isEmpty, !text.contains("=?") else { return false }
        let parts = text.utf8.split(separator: 32, omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= MailHeader.maxLineLength - 2 && part.allSatisfy(allowed)
        }
    }

    @Test func onePassMatchesTheSplitRule() {
        let printable: (UInt8) -> Bool = { (0x21...0x7E).contains($0) }
        let letters: (UInt8) -> Bool = { (0x61...0x7A).contains($0) }
        var texts = [
            "", " ", "a", "a b", " a", "a ", "a  b", "=?", "a=?b", "a= ?b", "a=\u{3F}", "=", "?=", "é", "a\tb",
            String(repeating: "x", count: 76), String(repeating: "x", count: 77),
            "y " + String(repeating: "x", count: 76),
        ]
        var state: UInt64 = 7
        let alphabet = ["a", "b", " ", "=", "?", "Z", "!", "é", "  "]
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int((state >> 33) % 12)
            texts.append(
                (0..<count).map { index in alphabet[Int((state >> UInt64(index * 3 % 60)) % UInt64(alphabet.count))] }
                    .joined())
        }
        for text in texts {
            #expect(
                MailHeader.isPlainWords(text, allowed: printable) == Self.reference(text, allowed: printable),
                "\(text.debugDescription)")
            #expect(
                MailHeader.isPlainWords(text, allowed: letters) == Self.reference(text, allowed: letters),
                "\(text.debugDescription)")
        }
    }
}
