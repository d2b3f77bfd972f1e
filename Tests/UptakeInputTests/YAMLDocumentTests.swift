import Testing
import UptakeModel

@testable import UptakeInput

/// What `YAMLDocument.parse` gives for the YAML Uptake reads (front matter, uptake.yml): the
/// tree with every value's position, and the problems composing can find once libyaml has
/// parsed the text (duplicate keys, a second document).
@Suite struct YAMLDocumentTests {
    func parse(_ text: String, lineOffset: Int = 0) -> Result<YAMLNode, Diagnostic> {
        YAMLDocument.parse(text, file: "f.yml", lineOffset: lineOffset)
    }

    func problem(_ text: String, lineOffset: Int = 0) -> String? {
        guard case .failure(let diagnostic) = parse(text, lineOffset: lineOffset) else { return nil }
        let at = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
        return "\(at) \(diagnostic.message)"
    }

    @Test func valuesCarryTheirPositions() throws {
        let text = """
            id: feedback
            title: "Feedback: that lands"
            checkpoints: [14, 30]
            behaviors:
              - id: ask
                name: 'Ask'
              - id: listen
            empty:
            tilde: ~
            quoted_null: "null"
            block: |
              two
              lines

            """
        let root = try parse(text, lineOffset: 1).get()
        #expect(
            root.pairs?.map(\.key) == [
                "id", "title", "checkpoints", "behaviors", "empty", "tilde", "quoted_null", "block",
            ])
        #expect(root["title"]?.scalar == "Feedback: that lands")
        #expect(root["title"]?.location == SourceLocation(file: "f.yml", line: 3, column: 8))
        #expect(root["checkpoints"]?.items?.map(\.scalar) == ["14", "30"])
        #expect(root["checkpoints"]?.items?[1].location == SourceLocation(file: "f.yml", line: 4, column: 19))
        let behaviors = try #require(root["behaviors"]?.items)
        #expect(behaviors.count == 2)
        #expect(behaviors[0].location == SourceLocation(file: "f.yml", line: 6, column: 5))
        #expect(behaviors[0]["name"]?.scalar == "Ask")
        #expect(behaviors[1].pairs?.first?.keyNode.location == SourceLocation(file: "f.yml", line: 8, column: 5))
        #expect(root["empty"]?.isNull == true)
        #expect(root["tilde"]?.isNull == true)
        #expect(root["quoted_null"]?.isNull == false)
        #expect(root["block"]?.scalar == "two\nlines\n")
        #expect(root["missing"] == nil)
        #expect(root.describe == "a mapping")
        #expect(root["checkpoints"]?.describe == "a list")
    }

    @Test func emptyTextIsAnEmptyMapping() throws {
        for text in ["", "# only a comment\n"] {
            let root = try parse(text, lineOffset: 1).get()
            #expect(root.pairs?.isEmpty == true)
            #expect(root.location == SourceLocation(file: "f.yml", line: 2, column: 1))
        }
    }

    @Test func aDocumentOfOneScalarIsNotAMapping() throws {
        let root = try parse("just text\n").get()
        #expect(root.pairs == nil)
        #expect(root.scalar == "just text")
    }

    @Test func duplicateKeysAreNamedAtTheirFirstUse() {
        #expect(problem("id: a\ntitle: T\nid: b\n") == "1:1 duplicate key 'id' in mapping")
        #expect(
            problem("x: 1\nouter:\n  b: 1\n  a: 1\n  b: 2\n  a: 2\n", lineOffset: 1)
                == "5:3 duplicate key 'a', 'b' in mapping")
        // Quoted or not, a key is the same text.
        #expect(problem("a: 1\n\"a\": 2\n") == "1:1 duplicate key 'a' in mapping")
        // A key with another explicit tag is another key.
        #expect(problem("5: 1\n!!int 5: 2\n") == nil)
        #expect(problem("- a: 1\n  a: 2\n") == "1:3 duplicate key 'a' in mapping")
    }

    @Test func theFirstProblemInTheTextComesBeforeADuplicateKey() {
        #expect(
            problem("a: 1\na: 2\nb: &x 3\n")
                == "3:4 YAML anchors (&name) are not supported: write the value out in full")
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(
            problem("a: 1\n---\nb: 2\n")
                == "2:1 malformed YAML: expected a single document in the stream but found another document")
    }
}
