import Foundation
import UptakeInput
import UptakeModel
import UptakeRender

/// The incremental build: a program whose files all read the same as at the last build into
/// this output folder — its definition, roster and exports, and the same `uptake.yml`,
/// templates, build clock and `uptake` binary — is not loaded, measured or rendered again; its
/// files stay as they are and its summary, warnings and file list come from the record the last
/// build left in `.uptake-output`. A file's content hash is trusted while its size and
/// modification time are those recorded (git's index works the same way); otherwise it is read
/// and hashed again, so touching a file without changing it costs a hash, not a rebuild.
struct BuildCache: Sendable {
    /// One input file of a program as it was read.
    typealias Input = ReadLog.Read

    /// What the last build recorded about one program.
    struct Entry: Sendable {
        var file: String
        var key: UInt64
        var id: String
        var inputs: [Input] = []
        var paths: [String] = []
        var summary: [String] = []
        var loadDiagnostics: [Diagnostic] = []
        var renderDiagnostics: [Diagnostic] = []
        /// The entry's lines as read, written back as they are when the program is reused.
        var lines: [String] = []
    }

    /// Site folder.
    let root: String
    /// What every program's output depends on besides its own files.
    let sharedKey: UInt64
    /// The last build's record lines of each program, by program file: parsed only when that
    /// program is looked at, by the worker building it (in parallel, not before the build).
    let entries: [String: [String]]

    init(previous: OutputRecord, plan: SitePlan, clock: BuildClock, engine: TemplateEngine) {
        root = plan.root
        var parts: [UInt64] = [
            UInt64(bitPattern: clock.seconds), Self.binaryIdentity, engine == .uptake ? 1 : 2,
            Self.hashOfFile((plan.root as NSString).appendingPathComponent("uptake.yml")) ?? 0,
        ]
        for (path, text) in plan.templateOverrides.sorted(by: { $0.key < $1.key }) {
            parts.append(ContentHash.of(path))
            parts.append(ContentHash.of(text))
        }
        sharedKey = ContentHash.combine(parts)
        entries = Self.group(previous.extra)
    }

    /// The program's result rebuilt from the record, when nothing it depends on changed and
    /// its files are still in the output; nil to build it.
    func reuse(_ file: String, transaction: OutputTransaction) -> ProgramResult? {
        let started = DispatchTime.now().uptimeNanoseconds
        guard let lines = entries[file], let entry = Self.parse(lines)[file], entry.key == sharedKey,
            !entry.inputs.isEmpty,
            entry.inputs.allSatisfy(unchanged), let summary = summary(entry)
        else { return nil }
        guard transaction.keep(all: entry.paths) else { return nil }
        var result = ProgramResult(file: file)
        result.id = entry.id
        result.loadDiagnostics = entry.loadDiagnostics
        result.renderDiagnostics = entry.renderDiagnostics
        result.summary = summary
        result.paths = entry.paths
        result.inputs = entry.inputs
        result.cached = true
        result.recordLines = entry.lines
        result.onePagers = entry.paths.filter(ProgramWork.isOnePager).map {
            ($0, (transaction.folder as NSString).appendingPathComponent($0), false)
        }
        result.times["cache"] = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return result
    }

    /// True when an input still has the recorded contents.
    func unchanged(_ input: Input) -> Bool {
        let full = (root as NSString).appendingPathComponent(input.path)
        guard let disk = OutputTransaction.status(of: full), disk.size == input.size else { return false }
        if disk.modified == input.modified { return true }
        return Self.hashOfFile(full) == input.hash
    }

    /// The program's summary from the recorded fields, without its metrics.json: that is read
    /// from the output only if the site-wide files are made again (`readMetricsJSON`), which a
    /// rebuild that changed no summary skips (`siteUnchanged`).
    func summary(_ entry: Entry) -> ProgramSummary? {
        let fields = entry.summary
        guard fields.count == 6 else { return nil }
        return ProgramSummary(
            id: entry.id, title: Self.unescape(fields[4]), summary: Self.unescape(fields[5]),
            learning: Double(fields[0]), doing: Double(fields[1]), checkpointDay: Int(fields[2]),
            siteMetricsJSON: [], hasManagers: fields[3] == "1")
    }

    /// A reused program's metrics.json as the output holds it, for the site's metrics.json.
    static func readMetricsJSON(of id: String, in folder: String) -> Result<[UInt8], Diagnostic> {
        let path = "site/programs/\(id)/metrics.json"
        switch SiteFiles.contents(ofRegularFile: folder + "/" + path, limit: .max) {
        case .success(let file): return .success(file.bytes)
        case .failure(let problem):
            return .failure(
                .error("output file '\(path)' \(problem.message) (was it changed during the build?)", at: nil))
        }
    }

