extension String {
    /// Trimmed of surrounding whitespace and newlines.
    package var trimmedForDisplay: String {
        // ASCII ends are trimmed on bytes (see `ASCIIText`); only text with non-ASCII next
        // to a trimmed end goes through Characters.
        let fast: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            guard let range = ASCIIText.trimmedBounds(bytes) else { return nil }
            return range.count == bytes.count ? self : ASCIIText.string(bytes, range)
        }
        if let fast = fast ?? nil { return fast }
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// A participant or manager key as PRODUCT.md §2 compares them: trimmed and lower-cased.
    package var participantKey: String { trimmedForDisplay.lowercased() }
}
