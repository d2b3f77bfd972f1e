/// The `Content-Type` of a served file, by extension.
enum ContentType {
    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "json": "application/json",
        "ics": "text/calendar; charset=utf-8", "svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp", "ico": "image/x-icon",
        "woff2": "font/woff2", "woff": "font/woff", "xml": "application/xml",
        // A one-pager's email, shown as text in the browser rather than downloaded.
        "eml": "text/plain; charset=utf-8",
    ]

    /// The type of `path`; `application/octet-stream` for an unknown extension.
    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return types[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
