import ArgumentParser
import Foundation

/// `uptake`: the root command.
package struct UptakeCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "uptake",
        abstract:
            "Turn training programs and follow-up survey exports into adoption reports, microsites and manager briefs.",
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, CheckCommand.self, MetricsCommand.self, InitCommand.self, ServeCommand.self,
        ]
    )

    package init() {}
}

/// Runs the CLI with `arguments` (without the program name) and returns the exit status:
/// 0 ok, 1 input errors, 2 usage (PRODUCT.md §4; argument-parser's own 64 is replaced).
package func runUptake(_ arguments: [String], console: Console = .standard) -> Int32 {
    do {
        var command = try UptakeCommand.parseAsRoot(arguments)
        if var runnable = command as? any ConsoleCommand {
            return runnable.run(console: console)
        }
        try command.run()
        return 0
    } catch {
        let code = UptakeCommand.exitCode(for: error)
        let message = UptakeCommand.fullMessage(for: error)
        if code == .success {
            console.out(message + (message.hasSuffix("\n") ? "" : "\n"))
            return 0
        }
        console.err(message + (message.hasSuffix("\n") ? "" : "\n"))
        return 2
    }
}

/// A subcommand that runs against a console and returns its exit status.
protocol ConsoleCommand: ParsableCommand {
    mutating func run(console: Console) -> Int32
}

extension ConsoleCommand {
    mutating func run() throws {
        let status = run(console: .standard)
        if status != 0 { throw ExitCode(status) }
    }
}

/// Options every site command shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder (default: the current folder).")
    var site: String = "."

    @Option(name: .long, help: "How to print problems: text, json or github (GitHub Actions annotations).")
    var diagnostics: DiagnosticFormat = .text
}
