// libFuzzer target: a program file's front matter and body (FrontMatter, YAMLPreflight, Yams,
// ProgramReader, Markdown), and the same text read as uptake.yml, on arbitrary text; every
// diagnostic then gets its source line, as `uptake check` prints it.
// Built by fuzz/run.sh with `swiftc -sanitize=fuzzer,address -parse-as-library`.
import UptakeModel

@testable import UptakeInput

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = YAMLText(text)
    var reader = ProgramReader(file: "content/programs/x.md", unsafeHTML: size % 2 == 0)
    _ = reader.read(text, defaultID: "x")
    var config = Diagnostics()
    _ = ConfigLoader.load(text, file: "uptake.yml", &config)
    let all = reader.diagnostics.showing(lines: ["content/programs/x.md": lines.line]).all + config.all
    for diagnostic in all {
        precondition(!diagnostic.message.isEmpty)
        precondition(!diagnostic.formatted.contains("\n"), "a diagnostic spans lines")
        if let shown = diagnostic.sourceLine {
            precondition(!shown.contains("\n") && !shown.contains("\r"), "a source line spans lines")
        }
    }
    return 0
}
