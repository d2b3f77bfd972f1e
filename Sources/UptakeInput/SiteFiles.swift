import Foundation
import UptakeModel

/// The site folder, and the only way Uptake reads files from it: every path is resolved
/// (symlinks included) and must stay inside the site, so a mapping cannot read `/etc/passwd`.
struct SiteFiles: Sendable {
    /// The site folder as given.
    var root: String
    /// The site folder with symlinks resolved.
    var resolvedRoot: String

    init(root: String) {
        self.root = root
        resolvedRoot = SiteFiles.realPath(root) ?? root
    }

    /// Why a file could not be read.
    enum Problem: Error {
        case outside, missing, directory, unreadable(String)

        var message: String {
            switch self {
            case .outside: return "is outside the site folder"
            case .missing: return "does not exist"
            case .directory: return "is a directory, not a file"
            case .unreadable(let reason): return "cannot be read: \(reason)"
            }
        }
    }

    /// The site-relative form of a path under `content/` (what diagnostics print). An absolute
    /// path stays absolute, so reading it is refused as outside the site rather than looked up
    /// under `content/` and reported missing.
    static func contentRelative(_ path: String) -> String {
        path.hasPrefix("/") ? path : "content/" + path
    }

    /// Bytes of a file given relative to the site folder.
    func bytes(of relative: String) -> Result<[UInt8], Problem> {
        guard !relative.hasPrefix("/"), !relative.contains("\0") else { return .failure(.outside) }
        let full = (root as NSString).appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            // A dangling path with `..` may still point outside: say so rather than "missing".
            let standardized = ((resolvedRoot as NSString).appendingPathComponent(relative) as NSString).standardizingPath
            return .failure(standardized.hasPrefix(resolvedRoot + "/") ? .missing : .outside)
        }
        guard let resolved = SiteFiles.realPath(full), resolved.hasPrefix(resolvedRoot + "/") else {
            return .failure(.outside)
        }
        if isDirectory.boolValue { return .failure(.directory) }
        guard let handle = FileHandle(forReadingAtPath: resolved) else { return .failure(.unreadable("permission denied")) }
        defer { try? handle.close() }
        do {
            return .success([UInt8](try handle.readToEnd() ?? Data()))
        } catch {
            return .failure(.unreadable("\(error.localizedDescription)"))
        }
    }

    /// Text of a file relative to the site folder, UTF-8 (a BOM is dropped).
    func text(of relative: String) -> Result<String, Problem> {
        bytes(of: relative).flatMap { bytes in
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            guard let text = String(validating: body, as: UTF8.self) else { return .failure(.unreadable("it is not valid UTF-8")) }
            return .success(text)
        }
    }

    /// Names of the `.md` files in a site folder, sorted; empty when the folder is missing.
    func markdownFiles(in relative: String) -> [String] {
        let folder = (root as NSString).appendingPathComponent(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
    }

    /// Every file under the site's `templates/` folder, by path relative to it.
    func templateFiles(_ diagnostics: inout Diagnostics) -> [String: String] {
        let folder = (root as NSString).appendingPathComponent("templates")
        guard let paths = FileManager.default.subpaths(atPath: folder) else { return [:] }
        var files: [String: String] = [:]
        for path in paths.sorted() where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            switch text(of: "templates/\(path)") {
            case .success(let text): files[path] = text
            case .failure(let problem):
                diagnostics.error("templates/\(path) \(problem.message)", at: SourceLocation(file: "templates/\(path)", line: 1, column: 1))
            }
        }
        return files
    }

    /// The newest modification time under the given site paths, in whole seconds.
    func newestModification(of relatives: [String]) -> Int64 {
        let fm = FileManager.default
        var newest: Int64 = 0
        func consider(_ path: String) {
            if let date = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date {
                newest = max(newest, Int64(date.timeIntervalSince1970.rounded(.down)))
            }
        }
        for relative in relatives {
            let base = (root as NSString).appendingPathComponent(relative)
            consider(base)
            for sub in fm.subpaths(atPath: base) ?? [] { consider((base as NSString).appendingPathComponent(sub)) }
        }
        return newest
    }

    /// True when a path relative to the site exists.
    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(relative))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
