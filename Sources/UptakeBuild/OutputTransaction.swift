import Foundation
import UptakeInput
import UptakeModel
import UptakeRender

/// Writes a build's files into the output folder, touching only files whose bytes changed.
///
/// Files are first written into a staging folder beside the output (`stage`, safe from several
/// threads); nothing in the output changes until `commit`, which moves the changed files into
/// place one `rename` each, removes files the build no longer makes and records what it wrote
/// in `.uptake-output`. A build that fails before the commit (`rollback`) leaves the previous
/// output exactly as it was. An unchanged file is recognized from that record — same size and
/// content hash as the new bytes, and the file on disk still has the size and modification
/// time recorded — so a rebuild writes nothing it need not. Into a folder that does not exist
/// yet (or is empty), the staging folder is laid out as the output itself and renamed into
/// place whole at the commit: one rename instead of one per file.
package final class OutputTransaction: @unchecked Sendable {
    /// Marks a folder as Uptake's (a mistyped `--output` never replaces someone's folder) and
    /// records what the last build wrote there. Not part of the site: it sits beside `site/`.
    package static let marker = ".uptake-output"

    /// Why the output could not be written.
    package struct Failure: Error, Sendable {
        /// Lowercase, no final period.
        package var message: String
    }

    /// The output folder.
    package let folder: String
    /// The record of the previous build (empty for a new folder).
    package let previous: OutputRecord
    private let staging: String
    private let lock = NSLock()
    private var record = OutputRecord()
    private var moves: [(from: String, to: String)] = []
    private var stagingMade = false
    private var counter = 0
    /// True when there is no previous output: files are staged at their own paths.
    private let fresh: Bool
    private var madeFolders = Set<String>()

    /// Opens `folder` for writing: it must not exist, be empty, or carry Uptake's marker.
    package init(folder: String) throws(Failure) {
        self.folder = folder
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        var empty = true
        if fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(message: "output '\(folder)' exists and is not a folder") }
            let contents = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            guard contents.isEmpty || contents.contains(Self.marker) else {
                throw Failure(
                    message:
                        "output folder '\(folder)' holds files Uptake did not write; refusing to replace it (choose another --output)"
                )
            }
            empty = contents.isEmpty
        }
        fresh = empty
        let markerPath = (folder as NSString).appendingPathComponent(Self.marker)
        previous = OutputRecord(contentsOf: markerPath)
        // A rebuild records about as many files as the last build: room for them up front, not
        // a dictionary regrown (and rehashed) step by step under the lock.
        record.files.reserveCapacity(previous.files.count)
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        staging = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(name).staging-\(getpid())")
    }

    /// Stages `files`: each one whose bytes differ from what the output holds is written to the
    /// staging folder. Returns, per file, the path its bytes can be read from until the commit
    /// (the staged copy, or the file in the output when unchanged).
    @discardableResult
    package func stage(_ files: [OutputFile]) throws(Failure) -> [String] {
        var readable: [String] = []
        readable.reserveCapacity(files.count)
        // Each file is created by name in its open staging folder, not by its full path: the
        // kernel's walk down eight folders per file was a tenth of writing 65,000 files.
        var folders = OpenFolder(root: nil)
        for file in files {
            let hash = ContentHash.of(file.bytes)
            let target = (folder as NSString).appendingPathComponent(file.path)
            if let old = previous.files[file.path], old.size == file.bytes.count, old.hash == hash, keep(file.path) {
                readable.append(target)
                continue
            }
            let temp = try stagingPath(for: file.path)
            guard let (directory, name) = folders.open(temp),
                let modified = OutputWriter.writePlain(file.bytes, to: String(name), in: directory)
            else {
                throw Failure(message: "cannot write '\(file.path)': \(String(cString: strerror(errno)))")
            }
            lock.withLock {
                record.files[file.path] = OutputRecord.File(size: file.bytes.count, modified: modified, hash: hash)
                if !fresh { moves.append((temp, file.path)) }
            }
            readable.append(temp)
        }
        return readable
    }

    /// What this build has recorded for `path` so far (staged or kept).
    package func recorded(_ path: String) -> OutputRecord.File? {
        lock.withLock { record.files[path] }
    }

    /// Stages a file already written at `temp` (a path from `stagingPath(for:)`) as `path`.
    package func adopt(_ temp: String, as path: String) {
        guard let disk = Self.status(of: temp) else { return }
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: temp))).map { [UInt8]($0) } ?? []
        lock.withLock {
            record.files[path] = OutputRecord.File(
                size: disk.size, modified: disk.modified, hash: ContentHash.of(bytes))
            if !fresh { moves.append((temp, path)) }
        }
    }

    /// Keeps `path` from the previous build as it is, when it is still there unchanged.
    /// Returns false when it is not (the caller must make it again).
    package func keep(_ path: String) -> Bool {
        guard let old = previous.files[path],
            let disk = Self.status(of: (folder as NSString).appendingPathComponent(path)),
            disk.size == old.size, disk.modified == old.modified
        else { return false }
        lock.withLock { record.files[path] = old }
        return true
    }

    /// `keep` for every one of `paths` (one program's files), or for none: false as soon as
    /// one is not there unchanged. Each file is looked up in its folder, opened once per run
    /// of paths in it, and recorded under one lock (a large site checks 65,000 files this way
    /// on a rebuild; a full path per `stat` and a lock per file were half of that).
    package func keep(all paths: [String]) -> Bool {
        var kept: [(path: String, file: OutputRecord.File)] = []
        kept.reserveCapacity(paths.count)
        var folders = OpenFolder(root: folder)
        for path in paths {
            guard let old = previous.files[path], let (directory, name) = folders.open(path) else { return false }
            var info = stat()
            guard name.withCString({ fstatat(directory, $0, &info, 0) }) == 0, let disk = Self.status(info),
                disk == (old.size, old.modified)
            else { return false }
            kept.append((path, old))
        }
        lock.withLock {
            for (path, file) in kept { record.files[path] = file }
        }
        return true
    }

    /// A fresh file name in the staging folder, ending like `path` (`.html` stays `.html`).
    package func stagingPath(for path: String) throws(Failure) -> String {
        // Laid out as the output when fresh. The paths are the build's own (relative, `/`
        // separated, no `.` or `..`), so joining and taking the parent are plain string work,
        // done before taking the lock (NSString's path methods cost a tenth of staging a file).
        let target = fresh ? staging + "/" + path : ""
        let parent = fresh ? Self.parent(of: target) : ""
        lock.lock()
        defer { lock.unlock() }
        if !stagingMade {
            try? FileManager.default.removeItem(atPath: staging)
            guard mkdir(staging, 0o755) == 0 else {
                throw Failure(message: "cannot create '\(staging)': \(String(cString: strerror(errno)))")
            }
            stagingMade = true
        }
        if fresh {
            // The parent folders are made once each.
            if !madeFolders.contains(parent) {
                try makeFolders(parent)
            }
            return target
        }
        counter += 1
        let number = counter
        return (staging as NSString).appendingPathComponent("\(number)-\((path as NSString).lastPathComponent)")
    }

    /// Extra data kept in the record for the next build (the incremental build cache).
    package func remember(_ lines: [String]) {
        lock.withLock { record.extra += lines }
    }

    /// Discards everything staged; the output stays as it was.
    package func rollback() {
        if stagingMade { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// Moves every changed file into place, removes what the build no longer makes and writes
    /// the record. Returns the number of files written.
    @discardableResult
    package func commit() throws(Failure) -> Int {
        defer { rollback() }
        if fresh { return try commitFresh() }
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create '\(folder)': \(error.localizedDescription)")
        }
        var made = Set<String>()
        for move in moves {
            let target = (folder as NSString).appendingPathComponent(move.to)
            let dir = (target as NSString).deletingLastPathComponent
            if made.insert(dir).inserted {
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: dir, isDirectory: &isDirectory), !isDirectory.boolValue {
                    try? fm.removeItem(atPath: dir)
                }
                do {
                    try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                } catch {
                    throw Failure(message: "cannot create '\(dir)': \(error.localizedDescription)")
                }
            }
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                try? fm.removeItem(atPath: target)
            }
            guard rename(move.from, target) == 0 else {
                throw Failure(message: "cannot write '\(move.to)': \(String(cString: strerror(errno)))")
            }
        }
        // The stray-file walk and the new record at the same time, on two cores; a record equal
        // to the previous one (nothing written, nothing rebuilt) is not written again.
        // Without moves every recorded file was kept with its previous entry (`keep`), so the
        // same number of entries means the same entries: no need to compare 65,000 of them.
        let unchanged = moves.isEmpty && record.files.count == previous.files.count && record.extra == previous.extra
        let text = Slots<[UInt8]>(repeating: [], count: 2)
        let current = record
        removeStale(
            alongside: unchanged
                ? [] : [{ text[0] = current.serializedFiles() }, { text[1] = current.serializedExtra() }])
        if !unchanged {
            let markerPath = (folder as NSString).appendingPathComponent(Self.marker)
            let temp = markerPath + ".new"
            guard OutputWriter.writePlain(parts: text.all, to: temp) != nil, rename(temp, markerPath) == 0 else {
                throw Failure(message: "cannot write '\(markerPath)': \(String(cString: strerror(errno)))")
            }
        }
        return moves.count
    }

    /// `mkdir -p` for a folder inside the staging folder, remembering what it made: one
    /// `mkdir` per new folder (FileManager's version inspects every parent each time, which was
    /// a tenth of a build of 10,000 programs). Called with the lock held.
    /// `path` up to its last `/` (the whole of it when there is none).
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[..<slash])
    }

    private func makeFolders(_ path: String) throws(Failure) {
        guard !madeFolders.contains(path), path.count > staging.count else { return }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            guard errno == ENOENT else {
                throw Failure(message: "cannot create '\(path)': \(String(cString: strerror(errno)))")
            }
            try makeFolders(Self.parent(of: path))
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
                throw Failure(message: "cannot create '\(path)': \(String(cString: strerror(errno)))")
            }
        }
        madeFolders.insert(path)
    }

    /// Writes the record into the staging folder and renames it into place.
    private func commitFresh() throws(Failure) -> Int {
        _ = try stagingPath(for: Self.marker)
        let markerPath = (staging as NSString).appendingPathComponent(Self.marker)
        guard OutputWriter.writePlain(parts: record.serializedParts(), to: markerPath) != nil else {
            throw Failure(message: "cannot write '\(markerPath)': \(String(cString: strerror(errno)))")
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw Failure(message: "cannot create '\(parent)': \(error.localizedDescription)")
            }
        }
        rmdir(folder)  // an empty output folder (anything else was refused when opening)
        guard rename(staging, folder) == 0 else {
            throw Failure(message: "cannot move the new output into place: \(String(cString: strerror(errno)))")
        }
        return record.files.count
    }

    /// Removes every file of the output folder the build did not make, and folders left empty,
    /// so the output is exactly what a build into an empty folder gives. The two top levels
    /// are read first; the folders below them (one per program under `managers/`, the site's
    /// `programs/` …) are walked on every core, together with `alongside` if given.
    private func removeStale(alongside: [@Sendable () -> Void] = []) {
        let folder = folder
        let files = record.files
        let marker = Self.marker
        @Sendable func full(_ relative: String) -> String { relative.isEmpty ? folder : folder + "/" + relative }
        @Sendable func entries(_ relative: String) -> [(name: String, isDirectory: Bool)]? {
            guard let dir = opendir(full(relative)) else { return nil }
            defer { closedir(dir) }
            var names: [(String, Bool)] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                names.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
            }
            return names
        }
        /// Removes the files directly in `relative` that the build did not make. Returns its
        /// subfolders and whether anything else stays in it (a made file, or the record); nil
        /// when it cannot be read.
        @Sendable func sweep(_ relative: String) -> (keeps: Bool, folders: [String])? {
            guard let names = entries(relative) else { return nil }
            var keeps = false
            var folders: [String] = []
            for (name, isDirectory) in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                if relative.isEmpty, name == marker {
                    keeps = true
                } else if isDirectory {
                    folders.append(path)
                } else if files[path] == nil {
                    unlink(full(path))
                } else {
                    keeps = true
                }
            }
            return (keeps, folders)
        }
        /// Sweeps `relative` and everything below it, removing folders left empty; true when
        /// `relative` itself is left empty.
        @Sendable func walk(_ relative: String) -> Bool {
            guard let (keeps, folders) = sweep(relative) else { return false }
            var empty = !keeps
            for folder in folders {
                if walk(folder) { rmdir(full(folder)) } else { empty = false }
            }
            return empty
        }
        // The root and its folders are swept serially; their subfolders are walked in parallel.
        var parents: [(path: String, keeps: Bool, children: Range<Int>)] = []
        var subfolders: [String] = []
        for folder in sweep("")?.folders ?? [] {
            let level = sweep(folder)
            let first = subfolders.count
            subfolders += level?.folders ?? []
            parents.append((folder, level?.keeps ?? true, first..<subfolders.count))
        }
        let emptied = Slots(repeating: false, count: subfolders.count)
        let units = subfolders
        // The other tasks first, so that a core is not left with one of them at the end.
        DispatchQueue.concurrentPerform(iterations: alongside.count + units.count) { index in
            guard index >= alongside.count else { return alongside[index]() }
            let index = index - alongside.count
            if walk(units[index]) {
                rmdir(full(units[index]))
                emptied[index] = true
            }
        }
        for parent in parents where !parent.keeps && parent.children.allSatisfy({ emptied[$0] }) {
            rmdir(full(parent.path))
        }
    }

    /// Size and modification time (nanoseconds) of a regular file; nil when there is none.
    static func status(of path: String) -> (size: Int, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return status(info)
    }

    /// Size and modification time (nanoseconds) from a file's status; nil when it is not a
    /// regular file.
    static func status(_ info: stat) -> (size: Int, modified: Int64)? {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(info.st_size), info.modifiedNanoseconds)
    }
}

