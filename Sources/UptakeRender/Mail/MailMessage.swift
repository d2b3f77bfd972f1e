/// A manager email (RFC 5322, MIME RFC 2045–2047): `multipart/alternative` with a plain-text
/// and an HTML part, both UTF-8 quoted-printable, CRLF line ends. PRODUCT.md §3
/// `<program>/<manager>.eml`, which `sendmail -t < file.eml` sends as it is.
package struct MailMessage: Sendable, Hashable {
    /// `From:`.
    package var from: MailAddress
    /// `To:`.
    package var to: MailAddress
    /// `Subject:`, any Unicode without line breaks.
    package var subject: String
    /// `Date:`, seconds since the epoch (the build clock), written in UTC.
    package var date: Int64
    /// `Message-ID:` without angle brackets, `left@right` in plain ASCII.
    package var messageID: String
    /// The `text/plain` part.
    package var text: String
    /// The `text/html` part, a complete document with its CSS inlined.
    package var html: String

    /// A message.
    package init(
        from: MailAddress, to: MailAddress, subject: String, date: Int64, messageID: String, text: String,
        html: String
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.text = text
        self.html = html
    }

    /// The multipart boundary: derived from the Message-ID, so stable across builds, and
    /// starting `=_`, which quoted-printable never writes, so no body line can match it.
    package var boundary: String { "=_uptake_" + StableHash(["boundary", messageID]).hex }

    /// The whole message, headers and body, with CRLF line ends. Throws when a header value
    /// holds a line break or an address or the Message-ID is not plain.
    package func rendered() throws(MailIssue) -> String {
        try MailHeader.rejectLineBreaks(subject, field: "Subject")
        try MailHeader.rejectLineBreaks(messageID, field: "Message-ID")
        guard MailAddress.isPlainAddress(messageID) else { throw .invalidMessageID }
        var out = MailHeader.field("From", try from.headerTokens(field: "From"))
        out += MailHeader.field("To", try to.headerTokens(field: "To"))
        out += MailHeader.field("Subject", MailHeader.unstructuredTokens(subject))
        out += MailHeader.field("Date", [UTCTimestamp(seconds: date).rfc5322])
        out += MailHeader.field("Message-ID", ["<\(messageID)>"])
        out += MailHeader.field("MIME-Version", ["1.0"])
        out += MailHeader.field("Content-Type", ["multipart/alternative;", "boundary=\"\(boundary)\""])
        out += "\r\nThis is a multi-part message in MIME format.\r\n"
        out += part(contentType: "text/plain; charset=UTF-8", body: text)
        out += part(contentType: "text/html; charset=UTF-8", body: html)
        out += "\r\n--\(boundary)--\r\n"
        return out
    }

    /// One body part after its delimiter line; the CRLF before the next delimiter belongs
    /// to that delimiter (RFC 2046 §5.1.1), so the body keeps its own final line break or lack of one.
    private func part(contentType: String, body: String) -> String {
        "\r\n--\(boundary)\r\n"
            + MailHeader.field("Content-Type", contentType.split(separator: " ").map(String.init))
            + MailHeader.field("Content-Transfer-Encoding", ["quoted-printable"])
            + "\r\n" + QuotedPrintable.encode(body)
    }
}
