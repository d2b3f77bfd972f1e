import Foundation

/// Notices edits to a site's inputs — `uptake.yml`, `content/`, `templates/` — by comparing
/// the modification time, size and inode of every file between polls. Polling is portable
/// (no inotify or FSEvents) and cheap for a site's few hundred files.
struct SiteWatcher {
    /// One file's state; any change to it means an edit.
    struct Stamp: Hashable {
        var modified: Double
        var size: UInt64
        var inode: UInt64
    }

    /// The site folder.
    var site: String
    /// Paths never watched (the output folder, when it lies inside a watched folder).
    var ignored: [String]

    /// The inputs watched, relative to the site folder.
    static let inputs = ["uptake.yml", "content", "templates"]

    init(site: String, ignoring ignored: [String] = []) {
        self.site = site
        self.ignored = ignored.map { (($0 as NSString).standardizingPath as NSString).resolvingSymlinksInPath }
    }

    /// Every watched file and folder with its stamp; a missing input is simply absent.
    func fingerprint() -> [String: Stamp] {
        let fm = FileManager.default
        var stamps: [String: Stamp] = [:]
        for input in Self.inputs {
            let base = (site as NSString).appendingPathComponent(input)
            guard let stamp = Self.stamp(base) else { continue }
            stamps[input] = stamp
            for sub in fm.subpaths(atPath: base) ?? [] {
                let full = (base as NSString).appendingPathComponent(sub)
                if isIgnored(full) { continue }
                if let stamp = Self.stamp(full) { stamps[input + "/" + sub] = stamp }
            }
        }
        return stamps
    }

    func isIgnored(_ path: String) -> Bool {
        guard !ignored.isEmpty else { return false }
        let resolved = ((path as NSString).standardizingPath as NSString).resolvingSymlinksInPath
        return ignored.contains { resolved == $0 || resolved.hasPrefix($0 + "/") }
    }

    static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
        return Stamp(modified: modified, size: size, inode: inode)
    }
}
