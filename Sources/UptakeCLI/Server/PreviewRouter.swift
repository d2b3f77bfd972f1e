import Foundation

/// One response of the preview server, before it goes on the wire.
package struct PreviewResponse: Sendable, Equatable {
    /// HTTP status code.
    package var status: Int
    /// Header name and value pairs.
    package var headers: [String: String]
    /// The body.
    package var body: [UInt8]

    /// The body as UTF-8 text (tests, logs).
    package var text: String { String(decoding: body, as: UTF8.self) }
}

/// Maps a request path onto the build snapshot: `output/site` at `/`, the private one-pagers
/// under `/_private/managers/`, `/_uptake/version` for the reload script. Pure: values in,
/// a response out, so every rule is tested without a socket.
package enum PreviewRouter {
    /// Where the manager one-pagers are served: never part of the published site.
    package static let privatePrefix = "/_private/managers/"
    /// The endpoint the reload script polls.
    package static let versionPath = "/_uptake/version"

    /// True when a request's `Host` header names this machine's loopback interface. Anything
    /// else is refused, so a web page cannot reach the private one-pagers through a DNS name
    /// that it points at 127.0.0.1 (DNS rebinding). A request without `Host` is local by nature.
    package static func acceptsHost(_ host: String?) -> Bool {
        guard let host = host?.lowercased(), !host.isEmpty else { return true }
        var name = Substring(host)
        if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
            name = name[...close]
        } else if let colon = name.lastIndex(of: ":") {
            name = name[..<colon]
        }
        return ["127.0.0.1", "localhost", "[::1]"].contains(String(name))
    }

    /// The response to a GET of `path` (percent-encoded, without the query).
    package static func respond(to path: String, snapshot: PreviewSnapshot) -> PreviewResponse {
        guard let decoded = path.removingPercentEncoding, decoded.hasPrefix("/"), !decoded.contains("\0"),
            !decoded.contains("\\")
        else {
            return PreviewPage.plain(400, "bad request path")
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }) else {
            return PreviewPage.plain(403, "path traversal is not allowed")
        }
        if decoded == versionPath {
            let ok = snapshot.failure == nil ? "true" : "false"
            return PreviewResponse(
                status: 200, headers: PreviewPage.headers(type: "application/json"),
                body: Array("{\"version\":\(snapshot.version),\"ok\":\(ok)}\n".utf8))
        }
        if decoded == "/_private" || decoded == "/_private/" || decoded == "/_private/managers" {
            return PreviewPage.redirect(to: privatePrefix)
        }
        let isPrivate = decoded.hasPrefix(privatePrefix)
        let relative = isPrivate ? String(decoded.dropFirst(privatePrefix.count)) : String(decoded.dropFirst())
        let root = isPrivate ? "managers/" : "site/"
        var file = root + relative
        if relative.isEmpty || relative.hasSuffix("/") { file += "index.html" }
        let looksLikePage = file.hasSuffix(".html") || !(relative.split(separator: "/").last ?? "").contains(".")
        if let diagnostics = snapshot.failure, looksLikePage {
            return PreviewPage.failure(diagnostics, version: snapshot.version)
        }
        if let bytes = snapshot.files[file] {
            return page(bytes, path: file, isPrivate: isPrivate, version: snapshot.version)
        }
        if !relative.isEmpty, !relative.hasSuffix("/"), snapshot.files[file + "/index.html"] != nil {
            return PreviewPage.redirect(to: path + "/")
        }
        if isPrivate, relative.isEmpty || relative.hasSuffix("/") {
            let listed = PreviewPage.managerIndex(
                snapshot.files.keys, under: root + relative, version: snapshot.version)
            if let listed { return listed }
        }
        return PreviewPage.notFound(decoded, version: snapshot.version)
    }

    /// A file of the snapshot with its content type; HTML gets the reload script, and the
    /// one-pagers a banner that says they are private.
    static func page(_ bytes: [UInt8], path: String, isPrivate: Bool, version: Int) -> PreviewResponse {
        let type = ContentType.of(path)
        guard path.hasSuffix(".html") else {
            return PreviewResponse(status: 200, headers: PreviewPage.headers(type: type), body: bytes)
        }
        var html = String(decoding: bytes, as: UTF8.self)
        if isPrivate { html = ReloadScript.insertBanner(into: html) }
        html = ReloadScript.inject(into: html, version: version)
        return PreviewResponse(status: 200, headers: PreviewPage.headers(type: type), body: Array(html.utf8))
    }
}
