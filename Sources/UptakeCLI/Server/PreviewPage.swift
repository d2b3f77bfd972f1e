import UptakeModel

/// The pages `uptake serve` makes itself: the build diagnostics, 404, the one-pager list.
/// Every piece of text from the site or its diagnostics is HTML-escaped.
enum PreviewPage {
    /// Headers of every response: the type, never cached, never indexed.
    static func headers(type: String) -> [String: String] {
        ["Content-Type": type, "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow"]
    }

    /// A short plain-text response.
    static func plain(_ status: Int, _ message: String) -> PreviewResponse {
        PreviewResponse(
            status: status, headers: headers(type: "text/plain; charset=utf-8"), body: Array((message + "\n").utf8))
    }

    /// A redirect, so that relative links of folder pages resolve.
    static func redirect(to location: String) -> PreviewResponse {
        var response = plain(301, "moved to \(location)")
        response.headers["Location"] = location
        return response
    }

    /// The page every HTML request gets while the last build failed: its diagnostics, escaped,
    /// with the reload script, so the page recovers by itself once the input is fixed.
    static func failure(_ diagnostics: [Diagnostic], version: Int) -> PreviewResponse {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        let text = DiagnosticPrinter(format: .text, color: false).render(diagnostics)
        let body = """
            <h1>The build failed</h1>
            <p>\(errors) error(s), \(warnings) warning(s). Fix the input and save: this page reloads by itself. \
            The output folder was left as it was.</p>
            <pre>\(escape(text))</pre>
            """
        return html(500, title: "Build failed", body: body, version: version)
    }

    /// 404, with the reload script: the page appears once a build makes it.
    static func notFound(_ path: String, version: Int) -> PreviewResponse {
        html(
            404, title: "Not found",
            body: "<h1>Not found</h1><p><code>\(escape(path))</code> is not in the build. <a href=\"/\">Home</a></p>",
            version: version)
    }

    /// The list of one-pagers under a folder of `managers/`; nil when there are none.
    static func managerIndex(_ paths: some Collection<String>, under folder: String, version: Int) -> PreviewResponse? {
        let pages = paths.filter { $0.hasPrefix(folder) && $0.hasSuffix(".html") }.sorted()
        guard !pages.isEmpty else { return nil }
        let items = pages.map { path -> String in
            let href = PreviewRouter.privatePrefix + path.dropFirst("managers/".count)
            return "<li><a href=\"\(escape(href))\">\(escape(String(path.dropFirst("managers/".count))))</a></li>"
        }
        let body = """
            <h1>Manager one-pagers</h1>
            <p>Private: these are in <code>output/managers</code>, never in the published site. Send each to its manager.</p>
            <ul>\(items.joined())</ul>
            """
        return html(200, title: "Manager one-pagers", body: body, version: version)
    }

    static func html(_ status: Int, title: String, body: String, version: Int) -> PreviewResponse {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>\(escape(title)) · uptake serve</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2330}\
            h1{font-size:1.5rem}pre{background:#fff4f4;border:1px solid #e8b4b4;border-radius:6px;padding:1rem;overflow:auto;white-space:pre-wrap}</style>
            </head>
            <body>
            \(body)
            \(ReloadScript.tag(version: version))
            </body>
            </html>

            """
        return PreviewResponse(
            status: status, headers: headers(type: "text/html; charset=utf-8"), body: Array(page.utf8))
    }

    /// Text made safe inside HTML elements and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
