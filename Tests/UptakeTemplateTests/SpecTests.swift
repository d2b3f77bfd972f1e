import Testing
import UptakeTemplate

/// Every case of the seven spec files the engine implements must pass; a failure lists each
/// failing case by name with what was expected and what came out.
@Suite struct SpecTests {
    @Test(arguments: [
        ("interpolation", 31), ("sections", 33), ("inverted", 21), ("comments", 11), ("partials", 11),
        ("delimiters", 14), ("~inheritance", 26),
    ])
    func everyCasePasses(file: String, count: Int) throws {
        let fixture = try SpecFixture(named: file)
        #expect(fixture.cases.count == count, "\(file): number of cases")
        var failures: [String] = []
        for test in fixture.cases {
            var library = TemplateLibrary()
            do {
                for (name, source) in test.partials { try library.register(source, named: name) }
                try library.register(test.template, named: "spec-case")
            } catch {
                failures.append("\(test.name): does not compile: \(error)")
                continue
            }
            let actual = library.render(test.data, template: "spec-case")
            if actual != test.expected {
                failures.append(
                    "\(test.name):\n  expected \(test.expected.debugDescription)\n  actual   \(String(describing: actual?.debugDescription))"
                )
            }
        }
        #expect(
            failures.isEmpty,
            "\(file): \(failures.count) of \(fixture.cases.count) failed\n\(failures.joined(separator: "\n"))")
        print("spec \(file): \(fixture.cases.count - failures.count)/\(fixture.cases.count) passed")
    }
}
