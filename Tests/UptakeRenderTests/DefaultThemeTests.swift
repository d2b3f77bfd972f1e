import Foundation
import Testing

@testable import UptakeRender

/// The theme embedded in the binary (`DefaultTheme.swift`, generated) must be exactly the files
/// of `templates/`: after editing a template, run `python3 scripts/embed-theme.py`.
@Suite struct DefaultThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    @Test func embeddedThemeMatchesTemplatesFolder() throws {
        var files: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: Self.templates) ?? [] {
            var isDirectory: ObjCBool = false
            let full = Self.templates + "/" + path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = try String(contentsOfFile: full, encoding: .utf8)
        }
        #expect(Set(files.keys) == Set(DefaultTheme.files.keys), "run python3 scripts/embed-theme.py")
        for (path, text) in files {
            #expect(DefaultTheme.files[path] == text, "\(path) changed: run python3 scripts/embed-theme.py")
        }
    }

    @Test func everyTemplateParses() {
        let (theme, problems) = Theme.make(overrides: [:])
        #expect(theme != nil)
        #expect(problems.isEmpty)
    }

    @Test func aBrokenOverrideIsReportedWithLineAndColumn() {
        let (theme, problems) = Theme.make(overrides: ["index.mustache": "<h1>\n{{#open}}never closed\n"])
        #expect(theme == nil)
        #expect(problems.first?.location?.file == "templates/index.mustache")
        #expect((problems.first?.location?.line ?? 0) >= 2)
    }
}
