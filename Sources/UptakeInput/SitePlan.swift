import Foundation
import UptakeModel

/// A site folder read as far as its programs: the config, which program files there are and
/// the template overrides. Each program is then loaded on its own (`SiteLoader.loadProgram`),
/// so that a build can load, measure and render programs in parallel and skip unchanged ones.
package struct SitePlan: Sendable {
    /// Site folder as given.
    package var root: String
    /// `uptake.yml` (defaults when it could not be read).
    package var config: SiteConfig
    /// `content/programs/<name>.md`, sorted by name.
    package var programFiles: [String]
    /// The site's own `templates/` files (path relative to `templates/` → text).
    package var templateOverrides: [String: String]
    /// Problems with the config and the program folder, reported before any program's.
    package var diagnostics: Diagnostics
    /// Problems with the template files, reported after every program's.
    package var templateDiagnostics: Diagnostics
    var files: SiteFiles
}

extension SiteLoader {
    /// Reads `uptake.yml`, lists the program files and reads the template overrides; nil when
    /// the folder has no `uptake.yml` (the diagnostics say so).
    package static func plan(site root: String) -> (plan: SitePlan?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let files = SiteFiles(root: root)
        guard files.exists("uptake.yml") else {
            diagnostics.error("no uptake.yml in '\(root)': is this a site folder? (uptake init DIR makes one)", at: nil)
            return (nil, diagnostics.showing(lines: [:]))
        }
        var config = SiteConfig()
        switch files.text(of: "uptake.yml") {
        case .success(let text): config = ConfigLoader.load(text, file: "uptake.yml", &diagnostics)
        case .failure(let problem): diagnostics.append(problem.diagnostic("uptake.yml", file: "uptake.yml"))
        }
        var names: [String] = []
        switch files.markdownFiles(in: "content/programs") {
        case .success(let found):
            names = found
            if names.isEmpty { diagnostics.warning("no programs: add content/programs/<id>.md", at: nil) }
        case .failure(let problem):
            diagnostics.error("content/programs \(problem.message)", at: SourceLocation(file: "content/programs"))
        }
        var templateDiagnostics = Diagnostics()
        let overrides = files.templateFiles(&templateDiagnostics)
        let plan = SitePlan(
            root: root, config: config, programFiles: names.map { "content/programs/\($0)" },
            templateOverrides: overrides,
            diagnostics: diagnostics.showing(lines: [:]), templateDiagnostics: templateDiagnostics.showing(lines: [:]),
            files: files)
        return (plan, plan.diagnostics)
    }

    /// Loads one program file of `plan`: its definition, roster and exports, matched and
    /// de-duplicated. Safe to call for several programs at once.
    /// Every file read is added to `reads`. Only what `scope` asks for is made beyond the
    /// figures (`LoadScope`: warnings' source lines, HTML, the roster's names and emails).
    package static func loadProgram(
        _ file: String, of plan: SitePlan, reads: ReadLog? = nil, scope: LoadScope = .build
    ) -> (program: LoadedProgram?, diagnostics: [Diagnostic]) {
        var files = plan.files
        files.reads = reads
        let loaded = ProgramLoader.load(file: file, files: files, config: plan.config, scope: scope)
        return (loaded.program, loaded.diagnostics.all)
    }

    /// The error for a program whose id an earlier program file already uses.
    package static func duplicateID(_ id: String, in file: String, usedBy other: String) -> Diagnostic {
        Diagnostic.error(
            "program id '\(id)' is already used by \(other)", at: SourceLocation(file: file, line: 1, column: 1)
        ).printable
    }
}

/// The files a load read, in the order read: each with its size and modification time as it
/// was opened and the hash of the bytes read (the build cache's inputs; hashed as read, so a
/// file is neither read twice nor recorded with contents other than those the build used).
package final class ReadLog: @unchecked Sendable {
    /// One file as read.
    package struct Read: Sendable, Hashable {
        /// Site-relative path.
        package var path: String
        /// Bytes when opened.
        package var size: Int
        /// Modification time when opened, nanoseconds since the epoch.
        package var modified: Int64
        /// Hash of the bytes read.
        package var hash: UInt64

        /// A read file.
        package init(path: String, size: Int, modified: Int64, hash: UInt64) {
            self.path = path
            self.size = size
            self.modified = modified
            self.hash = hash
        }
    }

    private let lock = NSLock()
    private let hash: @Sendable ([UInt8]) -> UInt64
    private var reads: [Read] = []

    /// An empty log hashing what is read with `hash`.
    package init(hash: @escaping @Sendable ([UInt8]) -> UInt64) { self.hash = hash }

    func add(_ path: String, status: stat, bytes: [UInt8]) {
        let read = Read(path: path, size: Int(status.st_size), modified: status.modifiedNanoseconds, hash: hash(bytes))
        lock.withLock { reads.append(read) }
    }

    /// Every file read, each once (the first read of a path).
    package var all: [Read] {
        var seen = Set<String>()
        return lock.withLock { reads.filter { seen.insert($0.path).inserted } }
    }
}
