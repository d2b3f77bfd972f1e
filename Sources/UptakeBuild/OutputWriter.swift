import Foundation
import UptakeInput

/// Plain file writes for the output transaction.
package enum OutputWriter {
    /// Writes a file with one open/write/close and returns its modification time (nanoseconds),
    /// nil on failure. The transaction's staging and renames make the build atomic, so a
    /// per-file temporary copy and fsync (FileManager's way) only cost time — measured at most
    /// of the write stage on the enterprise benchmark.
    /// `path` is relative to the open folder `directory` when given.
    static func writePlain(_ bytes: [UInt8], to path: String, in directory: Int32 = AT_FDCWD) -> Int64? {
        writePlain(parts: [bytes], to: path, in: directory)
    }

    /// `writePlain` of the concatenation of `parts`, without making it.
    static func writePlain(parts: [[UInt8]], to path: String, in directory: Int32 = AT_FDCWD) -> Int64? {
        let fd = openat(directory, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        for bytes in parts {
            guard bytes.withUnsafeBytes({ writeAll($0, to: fd) }) else { return nil }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        return info.modifiedNanoseconds
    }

    /// Writes all of `bytes` to the open descriptor, again after a partial write or EINTR;
    /// false on any other error.
    package static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