/// What a build wrote into its output folder (`.uptake-output`): every file with its size,
/// modification time and content hash, and extra lines for the build cache. One line per entry,
/// tab-separated, the path last.
package struct OutputRecord: Sendable {
    /// One written file.
    package struct File: Sendable, Hashable {
        /// Bytes.
        package var size: Int
        /// Modification time on disk after the write, nanoseconds since the epoch.
        package var modified: Int64
        /// `ContentHash` of the bytes.
        package var hash: UInt64
    }

    /// Output-relative path → file.
    package var files: [String: File] = [:]
    /// Lines kept for the build cache (without the leading `X\t`).
    package var extra: [String] = []

    static let header = "uptake-output 2"

    /// An empty record.
    package init() {}

    /// Parses a record; anything unreadable (an older or damaged record) reads as empty, which
    /// only means every file is written again.
    package init(parsing text: String) {
        var text = text
        self = text.withUTF8 { OutputRecord(parsing: $0) }
    }

    /// The record in the file at `path`; empty when there is none or it cannot be read.
    init(contentsOf path: String) {
        guard case .success(let read) = SiteFiles.contents(ofRegularFile: path, limit: .max) else {
            self.init()
            return
        }
        self = read.bytes.withUnsafeBufferPointer { OutputRecord(parsing: $0) }
    }

    /// Parses a record's bytes. By hand, and on two cores: a record lists every output file
    /// (65,000 lines for a large site) and the build cache's lines (100,000 more), and is read
    /// at the start of every build, before anything else can run. The file lines come first
    /// (`serialized()`), so they go into the dictionary on one core while the cache lines
    /// become strings on the other.
    init(parsing bytes: UnsafeBufferPointer<UInt8>) {
        let header = Array(Self.header.utf8)
        guard let base = bytes.baseAddress, bytes.count > header.count, bytes.starts(with: header),
            bytes[header.count] == 0x0A
        else { return }
        // Where the cache lines start: the first line beginning with `X`.
        var split = bytes.count
        var start = header.count + 1
        while start < bytes.count {
            if bytes[start] == 0x58 {
                split = start
                break
            }
            guard let newline = memchr(base + start, 0x0A, bytes.count - start) else { break }
            start = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        // Both halves are read, never written, while the two threads run.
        nonisolated(unsafe) let parts = [
            UnsafeBufferPointer(rebasing: bytes[(header.count + 1)..<split]),
            UnsafeBufferPointer(rebasing: bytes[split...]),
        ]
        let results = Slots(repeating: OutputRecord(), count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            var record = OutputRecord()
            record.parseLines(parts[part])
            results[part] = record
        }
        let (first, second) = (results[0], results[1])
        files = first.files
        extra = second.extra
        // A damaged record may interleave the two kinds: keep what each half found.
        if !first.extra.isEmpty { extra = first.extra + extra }
        for (path, file) in second.files { files[path] = file }
    }

    /// Parses every line of `bytes`.
    private mutating func parseLines(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if bytes.first == 0x46 { files.reserveCapacity(bytes.count / 90) }
        var start = 0
        while start < bytes.count {
            let end =
                memchr(base + start, 0x0A, bytes.count - start).map {
                    base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
                }
                ?? bytes.count
            parseLine(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end + 1
        }
    }

    /// One line: `F\tsize\tmodified\thash\tpath` or `X\t<cache line>`; anything else is skipped.
    private mutating func parseLine(_ line: UnsafeBufferPointer<UInt8>) {
        guard line.count > 2, line[1] == 0x09 else { return }
        if line[0] == 0x58 {
            extra.append(String(decoding: UnsafeBufferPointer(rebasing: line[2...]), as: UTF8.self))
            return
        }
        guard line[0] == 0x46 else { return }
        var position = 2
        func number(radix: UInt64) -> UInt64? {
            var value: UInt64 = 0
            let first = position
            while position < line.count, line[position] != 0x09 {
                let byte = line[position]
                let digit: UInt64
                switch byte {
                case 0x30...0x39: digit = UInt64(byte - 0x30)
                case 0x61...0x66 where radix == 16: digit = UInt64(byte - 0x61 + 10)
                default: return nil
                }
                let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
                guard !overflow else { return nil }
                value = shifted &+ digit
                position += 1
            }
            guard position > first, position < line.count else { return nil }
            position += 1
            return value
        }
        guard let size = number(radix: 10), let modified = number(radix: 10), let hash = number(radix: 16),
            position < line.count, size <= UInt64(Int.max), modified <= UInt64(Int64.max)
        else { return }
        let path = String(decoding: UnsafeBufferPointer(rebasing: line[position...]), as: UTF8.self)
        files[path] = File(size: Int(size), modified: Int64(modified), hash: hash)
    }

    /// The record as UTF-8 text. Written on bytes: it lists every output file (65,000 lines
    /// for a large site), and appending each number as a `String` and each separator as an
    /// array made it a third of the commit. Files in no particular order: the record is
    /// Uptake's own, and holds modification times anyway.
    func serialized() -> [UInt8] {
        serializedFiles() + serializedExtra()
    }

    /// The header and the file lines: the first part of `serialized()`.
    func serializedFiles() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(files.count * 110 + 32)
        out.append(contentsOf: Self.header.utf8)
        out.append(0x0A)
        for (path, file) in files {
            var path = path
            path.withUTF8 { bytes in
                guard !bytes.contains(0x0A), !bytes.contains(0x09) else { return }
                out.append(0x46)
                out.append(0x09)
                out.appendDigits(UInt64(clamping: file.size))
                out.append(0x09)
                out.appendDigits(file.modified)
                out.append(0x09)
                out.appendDigits(file.hash, radix: 16)
                out.append(0x09)
                out.append(contentsOf: bytes)
                out.append(0x0A)
            }
        }
        return out
    }

    /// The cache lines: the second part of `serialized()`.
    func serializedExtra() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(extra.reduce(0) { $0 + $1.utf8.count + 3 })
        for var line in extra {
            out.append(0x58)
            out.append(0x09)
            line.withUTF8 { out.append(contentsOf: $0) }
            out.append(0x0A)
        }
        return out
    }

    /// Both parts of `serialized()`, made on two cores (a large site's record is 15 MB).
    func serializedParts() -> [[UInt8]] {
        let parts = Slots<[UInt8]>(repeating: [], count: 2)
        let record = self
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            parts[part] = part == 0 ? record.serializedFiles() : record.serializedExtra()
        }
        return parts.all
    }
}

/// The open folder of the last path asked for: a run of paths in one folder (a program's files)
/// is opened, created or looked up by name in it, the folder opened once, not walked by the
/// kernel for every file.
struct OpenFolder: ~Copyable {
    /// Where relative paths start (nil: paths are used as they are, relative to the working folder).
    private let root: String?
    private var descriptor: Int32 = -1
    private var folder: Substring?

    init(root: String?) { self.root = root }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The open folder holding `path` and the name of `path` in it; nil when that folder
    /// cannot be opened.
    mutating func open(_ path: String) -> (descriptor: Int32, name: Substring)? {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let parent = slash.map { path[..<$0] }
        let name = slash.map { path[path.utf8.index(after: $0)...] } ?? Substring(path)
        if descriptor < 0 || parent != folder {
            if descriptor >= 0 { close(descriptor) }
            let full: String
            switch (root, parent) {
            case (let root?, let parent?): full = root + "/" + parent
            case (let root?, nil): full = root
            case (nil, let parent?): full = String(parent)
            case (nil, nil): full = "."
            }
            descriptor = Glibc.open(full, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            folder = parent
        }
        return descriptor >= 0 ? (descriptor, name) : nil
    }
}