    /// True when the site-wide files would come out as the last build made them: the same
    /// programs, each reused or rebuilt with the same summary and the same metrics.json bytes,
    /// under the same config, templates, clock and binary (proved by any program reused). The
    /// caller still checks that those files are on disk as recorded (`keep(all:)`).
    func siteUnchanged(_ results: [ProgramResult], in transaction: OutputTransaction) -> Bool {
        guard results.contains(where: \.cached) else { return false }
        let previous = transaction.previous.files
        var programs = 0
        for path in previous.keys where path.hasPrefix("site/programs/") && path.hasSuffix("/metrics.json") {
            programs += 1
        }
        guard programs == results.count else { return false }
        for result in results {
            guard let id = result.id, let recorded = previous["site/programs/\(id)/metrics.json"] else { return false }
            if result.cached { continue }
            guard let summary = result.summary, let lines = entries[result.file],
                let entry = Self.parse(lines)[result.file], entry.id == id, entry.summary == Self.fields(of: summary),
                let written = transaction.recorded("site/programs/\(id)/metrics.json"),
                written.size == recorded.size, written.hash == recorded.hash
            else { return false }
        }
        return true
    }

    /// Hash of a file's bytes, nil when it cannot be read.
    static func hashOfFile(_ path: String) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { ContentHash.of($0) }
    }

    /// Identifies the `uptake` binary (size and modification time of the running executable),
    /// so a new version of Uptake never reuses an older one's output. When the executable
    /// cannot be found, a value of this run alone: nothing is reused (slower, never wrong).
    static let binaryIdentity: UInt64 = {
        guard
            let disk = OutputTransaction.status(of: "/proc/self/exe")
                ?? OutputTransaction.status(of: CommandLine.arguments[0])
        else { return UInt64.random(in: 0...UInt64.max) }
        return ContentHash.combine([UInt64(disk.size), UInt64(bitPattern: disk.modified)])
    }()

    /// Records every built program for the next build (a failed build records nothing).
    func remember(_ results: [ProgramResult], in transaction: OutputTransaction) {
        var lines: [String] = []
        for result in results {
            if result.cached, !result.recordLines.isEmpty {
                lines += result.recordLines
                continue
            }
            guard let id = result.id, let summary = result.summary, !result.inputs.isEmpty else { continue }
            lines.append("P\t\(result.file)\t\(String(sharedKey, radix: 16))\t\(Self.escape(id))")
            for input in result.inputs {
                lines.append(
                    "I\t\(input.size)\t\(input.modified)\t\(String(input.hash, radix: 16))\t\(Self.escape(input.path))")
            }
            for path in result.paths { lines.append("O\t\(Self.escape(path))") }
            lines.append((["S"] + Self.fields(of: summary)).joined(separator: "\t"))
            for diagnostic in result.loadDiagnostics { lines.append("L\t" + Self.encode(diagnostic)) }
            for diagnostic in result.renderDiagnostics { lines.append("R\t" + Self.encode(diagnostic)) }
        }
        transaction.remember(lines)
    }

    /// A summary as the record's `S` line holds it.
    static func fields(of summary: ProgramSummary) -> [String] {
        let number = { (value: Double?) in value.map { "\($0)" } ?? "-" }
        return [
            number(summary.learning), number(summary.doing), summary.checkpointDay.map(String.init) ?? "-",
            summary.hasManagers ? "1" : "0", escape(summary.title), escape(summary.summary),
        ]
    }

    /// The record's lines grouped by program file (each group starts with its `P` line).
    static func group(_ lines: [String]) -> [String: [String]] {
        var groups: [String: [String]] = [:]
        var file: String?
        for line in lines {
            if line.utf8.starts(with: [0x50, 0x09]) {
                file = Substring(line.utf8.dropFirst(2)).fields(maxSplits: 1).first.map(String.init)
            }
            if let file { groups[file, default: []].append(line) }
        }
        return groups
    }

    /// Entries from the record's lines; a malformed entry is dropped (that program is rebuilt).
    static func parse(_ lines: [String]) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        var current: Entry?
        var broken = false
        var lastFile: String?
        func finish() {
            if let entry = current, !broken { entries[entry.file] = entry }
            current = nil
            broken = false
        }
        for line in lines {
            current?.lines.append(line)
            let kind = line.utf8.count > 1 ? Substring(line.utf8.prefix(2)) : ""
            let rest = Substring(line.utf8.dropFirst(2))
            switch kind {
            case "P\t":
                finish()
                let parts = rest.fields(maxSplits: 2)
                guard parts.count == 3, let key = UInt64(parts[1], radix: 16) else {
                    broken = true
                    continue
                }
                current = Entry(file: String(parts[0]), key: key, id: unescape(parts[2]), lines: [line])
            case "I\t":
                let parts = rest.fields(maxSplits: 3)
                guard parts.count == 4, let size = Int(parts[0]), let modified = Int64(parts[1]),
                    let hash = UInt64(parts[2], radix: 16)
                else {
                    broken = true
                    continue
                }
                current?.inputs.append(Input(path: unescape(parts[3]), size: size, modified: modified, hash: hash))
            case "O\t": current?.paths.append(unescape(rest))
            case "S\t": current?.summary = rest.fields().map(String.init)
            case "L\t", "R\t":
                guard let diagnostic = decode(rest, sharing: &lastFile) else {
                    broken = true
                    continue
                }
                if kind == "L\t" {
                    current?.loadDiagnostics.append(diagnostic)
                } else {
                    current?.renderDiagnostics.append(diagnostic)
                }
            default: broken = true
            }
        }
        finish()
        return entries
    }

    /// A diagnostic as one tab-separated line.
    static func encode(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        return [
            diagnostic.severity.rawValue, location.map { escape($0.file) } ?? "-", String(location?.line ?? 0),
            String(location?.column ?? 0), escape(diagnostic.message),
            diagnostic.sourceLine.map { "+" + escape($0) } ?? "-",
        ].joined(separator: "\t")
    }

    /// The diagnostic `encode` wrote.
    static func decode(_ text: Substring) -> Diagnostic? {
        var file: String?
        return decode(text, sharing: &file)
    }

    /// `decode`, on the line's UTF-8 bytes (a large site replays tens of thousands of
    /// diagnostics from the record on every build, and splitting each into `Substring`s was
    /// most of reusing a program). `file` is the file of the diagnostic decoded before: when
    /// this one names the same file, it gets the same String rather than a copy.
    static func decode(_ text: Substring, sharing file: inout String?) -> Diagnostic? {
        var text = text
        return text.withUTF8 { bytes -> Diagnostic? in
            // The five tabs between the six fields.
            var tabs: [Int] = []
            tabs.reserveCapacity(5)
            for index in bytes.indices where bytes[index] == 0x09 {
                tabs.append(index)
                if tabs.count > 5 { return nil }
            }
            guard tabs.count == 5 else { return nil }
            func field(_ number: Int) -> UnsafeBufferPointer<UInt8> {
                let start = number == 0 ? 0 : tabs[number - 1] + 1
                let end = number == 5 ? bytes.count : tabs[number]
                return UnsafeBufferPointer(rebasing: bytes[start..<end])
            }
            func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
                guard !bytes.isEmpty, bytes.count < 19, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else {
                    return Int(String(decoding: bytes, as: UTF8.self))
                }
                return bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            }
            guard let severity = Diagnostic.Severity(rawValue: String(decoding: field(0), as: UTF8.self)),
                let line = integer(field(2)), let column = integer(field(3))
            else { return nil }
            let path = field(1)
            var location: SourceLocation?
            if !(path.count == 1 && path[0] == 0x2D) {
                if let known = file, known.utf8.elementsEqual(path) {
                    location = SourceLocation(file: known, line: line, column: column)
                } else {
                    let name = unescape(path)
                    file = name
                    location = SourceLocation(file: name, line: line, column: column)
                }
            }
            let source = field(5)
            let sourceLine =
                source.first == 0x2B ? unescape(UnsafeBufferPointer(rebasing: source[(source.startIndex + 1)...])) : nil
            return Diagnostic(severity, unescape(field(4)), at: location, sourceLine: sourceLine)
        }
    }

    /// `unescape` of UTF-8 bytes.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(0x5C) else { return String(decoding: bytes, as: UTF8.self) }
        return unescape(String(decoding: bytes, as: UTF8.self))
    }

    /// Backslash, tab, newline and carriage return escaped, so a value stays in its field.
    /// (On UTF-8 bytes: a record holds tens of thousands of these, and Character-wise string
    /// handling was most of a no-change rebuild's time.)
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            switch byte {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text `escape` wrote.
    static func unescape<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var escaped = false
        for byte in text.utf8 {
            if escaped {
                switch byte {
                case 0x74: out.append(0x09)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                default: out.append(byte)
                }
                escaped = false
            } else if byte == 0x5C {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Substring {
    /// Tab-separated fields (split on UTF-8 bytes), at most `limit` + 1 of them.
    func fields(maxSplits limit: Int = Int.max) -> [Substring] {
        utf8.split(separator: 0x09, maxSplits: limit, omittingEmptySubsequences: false).map { Substring($0) }
    }
}
