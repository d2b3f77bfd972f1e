import FlyingFox
import Foundation
import UptakeBuild
import UptakeModel

/// `uptake serve`: builds the site into its output folder, serves the result on 127.0.0.1
/// (never another interface), and rebuilds whenever an input changes. Open pages reload
/// themselves through a script added to served HTML only.
package final class PreviewServer: @unchecked Sendable {
    /// Why the server could not start.
    package struct Failure: Error, Sendable {
        /// Lowercase, no final period.
        package var message: String
    }

    /// The site folder.
    package let site: String
    /// The output folder the builds write (`<site>/output` by default).
    package let output: String
    /// The address the server listens on: loopback only.
    package static let host = "127.0.0.1"

    let environment: [String: String]
    let requestedPort: UInt16
    let pollInterval: TimeInterval
    let log: @Sendable (BuildEvent) -> Void
    let state = PreviewState()
    private let lock = NSLock()
    private var server: HTTPServer?
    private var watcher: Thread?
    private var stopping = false
    private var boundPort: UInt16 = 0

    /// What happened in a build, for the console.
    package enum BuildEvent: Sendable {
        /// A build succeeded: its report.
        case built(BuildReport)
        /// A build failed: its report.
        case failed(BuildReport)
    }

    /// A server for `site`; port 0 picks a free port. `log` hears about every build.
    package init(
        site: String, output: String? = nil, port: UInt16 = 8000, environment: [String: String],
        pollInterval: TimeInterval = 0.2, log: @escaping @Sendable (BuildEvent) -> Void = { _ in }
    ) {
        self.site = site
        self.output = output ?? (site as NSString).appendingPathComponent("output")
        self.requestedPort = port
        self.environment = environment
        self.pollInterval = pollInterval
        self.log = log
    }

    /// The port listened on (after `start`).
    package var port: UInt16 { lock.withLock { boundPort } }

    /// The address of the site.
    package var url: String { "http://\(Self.host):\(port)/" }

    /// Starts listening, builds once, then watches; returns once the first build is served.
    /// When the port is taken nothing is built, so the output folder is left alone.
    package func start() async throws(Failure) {
        let server = try await listen()
        let watcher = SiteWatcher(site: site, ignoring: watchedOutput)
        let initial = watcher.fingerprint()
        rebuild()
        let thread = Thread { [self] in
            var last = initial
            while !isStopping {
                Thread.sleep(forTimeInterval: pollInterval)
                let now = watcher.fingerprint()
                if now != last, !isStopping {
                    last = now
                    rebuild()
                }
            }
        }
        thread.name = "uptake-serve-watcher"
        lock.withLock {
            self.server = server
            self.watcher = thread
        }
        thread.start()
    }

    /// An HTTP server on 127.0.0.1 answering from the snapshot, once it listens.
    func listen() async throws(Failure) -> HTTPServer {
        let address: sockaddr_in
        do {
            address = try .inet(ip4: Self.host, port: requestedPort)
        } catch {
            throw Failure(message: "cannot make the address \(Self.host):\(requestedPort): \(error)")
        }
        let state = self.state
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled)
        await server.appendRoute("GET,HEAD *") { request in
            // The raw target: `request.path` is standardized, which drops the trailing slash of folders.
            let response =
                PreviewRouter.acceptsHost(request.headers[.host])
                ? PreviewRouter.respond(to: request.target.path(), snapshot: state.snapshot)
                : PreviewPage.plain(403, "uptake serve answers only requests for 127.0.0.1 or localhost")
            var headers = HTTPHeaders()
            for (name, value) in response.headers { headers[HTTPHeader(name)] = value }
            let status = HTTPStatusCode(response.status, phrase: Self.phrase(response.status))
            return HTTPResponse(statusCode: status, headers: headers, body: Data(response.body))
        }
        let failure = ProblemBox()
        Task {
            do { try await server.run() } catch { failure.set("\(error.localizedDescription)") }
        }
        let deadline = Date().addingTimeInterval(10)
        while !(await server.isListening) {
            if let message = failure.value {
                throw Failure(
                    message: "cannot listen on \(Self.host):\(requestedPort): \(message) (another server? try --port 0)"
                )
            }
            if Date() > deadline { throw Failure(message: "cannot listen on \(Self.host):\(requestedPort): timed out") }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        var bound = requestedPort
        if case .ip4(_, let port)? = await server.listeningAddress { bound = port }
        lock.withLock { boundPort = bound }
        return server
    }

    /// Stops watching (after the build in progress) and serving.
    package func stop() async {
        let (server, thread) = lock.withLock { () -> (HTTPServer?, Thread?) in
            stopping = true
            return (self.server, self.watcher)
        }
        while let thread, !thread.isFinished { try? await Task.sleep(nanoseconds: 10_000_000) }
        await server?.stop(timeout: 1)
    }

    var isStopping: Bool { lock.withLock { stopping } }

    /// Builds into the output folder and publishes the result (or the failure) to the server.
    func rebuild() {
        let report = Builder(site: site, output: output, environment: environment).build(write: true)
        if report.succeeded, report.wrote {
            var files: [String: [UInt8]] = [:]
            for file in report.files { files[file.path] = file.bytes }
            state.succeeded(with: files)
            log(.built(report))
        } else {
            state.failed(with: report.diagnostics.sorted)
            log(.failed(report))
        }
    }

    /// The output folder when it lies inside a watched input (its writes must not trigger builds).
    var watchedOutput: [String] {
        let out = (output as NSString).standardizingPath
        let inputs = ["content", "templates"].map {
            ((site as NSString).appendingPathComponent($0) as NSString).standardizingPath
        }
        return inputs.contains { out == $0 || out.hasPrefix($0 + "/") } ? [output] : []
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        default: return "Internal Server Error"
        }
    }
}

/// A message set once from another task.
final class ProblemBox: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?

    func set(_ text: String) { lock.withLock { message = text } }
    var value: String? { lock.withLock { message } }
}
