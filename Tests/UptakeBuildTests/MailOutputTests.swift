import Foundation
import Testing

@testable import UptakeBuild

/// Every .eml of a build, parsed by Python's `email` package (a real MIME parser): one message
/// per manager, addressed to the manager that mailing.csv names, text and html parts present,
/// so `sendmail -t < file.eml` delivers it to that manager.
@Suite struct MailOutputTests {
    static let parser = """
        import email, email.policy, sys
        for path in sys.argv[1:]:
            m = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
            assert not m.defects, m.defects
            parts = [p.get_content_type() for p in m.walk()]
            assert parts == ['multipart/alternative', 'text/plain', 'text/html'], parts
            print('/'.join(path.rsplit('/', 2)[-2:]), m['To'].addresses[0].addr_spec, m['From'].addresses[0].addr_spec, sep='\\t')
        """

    @Test func everyMessageGoesToItsManager() throws {
        let output = TestSupport.temporaryFolder() + "/out"
        #expect(Builder(site: CrossCheckTests.repository, output: output, environment: TestSupport.pinned).build().succeeded)
        let managers = output + "/managers"
        let messages = (FileManager.default.subpaths(atPath: managers) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        #expect(messages.count >= 20)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.parser] + messages.map { managers + "/" + $0 }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parsed = Dictionary(
            text.split(separator: "\n").map { line -> (String, [String]) in
                let cells = line.split(separator: "\t").map(String.init)
                return (cells[0], Array(cells.dropFirst()))
            }, uniquingKeysWith: { a, _ in a })
        #expect(parsed.count == messages.count)
        for program in try FileManager.default.contentsOfDirectory(atPath: managers) {
            let mailing = try String(contentsOfFile: "\(managers)/\(program)/mailing.csv", encoding: .utf8)
            for row in mailing.components(separatedBy: "\r\n").dropFirst() where !row.isEmpty {
                let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let file = cells[cells.count - 1], email = cells[cells.count - 2]
                #expect(parsed["\(program)/\(file)"]?.first == email, "\(program)/\(file) is not addressed to \(email)")
                #expect(parsed["\(program)/\(file)"]?.last == "learning@northwind.example")
            }
        }
    }
}
