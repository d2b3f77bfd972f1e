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
    /// The `text/plain` part, UTF-8.
    package var textBytes: [UInt8]
    /// The `text/html` part, UTF-8: a complete document with its CSS inlined.
    package var htmlBytes: [UInt8]

    /// A message; the bodies are UTF-8, as the templates render them.
    package init(
        from: MailAddress, to: MailAddress, subject: String, date: Int64, messageID: String, textBytes: [UInt8],
        htmlBytes: [UInt8]
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.textBytes = textBytes
        self.htmlBytes = htmlBytes
    }

    /// The multipart boundary: derived from the Message-ID, so stable across builds, and
    /// starting `=_`, which quoted-printable never writes, so no body line can match it.
    package var boundary: String { "=_uptake_" + StableHash(["boundary", messageID]).hex }

    /// The whole message, headers and body, with CRLF line ends. Throws when a header value
    /// holds a line break or an address or the Message-ID is not plain.
    package func rendered() throws(MailIssue) -> String {
        String(decoding: try renderedBytes(), as: UTF8.self)
    }

    /// `rendered()` as UTF-8 bytes, which is how the build writes it.
    package func renderedBytes() throws(MailIssue) -> [UInt8] {
        try MailHeader.rejectLineBreaks(subject, field: "Subject")
        try MailHeader.rejectLineBreaks(messageID, field: "Message-ID")
        guard MailAddress.isPlainAddress(messageID) else { throw .invalidMessageID }
        let boundary = boundary
        var head = MailHeader.field("From", try from.headerTokens(field: "From"))
        head += MailHeader.field("To", try to.headerTokens(field: "To"))
        head += MailHeader.field("Subject", MailHeader.unstructuredTokens(subject))
        head += MailHeader.field("Date", [UTCTimestamp(seconds: date).rfc5322])
        head += MailHeader.field("Message-ID", ["<\(messageID)>"])
        head += MailHeader.field("MIME-Version", ["1.0"])
        head += MailHeader.field("Content-Type", ["multipart/alternative;", "boundary=\"\(boundary)\""])
        head += "\r\nThis is a multi-part message in MIME format.\r\n"
        // The bodies are encoded straight into one buffer rather than joined as strings.
        var out = Array(head.utf8)
        out.reserveCapacity(out.count + (textBytes.count + htmlBytes.count) * 9 / 8 + 512)
        part(Self.plainTextHead, body: textBytes, boundary: boundary, into: &out)
        part(Self.htmlHead, body: htmlBytes, boundary: boundary, into: &out)
        out += "\r\n--\(boundary)--\r\n".utf8
        return out
    }

    /// One body part after its delimiter line; the CRLF before the next delimiter belongs
    /// to that delimiter (RFC 2046 §5.1.1), so the body keeps its own final line break or lack of one.
    private func part(_ head: [UInt8], body: [UInt8], boundary: String, into out: inout [UInt8]) {
        out += "\r\n--\(boundary)\r\n".utf8
        out += head
        body.withUnsafeBufferPointer { QuotedPrintable.encode($0, into: &out) }
    }

    /// A part's header fields and the blank line after them, the same for every message.
    static func partHead(contentType: String) -> [UInt8] {
        Array(
            (MailHeader.field("Content-Type", contentType.split(separator: " ").map(String.init))
                + MailHeader.field("Content-Transfer-Encoding", ["quoted-printable"]) + "\r\n").utf8)
    }

    static let plainTextHead = partHead(contentType: "text/plain; charset=UTF-8")
    static let htmlHead = partHead(contentType: "text/html; charset=UTF-8")
}
