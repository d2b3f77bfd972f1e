import UptakeModel

@testable import UptakeRender

/// Messages for MailTests, and what the email checker prints.
enum MailFixtures {
    /// A text body with long lines, a lone `.`, a `From ` line, `=`, a tab, a trailing space
    /// and non-ASCII.
    static let text = """
        Hi José,

        Your team finished "Feedback that lands" — here is what to ask. \(String(repeating: "No breaks. ", count: 12))
        .
        From the trainers: a=b, 100% ✓, tab\tand trailing space\u{20}
        Ünïcödé 🎯 and 日本語のテキスト
        """

    /// One long line of HTML, as the inliner writes it.
    static let html =
        "<!doctype html><html><body style=\"font-family: sans-serif; margin: 0\"><h1>Feedback — José's team</h1>"
        + String(repeating: "<p style=\"color:#333\">Frage: Wie läuft's? 🎯</p>", count: 8) + "</body></html>\n"

    /// Non-ASCII words between plain ones, a comma, long enough to fold.
    static let managerName = "José María Pérez-Núñez, Directora de Formación y Desarrollo Europa"

    /// Non-ASCII and long enough for several encoded-words.
    static let subject = "Feedback that lands: your team brief — Ünïcödé 🎯 with a subject long enough to fold"

    /// The brief of the fixture manager.
    static func message(subject: String = subject) -> MailMessage {
        var config = SiteConfig()
        config.emailFrom = "Learning Team <learning@northwind.example>"
        return MailWriter.message(
            config: config, programID: "feedback", managerKey: "jose.perez", managerName: managerName,
            managerEmail: "jose.perez@northwind.example", subject: subject, text: Array(text.utf8), html: Array(html.utf8),
            buildTime: CalendarFixtures.buildTime)
    }

    /// The physical lines of CRLF-ended text.
    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n", omittingEmptySubsequences: false)
    }
}

/// What `PythonScripts.email` prints.
struct ParsedMail: Decodable {
    /// One body part, decoded.
    struct Part: Decodable {
        var type, charset, encoding, body: String
    }
    var fromName, fromAddress, toName, toAddress, subject, date, messageID, mimeVersion, type: String
    var parts: [Part]
    var defects: [String]
}

/// A line break smuggled into one header value.
enum Injection: CaseIterable, Sendable {
    case subject, toName, toEmail, from, messageID

    /// The header it lands in.
    var field: String {
        switch self {
        case .subject: "Subject"
        case .toName, .toEmail: "To"
        case .from: "From"
        case .messageID: "Message-ID"
        }
    }

    /// Puts the line break in.
    func apply(to mail: inout MailMessage) {
        switch self {
        case .subject: mail.subject = "Brief\r\nBcc: everyone@example.com"
        case .toName: mail.to.name = "José\nBcc: x@y.z"
        case .toEmail: mail.to.email = "jose@x.example\rBcc: x@y.z"
        case .from: mail.from = MailAddress(parsing: "Learning <l@x.example>\nBcc: x@y.z")
        case .messageID: mail.messageID = "a@b\r\nX-Evil: 1"
        }
    }
}
