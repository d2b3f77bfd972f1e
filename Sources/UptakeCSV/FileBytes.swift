#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file into memory with the C library, without Foundation.
enum FileBytes {
    /// The bytes of the file at `path`, read in as few `read` calls as the system allows.
    static func contents(ofFile path: String) throws(CSVIssue) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure() }
        // One spare byte, so that a file read in full ends with a `read` returning 0 rather
        // than a buffer that has to grow.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1 << 16)))
            }
            let received = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if received == 0 { break }
            if received < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            filled += received
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// The current `errno` as an issue, its text lowercased as diagnostics are.
    private static func failure() -> CSVIssue {
        let reason = String(cString: strerror(errno))
        return .unreadableFile(reason: reason.prefix(1).lowercased() + reason.dropFirst())
    }
}
