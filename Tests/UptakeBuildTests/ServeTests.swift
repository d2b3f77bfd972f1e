import Foundation
import Testing
import UptakeCLI
import UptakeModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `uptake serve`: the preview server, in-process on a free loopback port, fetched over a real
/// socket while the site is edited on disk.
@Suite struct ServeTests {
    // Generous for a loaded CI machine (the print tests run Chromium beside these); the latency
    // itself is measured and printed, not bounded here.
    static let timeout: TimeInterval = 20

    @Test func rebuildsOnSaveShowsFailuresAndRecovers() async throws {
        let site = try TestSupport.copyOfSite("basic")
        let output = TestSupport.temporaryFolder() + "/out"
        let server = PreviewServer(site: site, output: output, port: 0, environment: TestSupport.pinned)
        try await server.start()
        let port = server.port
        #expect(port != 0)
        #expect(server.url == "http://127.0.0.1:\(port)/")

        let home = try await HTTPGet.fetch(port: port, "/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("Fixture Academy"))
        #expect(home.body.contains("<script data-uptake-serve>"))

        // Edit the program's title: the served page follows within a second or so.
        let program = site + "/content/programs/listening.md"
        let original = try String(contentsOfFile: program, encoding: .utf8)
        try original.replacingOccurrences(of: "title: Listening Well", with: "title: Listening Better")
            .write(toFile: program, atomically: true, encoding: .utf8)
        let saved = Date()
        let edited = try await HTTPGet.poll(port: port, "/programs/listening/", timeout: Self.timeout) {
            $0.body.contains("Listening Better")
        }
        let latency = Date().timeIntervalSince(saved)
        print("uptake serve: save → new title served in \(Int(latency * 1000)) ms")
        #expect(edited.status == 200)
        #expect(latency < Self.timeout)

        // Break uptake.yml: every page shows the diagnostics instead of the old page.
        let config = site + "/uptake.yml"
        let goodConfig = try String(contentsOfFile: config, encoding: .utf8)
        try "title: <b>Broken</b>\nmin_group_size: 2\n".write(toFile: config, atomically: true, encoding: .utf8)
        let failed = try await HTTPGet.poll(port: port, "/programs/listening/", timeout: Self.timeout) {
            $0.status == 500
        }
        #expect(failed.body.contains("The build failed"))
        #expect(failed.body.contains("uptake.yml:2:17: error: min_group_size must be at least 3, got 2"))
        #expect(failed.body.contains("<script data-uptake-serve>"))
        #expect(!failed.body.contains("Listening Better"))
        let version = try await HTTPGet.fetch(port: port, "/_uptake/version")
        #expect(version.headers["content-type"] == "application/json")
        #expect(version.body.contains("\"ok\":false"))

        // Fix it: the pages come back.
        try goodConfig.write(toFile: config, atomically: true, encoding: .utf8)
        let recovered = try await HTTPGet.poll(port: port, "/", timeout: Self.timeout) { $0.status == 200 }
        #expect(recovered.body.contains("Fixture Academy"))
        await server.stop()

        // The built files never carry the reload script (or any script).
        let built = TestSupport.tree(output)
        #expect(built.keys.contains("site/programs/listening/index.html"))
        for (path, bytes) in built {
            #expect(!String(decoding: bytes, as: UTF8.self).lowercased().contains("<script"), "\(path) has a script")
        }
        #expect(
            String(decoding: built["site/programs/listening/index.html"] ?? Data(), as: UTF8.self).contains(
                "Listening Better"))
    }

