import Foundation
import UptakeModel

/// The site folder, and the only way Uptake reads files from it: every path is resolved
/// (symlinks included) and must stay inside the site, so a mapping cannot read `/etc/passwd`.
package struct SiteFiles: Sendable {
    /// The site folder as given.
    var root: String
    /// The site folder with symlinks resolved.
    var resolvedRoot: String
    /// Records every file read through `bytes(of:)` (the build cache's dependencies).
    var reads: ReadLog?

    init(root: String) {
        self.root = root
        resolvedRoot = SiteFiles.realPath(root) ?? root
    }

    /// The largest program file, site config or template read: far beyond any real one, small
    /// enough that a hostile one is refused before it costs time or memory.
    static let textLimit = 10_000_000
    /// The largest CSV file read (the CSV reader's own limit, 2 GiB).
    static let csvLimit = Int(Int32.max)

    /// The site-relative form of a path under `content/` (what diagnostics print). An absolute
    /// path stays absolute, so reading it is refused as outside the site rather than looked up
    /// under `content/` and reported missing.
    static func contentRelative(_ path: String) -> String {
        path.hasPrefix("/") ? path : "content/" + path
    }

    /// What every path inside the site starts with, once resolved.
    private var insideRoot: String { resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/" }

    /// Bytes of a regular file given relative to the site folder, at most `limit` of them.
    func bytes(of relative: String, limit: Int = SiteFiles.csvLimit) -> Result<[UInt8], Problem> {
        guard !relative.hasPrefix("/"), !relative.contains("\0") else { return .failure(.outside) }
        let full = (root as NSString).appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            // A dangling path with `..` may still point outside: say so rather than "missing".
            let standardized = ((resolvedRoot as NSString).appendingPathComponent(relative) as NSString)
                .standardizingPath
            return .failure(standardized.hasPrefix(insideRoot) ? .missing : .outside)
        }
        guard let resolved = SiteFiles.realPath(full), resolved.hasPrefix(insideRoot) else {
            return .failure(.outside)
        }
        if isDirectory.boolValue { return .failure(.directory) }
        guard let reads else { return SiteFiles.contents(ofRegularFile: resolved, limit: limit).map(\.bytes) }
        return SiteFiles.contents(ofRegularFile: resolved, limit: limit).map { read in
            reads.add(relative, status: read.status, bytes: read.bytes)
            return read.bytes
        }
    }

    /// Text of a file relative to the site folder, UTF-8 (a BOM is dropped).
    func text(of relative: String) -> Result<String, Problem> {
        bytes(of: relative, limit: SiteFiles.textLimit).flatMap { bytes in
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let text = String(validating: body, as: UTF8.self) { return .success(text) }
            return .failure(SiteFiles.invalidUTF8(body))
        }
    }

    /// The bytes of the file at `path` (already resolved), refusing pipes, sockets and devices
    /// (reading a FIFO would wait for a writer forever) and files over `limit` bytes, with the
    /// file's status as it was opened.
    package static func contents(ofRegularFile path: String, limit: Int) -> Result<
        (bytes: [UInt8], status: stat), Problem
    > {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.unreadable(SiteFiles.errorText())) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(SiteFiles.errorText())) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        let size = Int(status.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let received = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
            if received < 0, errno == EINTR { continue }
            guard received >= 0 else { return .failure(.unreadable(SiteFiles.errorText())) }
            if received == 0 { break }
            filled += received
        }
        // A file that shrank while being read is read as it now is; one that grew, as it was.
        bytes.removeLast(size - filled)
        return .success((bytes, status))
    }

    private static func errorText() -> String {
        let reason = String(cString: strerror(errno))
        return reason.prefix(1).lowercased() + reason.dropFirst()
    }

    /// Names of the `.md` files in a site folder, sorted; empty when the folder is missing, a
    /// problem when it resolves outside the site (its names are not even listed).
    func markdownFiles(in relative: String) -> Result<[String], Problem> {
        let folder = (root as NSString).appendingPathComponent(relative)
        guard let resolved = SiteFiles.realPath(folder) else { return .success([]) }
        guard resolved.hasPrefix(insideRoot) else { return .failure(.outside) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: resolved)) ?? []
        return .success(names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted())
    }

    /// Every file under the site's `templates/` folder, by path relative to it.
    func templateFiles(_ diagnostics: inout Diagnostics) -> [String: String] {
        let folder = (root as NSString).appendingPathComponent("templates")
        guard let resolved = SiteFiles.realPath(folder) else { return [:] }
        guard resolved.hasPrefix(insideRoot) else {
            diagnostics.error("templates/ \(Problem.outside.message)", at: SourceLocation(file: "templates"))
            return [:]
        }
        guard let paths = FileManager.default.subpaths(atPath: folder) else { return [:] }
        var files: [String: String] = [:]
        for path in paths.sorted() where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else {
                continue
            }
            switch text(of: "templates/\(path)") {
            case .success(let text): files[path] = text
            case .failure(let problem):
                diagnostics.append(problem.diagnostic("templates/\(path)", file: "templates/\(path)"))
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

extension stat {
    /// The modification time in nanoseconds since the epoch, as the build cache and the output
    /// record compare it.
    package var modifiedNanoseconds: Int64 { Int64(st_mtim.tv_sec) * 1_000_000_000 + Int64(st_mtim.tv_nsec) }
}
