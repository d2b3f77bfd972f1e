import ArgumentParser
import Foundation
import UptakeBuild

/// `uptake serve [--site DIR] [--port N] [--output DIR]`: a live preview on 127.0.0.1.
struct ServeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve on 127.0.0.1 and rebuild on every change, reloading open pages.",
        discussion: """
            The site is at /, the private manager one-pagers under /_private/managers/. Pages reload \
            by themselves after each build; when a build fails they show its diagnostics. The built \
            files never contain the reload script. Stop with Ctrl-C.
            """)

    @OptionGroup var options: SiteOptions

    @Option(name: .long, help: "The port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The output folder (default: <site>/output).", completion: .directory)
    var output: String?

    mutating func run(console: Console) -> Int32 {
        let printer = DiagnosticPrinter(format: options.diagnostics, color: console.color)
        let server = PreviewServer(
            site: options.site, output: output, port: port, environment: console.environment,
            log: { event in ServeCommand.report(event, printer: printer, console: console) })
        let interrupt = Interrupt()
        let outcome = ResultBox()
        let site = options.site
        Task {
            do {
                try await server.start()
            } catch {
                outcome.finish((error as? PreviewServer.Failure)?.message ?? "\(error)")
                return
            }
            console.err(
                "serving \(site) at \(server.url) (one-pagers at \(server.url.dropLast())\(PreviewRouter.privatePrefix)); watching uptake.yml, content/ and templates/; Ctrl-C stops\n"
            )
            console.out(server.url + "\n")
            await interrupt.wait()
            await server.stop()
            outcome.finish(nil)
        }
        outcome.wait()
        guard let message = outcome.message else { return 0 }
        console.err("error: \(message)\n")
        return 1
    }

    static func report(_ event: PreviewServer.BuildEvent, printer: DiagnosticPrinter, console: Console) {
        switch event {
        case .built(let report):
            if !report.diagnostics.all.isEmpty { console.err(printer.render(report.diagnostics.sorted)) }
            let seconds = report.seconds
            let pages = report.files.count { $0.path.hasSuffix(".html") }
            console.err(
                "built \(report.programCount) program(s), \(pages) pages in \(String(format: "%.2f", seconds)) s (\(report.diagnostics.warningCount) warning(s))\n"
            )
        case .failed(let report):
            console.err(printer.render(report.diagnostics.sorted))
            console.err(
                "build failed: \(report.diagnostics.errorCount) error(s), \(report.diagnostics.warningCount) warning(s); the pages show them until the next build\n"
            )
        }
    }
}

/// Waits for Ctrl-C or SIGTERM, so the server stops after the build in progress.
final class Interrupt: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    private let lock = NSLock()
    private var fired = false

    init() {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            return DispatchSource.makeSignalSource(signal: number, queue: .global())
        }
        for source in sources {
            source.setEventHandler { [weak self] in
                guard let self else { return }
                self.lock.withLock { self.fired = true }
            }
            source.resume()
        }
    }

    /// Returns after the first signal.
    func wait() async {
        while !lock.withLock({ fired }) { try? await Task.sleep(nanoseconds: 50_000_000) }
    }
}

/// The end of a command that runs in a task: nil when it ended well, else an error message.
final class ResultBox: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var text: String?

    func finish(_ message: String?) {
        lock.withLock { text = message }
        done.signal()
    }

    func wait() { done.wait() }
    var message: String? { lock.withLock { text } }
}
