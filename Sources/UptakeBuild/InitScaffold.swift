import Foundation
import UptakeRender

/// `uptake init DIR`: a working starter site, written from what the binary carries (the
/// embedded `StarterSite` and the default theme), so it works from any folder.
package enum InitScaffold {
    /// Why the starter site could not be written.
    package struct Failure: Error, Sendable {
        /// Lowercase, no final period.
        package var message: String
    }

    /// Every file of the starter site, by path relative to the site folder: the starter's own
    /// files and the default theme under `templates/`, ready to override.
    package static var files: [String: String] {
        var files = StarterSite.files
        for (path, text) in DefaultTheme.files { files["templates/" + path] = text }
        return files
    }

    /// Writes the starter site into `folder`, which must be missing or empty (an existing
    /// site is never overwritten). Returns the paths written, sorted.
    @discardableResult
    package static func write(into folder: String) throws(Failure) -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(message: "'\(folder)' exists and is not a folder") }
            let contents = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            guard contents.isEmpty else {
                throw Failure(
                    message:
                        "'\(folder)' is not empty (\(contents.count) item(s)); uptake init only writes into a new or empty folder"
                )
            }
        }
        let paths = files.keys.sorted()
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for path in paths {
                let full = (folder as NSString).appendingPathComponent(path)
                try fm.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard fm.createFile(atPath: full, contents: Data(files[path]!.utf8)) else {
                    throw Failure(message: "cannot write '\(full)'")
                }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "cannot write the starter site into '\(folder)': \(error.localizedDescription)")
        }
        return paths
    }
}
