/// What `uptake serve` adds to the HTML it serves, and only there: never to the built files,
/// which stay free of scripts (PRODUCT.md §3).
enum ReloadScript {
    /// Polls the version endpoint and reloads the page when a build (good or bad) has finished
    /// since the page was served.
    static func tag(version: Int) -> String {
        """
        <script data-uptake-serve>(function(){var v=\(version);function poll(){fetch("\(PreviewRouter.versionPath)",{cache:"no-store"}).then(function(r){return r.json()}).then(function(d){if(d.version!==v){location.reload()}else{setTimeout(poll,250)}},function(){setTimeout(poll,1000)})}setTimeout(poll,250)})();</script>
        """
    }

    /// `html` with the reload script before its last `</body>`, or at the end.
    static func inject(into html: String, version: Int) -> String {
        let script = tag(version: version)
        guard let close = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return html + script
        }
        return html.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: script + "\n")
    }

    /// The notice on a served one-pager: a private page, not part of the published site.
    static let banner = """
        <div data-uptake-serve style="position:sticky;top:0;z-index:99;margin:0;padding:6px 12px;background:#7a1f1f;color:#fff;font:600 13px/1.4 system-ui,sans-serif;text-align:center">Private preview: a manager one-pager from output/managers. Send it to its manager; never publish it.</div>
        """

    /// `html` with the private banner right after its `<body …>` tag, or at the start.
    static func insertBanner(into html: String) -> String {
        guard let open = html.range(of: "<body", options: .caseInsensitive),
            let end = html[open.upperBound...].firstIndex(of: ">")
        else { return banner + html }
        let after = html.index(after: end)
        return html.replacingCharacters(in: after..<after, with: "\n" + banner)
    }
}
