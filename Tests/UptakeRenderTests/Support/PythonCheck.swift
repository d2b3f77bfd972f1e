import Foundation

/// Runs a short Python script that reads bytes on stdin and prints one JSON document, so
/// tests can check Uptake's output with a real third-party parser. Missing `python3` or a
/// missing package is a failure with a message saying what to install, never a skip.
enum PythonCheck {
    /// Why the check could not run.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with stderr of the script.
        var description: String
    }

    /// Decodes the script's stdout as `T`. The script is killed after `timeout` seconds.
    static func run<T: Decodable>(
        _ script: String, input: [UInt8], as type: T.Type, timeout: TimeInterval = 30
    ) throws -> T {
        // A script that exits before reading stdin must fail the test, not kill the runner.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { throw Failure(description: "cannot start /usr/bin/env python3: \(error)") }
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }

        let errors = Captured()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()

        let message = String(decoding: errors.data, as: UTF8.self)
        if process.terminationReason == .uncaughtSignal {
            throw Failure(description: "python3 check killed after \(Int(timeout)) s\n\(message)")
        }
        switch process.terminationStatus {
        case 0: break
        case 127: throw Failure(description: "python3 is not on PATH; install Python 3 to run this test\n\(message)")
        default: throw Failure(description: "python3 check failed (\(process.terminationStatus)):\n\(message)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: output)
        } catch {
            throw Failure(
                description: "python3 printed no valid JSON (\(error)):\n\(String(decoding: output, as: UTF8.self))")
        }
    }

    /// The script's stderr, filled on another thread before `group.wait()` returns.
    private final class Captured: @unchecked Sendable {
        var data = Data()
    }
}
