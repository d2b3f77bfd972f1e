import Foundation

/// Prints one-pagers to PDF with a real headless Chromium (`uptake build --pdf`): the same
/// engine that judges the one-page layout in the tests.
package struct PDFPrinter: Sendable {
    /// The Chromium executable.
    package var executable: String

    /// The first Chromium found: `UPTAKE_CHROMIUM`, then `chromium`, `chromium-browser`,
    /// `google-chrome` and `google-chrome-stable` on `PATH`.
    package static func find(environment: [String: String]) -> PDFPrinter? {
        if let path = environment["UPTAKE_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) {
            return PDFPrinter(executable: path)
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return PDFPrinter(executable: path) }
            }
        }
        return nil
    }

    /// Prints `html` to `pdf`; the page's own `@page` size decides the paper. Nil on success,
    /// else Chromium's complaint.
    package func print(_ html: String, to pdf: String, timeout: TimeInterval = 60) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("uptake-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
            URL(fileURLWithPath: html).absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return "cannot start \(executable): \(error.localizedDescription)" }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            return "Chromium did not finish printing \(html) within \(Int(timeout)) s"
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf) else {
            return "Chromium could not print \(html) (exit \(process.terminationStatus))"
        }
        return nil
    }
}