    @Test func servesTypesPrivatePagesAndRejectsTraversal() async throws {
        let site = try TestSupport.copyOfSite("basic")
        let server = PreviewServer(
            site: site, output: TestSupport.temporaryFolder() + "/out", port: 0, environment: TestSupport.pinned)
        try await server.start()
        defer { Task { await server.stop() } }
        let port = server.port

        let types: [(String, String)] = [
            ("/assets/style.css", "text/css; charset=utf-8"), ("/metrics.json", "application/json"),
            ("/programs/listening/spring.ics", "text/calendar; charset=utf-8"),
            ("/programs/listening/report.html", "text/html; charset=utf-8"),
        ]
        for (path, type) in types {
            let response = try await HTTPGet.fetch(port: port, path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
        }
        let css = try await HTTPGet.fetch(port: port, "/assets/style.css")
        #expect(!css.body.contains("data-uptake-serve"))

        let onePager = try await HTTPGet.fetch(port: port, "/_private/managers/listening/m1.html")
        #expect(onePager.status == 200)
        #expect(onePager.headers["x-robots-tag"] == "noindex, nofollow")
        #expect(onePager.body.contains("Private preview"))
        let list = try await HTTPGet.fetch(port: port, "/_private/managers/")
        #expect(list.body.contains("href=\"/_private/managers/listening/m1.html\""))
        let site404 = try await HTTPGet.fetch(port: port, "/managers/listening/m1.html")
        #expect(site404.status == 404)

        let folder = try await HTTPGet.fetch(port: port, "/programs/listening")
        #expect(folder.status == 301)
        #expect(folder.headers["location"] == "/programs/listening/")
        for path in [
            "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/programs/..%2f..%2f..%2fetc/passwd",
            "/_private/managers/../../uptake.yml",
        ] {
            let response = try await HTTPGet.fetch(port: port, path)
            #expect(response.status == 403, "\(path)")
        }
        #expect(try await HTTPGet.fetch(port: port, "/nope.html").status == 404)
        // DNS rebinding: a page of another site resolving its name to 127.0.0.1 is refused.
        #expect(try await HTTPGet.fetch(port: port, "/_private/managers/", host: "evil.example:\(port)").status == 403)
        #expect(try await HTTPGet.fetch(port: port, "/", host: "localhost:\(port)").status == 200)
    }

    /// The router on its own: every rule without a socket.
    @Test(arguments: [
        ("/", "site/index.html"), ("/programs/x/", "site/programs/x/index.html"),
        ("/programs/x/report.html", "site/programs/x/report.html"),
        ("/_private/managers/x/m.html", "managers/x/m.html"),
    ])
    func routes(path: String, file: String) {
        let snapshot = PreviewSnapshot(version: 3, files: [file: Array("<html><body>\(file)</body></html>".utf8)])
        let response = PreviewRouter.respond(to: path, snapshot: snapshot)
        #expect(response.status == 200)
        #expect(response.text.contains(file))
        #expect(response.text.contains("var v=3;"))
    }

    @Test(arguments: [
        ("a.svg", "image/svg+xml"), ("a.png", "image/png"), ("a.pdf", "application/pdf"),
        ("a.json", "application/json"),
        ("a.ics", "text/calendar; charset=utf-8"), ("a.css", "text/css; charset=utf-8"),
        ("a.bin", "application/octet-stream"),
    ])
    func contentTypes(name: String, type: String) {
        let bytes: [UInt8] = [0x3C, 0x2F, 0x62, 0x6F, 0x64, 0x79, 0x3E, 0x00, 0xFF]
        let snapshot = PreviewSnapshot(version: 1, files: ["site/" + name: bytes])
        let response = PreviewRouter.respond(to: "/" + name, snapshot: snapshot)
        #expect(response.headers["Content-Type"] == type)
        #expect(response.body == bytes, "only HTML gets the reload script")
    }

    @Test func theFailurePageEscapesDiagnostics() {
        var snapshot = PreviewSnapshot(version: 2, files: ["site/index.html": Array("<body>STALE PAGE</body>".utf8)])
        snapshot.failure = [
            .error(
                "title '<script>alert(1)</script>' & \"more\"",
                at: SourceLocation(file: "uptake.yml", line: 1, column: 8))
        ]
        let page = PreviewRouter.respond(to: "/", snapshot: snapshot)
        #expect(page.status == 500)
        #expect(
            page.text.contains(
                "uptake.yml:1:8: error: title &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp; &quot;more&quot;"))
        #expect(!page.text.contains("<script>alert"))
        #expect(!page.text.contains("STALE PAGE"))
        // Assets still come from the last good build while the pages show the failure.
        snapshot.files["site/assets/style.css"] = Array("body{}".utf8)
        #expect(PreviewRouter.respond(to: "/assets/style.css", snapshot: snapshot).status == 200)
    }

