import Foundation
import UptakeBuild

/// Where the CLI prints, and what kind of terminal it is: injectable so tests capture output.
package struct Console: Sendable {
    /// Writes to standard output.
    package var out: @Sendable (String) -> Void
    /// Writes to standard error.
    package var err: @Sendable (String) -> Void
    /// Standard error is a terminal and `CI` is not set: progress may be shown.
    package var interactive: Bool
    /// Colour allowed (`NO_COLOR` not set, a terminal).
    package var color: Bool
    /// The process environment.
    package var environment: [String: String]

    /// A console.
    package init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, interactive: Bool,
        color: Bool,
        environment: [String: String]
    ) {
        self.out = out
        self.err = err
        self.interactive = interactive
        self.color = color
        self.environment = environment
    }

    /// The process's own standard output and error.
    package static var standard: Console {
        let environment = ProcessInfo.processInfo.environment
        let tty = isatty(STDERR_FILENO) == 1
        let ci = environment["CI"].map { !$0.isEmpty && $0 != "0" && $0.lowercased() != "false" } ?? false
        return Console(
            out: { text in write(text, to: STDOUT_FILENO) },
            err: { text in write(text, to: STDERR_FILENO) },
            interactive: tty && !ci, color: tty && environment["NO_COLOR"].map(\.isEmpty) ?? true,
            environment: environment)
    }

    /// `UPTAKE_TIMINGS` is set (not empty, not `0`): `build` and `metrics` print their stage times.
    var wantsTimings: Bool { environment["UPTAKE_TIMINGS"].map { !$0.isEmpty && $0 != "0" } ?? false }

    /// Writes `text`'s UTF-8 to the file descriptor as it is, without a copy into `Data` (a
    /// large site's warnings run to megabytes on every build).
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { _ = OutputWriter.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
