/// `uptake.yml`. PRODUCT.md §1 "Site config".
package struct SiteConfig: Sendable, Hashable {
    /// Site title.
    package var title: String = "Uptake"
    /// Organization name shown in headers and emails.
    package var organization: String = ""
    /// Absolute URL the site is published at; may be empty.
    package var baseURL: String = ""
    /// Rates with a smaller denominator are suppressed (at least 3).
    package var minGroupSize: Int = 5
    /// Free text is shown only for groups at least this large.
    package var minGroupSizeText: Int = 10
    /// Locale for dates, e.g. `en-US`.
    package var locale: String = "en-US"
    /// `From:` of manager emails.
    package var emailFrom: String = ""
    /// Mustache template of the email subject.
    package var emailSubject: String = "{{program.title}}: your team brief"
    /// Keep raw HTML in Markdown.
    package var unsafeHTML: Bool = false
    /// Paper of the one-pagers.
    package var paper: Paper = .a4

    /// The defaults of PRODUCT.md.
    package init() {}
}
