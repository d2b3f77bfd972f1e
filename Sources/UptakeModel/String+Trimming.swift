extension String {
    /// Trimmed of surrounding whitespace and newlines.
    package var trimmedForDisplay: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// A participant or manager key as PRODUCT.md §2 compares them: trimmed and lower-cased.
    package var participantKey: String { trimmedForDisplay.lowercased() }
}
