import UptakeTemplate
import XCTest

/// Every case of the seven spec files the engine implements must pass; a failure lists each
/// failing case by name with what was expected and what came out.
final class SpecTests: XCTestCase {
    func testInterpolation() throws { try check("interpolation", count: 31) }
    func testSections() throws { try check("sections", count: 33) }
    func testInverted() throws { try check("inverted", count: 21) }
    func testComments() throws { try check("comments", count: 11) }
    func testPartials() throws { try check("partials", count: 11) }
    func testDelimiters() throws { try check("delimiters", count: 14) }
    func testInheritance() throws { try check("~inheritance", count: 26) }

    private func check(_ file: String, count: Int, line: UInt = #line) throws {
        let fixture = try SpecFixture(named: file)
        XCTAssertEqual(fixture.cases.count, count, "\(file): number of cases", line: line)
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
        XCTAssert(
            failures.isEmpty,
            "\(file): \(failures.count) of \(fixture.cases.count) failed\n" + failures.joined(separator: "\n"),
            line: line)
        print("spec \(file): \(fixture.cases.count - failures.count)/\(fixture.cases.count) passed")
    }
}
