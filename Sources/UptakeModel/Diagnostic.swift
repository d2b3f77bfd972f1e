/// A place in an input file: the path relative to the site folder, 1-based line and column.
package struct SourceLocation: Hashable, Sendable, Comparable {
    /// Path relative to the site folder, as diagnostics print it.
    package var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    package var line: Int
    /// 1-based column; 0 when unknown.
    package var column: Int

    /// Creates a location.
    package init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    package static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// One problem found in the input. PRODUCT.md §1 "Bad input".
package struct Diagnostic: Error, Hashable, Sendable {
    /// Errors fail the build; warnings are counted in `data_quality`.
    package enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// How serious the problem is.
    package var severity: Severity
    /// Where it is; nil for problems with no file (for example a missing site folder).
    package var location: SourceLocation?
    /// Lowercase, no final period.
    package var message: String
    /// The offending source line, when known, shown under the diagnostic with a caret.
    package var sourceLine: String?

    /// Creates a diagnostic.
    package init(_ severity: Severity, _ message: String, at location: SourceLocation?, sourceLine: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// Creates an error.
    package static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// Creates a warning.
    package static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `path:line:column: error: message`, the compiler form.
    package var formatted: String {
        var prefix = ""
        if let location {
            prefix = location.file
            if location.line > 0 {
                prefix += ":\(location.line)"
                if location.column > 0 { prefix += ":\(location.column)" }
            }
            prefix += ": "
        }
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Diagnostics collected over a whole run; stages append and go on.
package struct Diagnostics: Sendable {
    /// Everything reported, in the order reported.
    package private(set) var all: [Diagnostic] = []

    /// An empty collection.
    package init() {}

    /// A collection holding `diagnostics`.
    package init(_ diagnostics: [Diagnostic]) { all = diagnostics }

    /// Appends one diagnostic.
    package mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    /// Appends several.
    package mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }

    /// Reports an error.
    package mutating func error(_ message: String, at location: SourceLocation?) {
        all.append(.error(message, at: location))
    }

    /// Reports a warning.
    package mutating func warning(_ message: String, at location: SourceLocation?) {
        all.append(.warning(message, at: location))
    }

    /// Number of errors.
    package var errorCount: Int { all.count { $0.severity == .error } }
    /// Number of warnings.
    package var warningCount: Int { all.count { $0.severity == .warning } }
    /// True when the build must fail.
    package var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by file, line, column (diagnostics without a file first), stable otherwise.
    package var sorted: [Diagnostic] {
        // Positions are sorted, not the diagnostics: a large site replays tens of thousands of
        // warnings, and moving them (each with its strings) in the sort cost more than comparing.
        let all = all
        let order = all.indices.sorted { a, b in
            switch (all[a].location, all[b].location) {
            case (nil, nil): return a < b
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?):
                if x.file != y.file { return x.file < y.file }
                if x.line != y.line { return x.line < y.line }
                return x.column != y.column ? x.column < y.column : a < b
            }
        }
        return order.map { all[$0] }
    }
}

/// Diagnostics carried as an error, when a stage fails for several reasons at once.
package struct DiagnosticList: Error, Sendable {
    /// The problems.
    package var diagnostics: [Diagnostic]

    /// A list of problems.
    package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
