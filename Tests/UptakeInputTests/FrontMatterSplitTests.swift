import Testing
import UptakeModel

@testable import UptakeInput

/// The byte-level front-matter split gives exactly what the Character-wise one does.
@Suite struct FrontMatterSplitTests {
    static let texts = [
        "---\ntitle: A\n---\nBody\n", "---\n---\n", "---\n---", "---  \ntitle: é\n...\n\n# Héllo\n\nmore\n",
        "---\ntitle: A\n--- \n", "---\na: 1\nb: 2\n---\nx\n---\ny", "--- \n\ttitle: x\n---\t\nz",
        "---\n\u{301}title\n---\n\u{301}body\n", "---\ntitle: A\n", "title: A\n---\n", "", "---",
        "----\n---\n", "---\n----\n...\nbody",
    ]

    @Test func plainSplitMatchesTheLineSplit() {
        for text in Self.texts {
            let slow = FrontMatter.splitLines(text, file: "p.md")
            let fast = FrontMatter.splitPlain(text)
            switch slow {
            case .success(let expected):
                #expect(fast?.yaml == expected.yaml, "\(text.debugDescription)")
                #expect(fast?.body == expected.body, "\(text.debugDescription)")
            case .failure:
                #expect(fast == nil, "\(text.debugDescription)")
            }
        }
    }

    @Test func carriageReturnsAndBOMTakeTheLineSplit() {
        #expect(FrontMatter.splitPlain("---\r\ntitle: A\r\n---\r\nBody\r\n") == nil)
        #expect(FrontMatter.splitPlain("\u{FEFF}---\ntitle: A\n---\n") == nil)
        let crlf = try? FrontMatter.split("---\r\ntitle: A\r\n---\r\nBody\r\n", file: "p.md").get()
        #expect(crlf?.yaml == "title: A" && crlf?.body == "Body\n")
    }
}
