import Foundation

/// Paths and file trees for the build tests.
enum TestSupport {
    /// `Tests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A fixture site folder.
    static func site(_ name: String) -> String { fixtures.appendingPathComponent("sites/\(name)").path }

    /// A fresh empty temporary folder, inside `temporaryRoot`.
    static func temporaryFolder() -> String {
        let path = temporaryRoot + "/" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The one folder this test process makes its temporary folders in, removed when the
    /// process exits: a run of the suite builds hundreds of sites, which otherwise stayed in
    /// the temporary directory run after run.
    static let temporaryRoot: String = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-tests-\(getpid())").path
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestSupport.temporaryRoot) }
        return root
    }()

    /// Copies a fixture site into a temporary folder, to break it or build inside it.
    static func copyOfSite(_ name: String) throws -> String {
        let destination = temporaryFolder() + "/site"
        try FileManager.default.copyItem(atPath: site(name), toPath: destination)
        return destination
    }

    /// Every regular file under `root`, relative path → bytes.
    /// Every file under `root` by relative path, but `.uptake-output` (Uptake's record of
    /// what it wrote, with modification times: not part of the output's contents).
    static func tree(_ root: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let fm = FileManager.default
        for path in (fm.subpaths(atPath: root) ?? []).sorted() where path != ".uptake-output" {
            var isDirectory: ObjCBool = false
            let full = (root as NSString).appendingPathComponent(path)
            if fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = fm.contents(atPath: full)
            }
        }
        return files
    }

    /// The environment of a reproducible build.
    static let pinned = ["SOURCE_DATE_EPOCH": "1795000000"]  // 2026-11-18
}
