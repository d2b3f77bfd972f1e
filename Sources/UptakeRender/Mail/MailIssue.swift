/// Why a manager email cannot be written. PRODUCT.md §3: every header Uptake writes rejects
/// CR/LF from data; the build turns these into diagnostics.
package enum MailIssue: Error, Sendable, Hashable {
    /// A header value (`From`, `To`, `Subject`, `Message-ID`) holds a CR or LF, which would
    /// let data add headers of its own.
    case headerInjection(field: String)
    /// The address of `field` is missing or is not a plain ASCII `local@domain`.
    case invalidAddress(field: String)
    /// The Message-ID is not a plain ASCII `left@right`.
    case invalidMessageID

    /// Lowercase, no final period, as diagnostics print it.
    package var message: String {
        switch self {
        case .headerInjection(let field):
            return "the \(field) header contains a line break; remove it from the data"
        case .invalidAddress(let field):
            return "the \(field) address is missing or not a plain email address like name@example.com"
        case .invalidMessageID:
            return "the Message-ID is not of the form left@right"
        }
    }
}
