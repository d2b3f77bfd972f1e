import Foundation

/// Values a one-shot command leaves for the end of the process instead of freeing them: after
/// `uptake build` of a large site, freeing the record of 65,000 files, the parsed build cache
/// and 35,000 warnings one object at a time was a twentieth of a rebuild, spent just before
/// `exit` hands all the memory back at once anyway. Never used by `serve`, which builds again
/// and again in one process.
package enum ExitPool {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [Any] = []

    /// Keeps `value` alive until the process exits.
    package static func keep(_ value: Any) {
        lock.withLock { values.append(value) }
    }
}
