import UptakeModel

/// Builds the email of a manager brief from site values: From `email.from`, To the manager,
/// the build clock as Date, a Message-ID that is the same every build. Pure.
package enum MailWriter {
    /// The brief of one manager for one program. `managerKey` only feeds the Message-ID hash;
    /// `html` is complete (CSS inlined) and only encoded here.
    package static func message(
        config: SiteConfig, programID: String, managerKey: String, managerName: String,
        managerEmail: String, subject: String, text: [UInt8], html: [UInt8], buildTime: Int64
    ) -> MailMessage {
        MailMessage(
            from: MailAddress(parsing: config.emailFrom),
            to: MailAddress(name: managerName, email: managerEmail),
            subject: subject, date: buildTime,
            messageID: messageID(programID: programID, managerKey: managerKey, buildTime: buildTime),
            textBytes: text, htmlBytes: html)
    }

    /// `<16 hex digits>@uptake.invalid`: FNV-1a 64 of program, manager and build time, so
    /// it is stable for a build, differs between managers and builds, and shows no name or
    /// address. (`.invalid` is reserved, RFC 2606: the id claims no real domain.)
    package static func messageID(programID: String, managerKey: String, buildTime: Int64) -> String {
        StableHash(["uptake.brief", programID, managerKey, String(buildTime)]).hex + "@uptake.invalid"
    }

    /// The `.eml` of the brief, from bodies rendered as UTF-8 bytes; throws on a line break in
    /// a header value or an address that is not plain.
    package static func eml(
        config: SiteConfig, programID: String, managerKey: String, managerName: String,
        managerEmail: String, subject: String, text: [UInt8], html: [UInt8], buildTime: Int64
    ) throws(MailIssue) -> [UInt8] {
        try message(
            config: config, programID: programID, managerKey: managerKey, managerName: managerName,
            managerEmail: managerEmail, subject: subject, text: text, html: html, buildTime: buildTime
        ).renderedBytes()
    }
}
