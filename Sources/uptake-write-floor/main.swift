// The least time this machine needs to write an output tree: every regular file under SOURCE
// is read into memory first, then the clock runs while the folders are made and the files
// created, written and closed under DEST by THREADS threads (files dealt out in turn), the
// way `uptake build` stages its output. No rendering, no hashing, no record, no rename. Used by
// bench/compare to show how much of a build is the kernel's file creation, which no change in
// Uptake's own code can shorten.
//
//   swift build -c release --scratch-path .build-bench --product uptake-write-floor
//   .build-bench/release/uptake-write-floor SOURCE DEST [THREADS]
//
// Prints one line: `write floor: <files> files, <MB> MB, <folders> folders in <s> s wall
// (<s> s user, <s> s sys, <n> threads)`. DEST must not exist.
import Dispatch
import Foundation
import UptakeBuild

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files and folders under `root`, as paths relative to it, parents before children; the
/// output record (`.uptake-output`) is not part of what a build publishes and is left out.
func tree(_ root: String) -> (folders: [String], files: [(path: String, bytes: [UInt8])]) {
    var folders: [String] = []
    var files: [(String, [UInt8])] = []
    let base = URL(fileURLWithPath: root)
    guard let walk = FileManager.default.enumerator(atPath: root) else { return ([], []) }
    while let relative = walk.nextObject() as? String {
        let type = walk.fileAttributes?[.type] as? FileAttributeType
        if type == .typeDirectory {
            folders.append(relative)
        } else if type == .typeRegular, !relative.hasSuffix(".uptake-output") {
            let data = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path) ?? Data()
            files.append((relative, [UInt8](data)))
        }
    }
    return (folders, files)
}

/// User and system CPU seconds of this process so far.
func cpuSeconds() -> (user: Double, system: Double) {
    var usage = rusage()
    #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return (seconds(usage.ru_utime), seconds(usage.ru_stime))
}

/// Creates `path` and writes `bytes` to it with the loop staging uses (`OutputWriter.writeAll`);
/// false, with the reason on stderr, when it fails.
func write(_ bytes: [UInt8], to path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
        perror(path)
        return false
    }
    defer { close(descriptor) }
    guard bytes.withUnsafeBytes({ OutputWriter.writeAll($0, to: descriptor) }) else {
        perror(path)
        return false
    }
    return true
}

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4, let threads = Int(arguments.count == 4 ? arguments[3] : "2"),
    threads > 0
else {
    FileHandle.standardError.write(Data("usage: uptake-write-floor SOURCE DEST [THREADS]\n".utf8))
    exit(2)
}
let (source, destination) = (arguments[1], arguments[2])
guard !FileManager.default.fileExists(atPath: destination) else {
    FileHandle.standardError.write(Data("uptake-write-floor: \(destination) exists\n".utf8))
    exit(2)
}
let (folders, files) = tree(source)
let before = cpuSeconds()
let started = DispatchTime.now().uptimeNanoseconds
var made = mkdir(destination, 0o755) == 0
for folder in folders where made { made = mkdir(destination + "/" + folder, 0o755) == 0 }
guard made else {
    perror(destination)
    exit(1)
}
let failed = FailureFlag()
DispatchQueue.concurrentPerform(iterations: threads) { thread in
    for index in stride(from: thread, to: files.count, by: threads)
    where !write(files[index].bytes, to: destination + "/" + files[index].path) {
        failed.set()
        return
    }
}
let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
let after = cpuSeconds()
guard !failed.isSet else { exit(1) }
let megabytes = Double(files.reduce(0) { $0 + $1.bytes.count }) / 1_048_576
print(
    String(
        format: "write floor: %d files, %.0f MB, %d folders in %.3f s wall (%.2f s user, %.2f s sys, %d threads)",
        files.count, megabytes, folders.count, wall, after.user - before.user, after.system - before.system, threads))

/// A flag any thread may raise.
final class FailureFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    func set() { lock.withLock { raised = true } }
    var isSet: Bool { lock.withLock { raised } }
}