    @Test(
        arguments: [
            ("127.0.0.1:8000", true), ("localhost:8000", true), ("LOCALHOST", true), ("[::1]:8000", true), (nil, true),
            ("evil.example:8000", false), ("127.0.0.1.evil.example", false), ("localhost.evil.example:8000", false),
            ("192.168.1.4:8000", false),
        ] as [(String?, Bool)])
    func onlyLoopbackHostNamesAreServed(host: String?, accepted: Bool) {
        #expect(PreviewRouter.acceptsHost(host) == accepted)
    }

    @Test func theVersionEndpointSaysWhetherTheLastBuildWorked() {
        var snapshot = PreviewSnapshot(version: 7, files: [:])
        #expect(
            PreviewRouter.respond(to: "/_uptake/version", snapshot: snapshot).text == "{\"version\":7,\"ok\":true}\n")
        snapshot.failure = []
        #expect(
            PreviewRouter.respond(to: "/_uptake/version", snapshot: snapshot).text == "{\"version\":7,\"ok\":false}\n")
    }

    /// A port in use fails at once, before anything is built into the output folder.
    @Test func aTakenPortIsAnErrorAndBuildsNothing() async throws {
        let site = try TestSupport.copyOfSite("basic")
        let first = PreviewServer(
            site: site, output: TestSupport.temporaryFolder() + "/a", port: 0, environment: TestSupport.pinned)
        try await first.start()
        let output = TestSupport.temporaryFolder() + "/b"
        let second = PreviewServer(site: site, output: output, port: first.port, environment: TestSupport.pinned)
        await #expect(throws: PreviewServer.Failure.self) { try await second.start() }
        #expect(!FileManager.default.fileExists(atPath: output))
        await first.stop()
    }
}

/// A minimal HTTP/1.1 client over a blocking socket, run off the concurrency pool.
enum HTTPGet {
    struct Response: Sendable {
        var status: Int
        /// Header names lower-cased.
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// GETs `path` from 127.0.0.1:`port`.
    static func fetch(port: UInt16, _ path: String, host: String? = nil) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try get(port: port, path, host: host ?? "127.0.0.1:\(port)") })
            }
        }
    }

    /// Fetches `path` every 20 ms until `done` holds, for at most `timeout` seconds.
    static func poll(port: UInt16, _ path: String, timeout: TimeInterval, until done: (Response) -> Bool) async throws
        -> Response
    {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let response = try await fetch(port: port, path)
            if done(response) { return response }
            guard Date() < deadline else {
                throw Failure(description: "\(path): condition not met within \(timeout) s")
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
    }

    static func get(port: UInt16, _ path: String, host: String) throws -> Response {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect to port \(port) failed") }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8)
        #if canImport(Glibc)
            let flags = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, flags) }) == request.count else {
            throw Failure(description: "send failed")
        }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            data += buffer[0..<count]
            if let response = parse(data) { return response }
        }
        guard let response = parse(data, complete: true) else {
            throw Failure(description: "incomplete response for \(path)")
        }
        return response
    }

    /// The response once all of it has arrived (by Content-Length), else nil.
    static func parse(_ data: [UInt8], complete: Bool = false) -> Response? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = data.indices.dropLast(3).first(where: { Array(data[$0..<$0 + 4]) == separator }) else {
            return nil
        }
        let head = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let body = Array(data[(end + 4)...])
        if let length = headers["content-length"].flatMap(Int.init) {
            guard body.count >= length else { return nil }
            return Response(
                status: status, headers: headers, body: String(decoding: body.prefix(length), as: UTF8.self))
        }
        return complete ? Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self)) : nil
    }
}
