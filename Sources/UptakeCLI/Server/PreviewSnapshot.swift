import Foundation
import UptakeModel

/// What `uptake serve` shows at one moment: the files of the last successful build, and the
/// diagnostics of the last build when it failed. `version` changes on every build, which is
/// what open pages poll to know when to reload.
package struct PreviewSnapshot: Sendable {
    /// Counts builds, successful or not.
    package var version = 0
    /// The output tree of the last successful build, by path relative to the output folder
    /// (`site/index.html`, `managers/<program>/<manager>.html`).
    package var files: [String: [UInt8]] = [:]
    /// The problems of the last build when it failed; nil once a build succeeds.
    package var failure: [Diagnostic]?

    /// An empty snapshot (before the first build).
    package init() {}

    /// A snapshot of a build that succeeded.
    package init(version: Int, files: [String: [UInt8]]) {
        self.version = version
        self.files = files
    }
}

/// The snapshot shared between the watcher thread that rebuilds and the server that reads it.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var current = PreviewSnapshot()

    /// The latest snapshot.
    var snapshot: PreviewSnapshot { lock.withLock { current } }

    /// Records a successful build: its files replace the previous ones.
    func succeeded(with files: [String: [UInt8]]) {
        lock.withLock {
            current.version += 1
            current.files = files
            current.failure = nil
        }
    }

    /// Records a failed build: the previous files stay for assets, pages show the diagnostics.
    func failed(with diagnostics: [Diagnostic]) {
        lock.withLock {
            current.version += 1
            current.failure = diagnostics
        }
    }
}
