import Foundation
import Mustache
import Testing
import UptakeMetrics

@testable import UptakeRender

/// The render's encoders work on UTF-8 bytes for speed. Each is checked here against the
/// scalar-by-scalar (or Foundation) version it replaced, kept below as the oracle, on tricky
/// and on pseudo-random text.
@Suite struct ByteEncodingTests {
    /// Text with every kind of character the encoders treat specially.
    static let samples: [String] = [
        "", "plain", "a & b < c > d \"e\" 'f'", "tab\there", "line\nbreak", "cr\rlf\r\n", "\r\n\r\n\n\r",
        "ctrl\u{1}\u{1F}\u{7F}", "c1 \u{80}\u{85}\u{9F}\u{A0}", "sep \u{2028} \u{2029}",
        "nonchar \u{FFFE}\u{FFFF}\u{FFFD}",
        "combining \"\u{301} <\u{20DD}", "prepend \u{600}<", "émoji 👩🏽‍💻 ✓ — ½", "back\\slash; comma, semi",
        "{{mustache}} \u{1}{ }\u{1}", ".leading dot", "From the start", String(repeating: "é", count: 60),
        String(repeating: "word ", count: 40), "trailing space ", "trailing tab\t",
    ]

    /// Pseudo-random strings over the same alphabet (a fixed seed: the same every run).
    static let random: [String] = {
        let alphabet: [String] = [
            "a", "Z", " ", "\t", "\n", "\r", "\r\n", "&", "<", ">", "\"", "'", "\\", ";", ",", "=", ".", "From ",
            "\u{0}",
            "\u{1}", "\u{7F}", "\u{85}", "\u{9F}", "é", "\u{301}", "\u{2028}", "\u{2029}", "\u{FFFE}", "\u{FFFF}", "€",
            "👩🏽‍💻",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<300).map { _ in (0..<next(200)).map { _ in alphabet[next(alphabet.count)] }.joined() }
    }()

    static var all: [String] { samples + random }

    @Test func htmlEscapingMatchesTheScalarVersion() {
        for text in Self.all { #expect(escapeHTML(text) == Oracle.escapeHTML(text), "\(text.debugDescription)") }
    }

    /// swift-mustache's own escaping compares `Character`s, so it leaves a special character
    /// that a combining mark follows as it is; ours escapes it, as browsers read it as markup.
    @Test func templatesEscapeLikeTheLibraryAndCloseItsGap() throws {
        let library = try MustacheTemplate(string: "{{% CONTENT_TYPE: HTML}}{{text}}")
        for text in Self.samples
        where !text.contains("\u{301}") && !text.contains("\u{20DD}") && !text.contains("\u{600}") {
            #expect(HTMLEscaping().escapeText(text) == library.render(["text": text]), "\(text.debugDescription)")
        }
        #expect(library.render(["text": "<\u{301}"]) == "<\u{301}")
        #expect(HTMLEscaping().escapeText("<\u{301}") == "&lt;\u{301}")
    }

    @Test func chartEscapingMatchesTheScalarVersion() {
        for text in Self.all {
            #expect(ChartText.escaped(text) == Oracle.chartEscaped(text), "\(text.debugDescription)")
        }
    }

    @Test func chartLineWrappingMatchesTheWholeLineVersion() {
        for text in Self.all + Self.longLines {
            for (width, size, bold, lines) in [(200.0, 14.0, false, 2), (90.0, 12.0, true, 3), (30.0, 11.0, false, 1)] {
                #expect(
                    ChartText.wrapped(text, width: width, fontSize: size, bold: bold, maxLines: lines)
                        == Oracle.wrapped(text, width: width, fontSize: size, bold: bold, maxLines: lines),
                    "\(text.debugDescription)")
            }
        }
    }

    @Test func calendarTextAndFoldingMatchTheScalarVersion() {
        for text in Self.all {
            #expect(ContentLine.text(text) == Oracle.calendarText(text), "\(text.debugDescription)")
            #expect(ContentLine.fold(text) == Oracle.fold(text), "\(text.debugDescription)")
        }
    }

    /// Long lines (few breaks) where soft breaks fall on every kind of byte: a space or tab,
    /// `=`, a multi-byte character, a `.` or `From ` at the start of the next physical line.
    static let longLines: [String] = {
        let alphabet = [
            "a", "b", "c", "d", " ", "\t", "=", ".", "From ", "é", "<", "\n", "x", "y", "~", "!", "\u{7F}", "\u{1F}",
            "abcdefghij", "0123456789 ",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<400).map { _ in (0..<(60 + next(400))).map { _ in alphabet[next(alphabet.count)] }.joined() }
            + (70...80).flatMap { n in
                [
                    String(repeating: "a", count: n), String(repeating: "a", count: n - 1) + " ",
                    String(repeating: "a", count: n) + ".b",
                ]
            }
    }()

    @Test func quotedPrintableMatchesTheArrayVersion() {
        for text in Self.all + Self.longLines {
            #expect(QuotedPrintable.encode(text) == Oracle.quotedPrintable(text), "\(text.debugDescription)")
        }
    }

    @Test func jsonMatchesTheScalarVersion() {
        for text in Self.all {
            let document = JSONValue.object([
                ("key \(text)", .array([.string(text), .int(-3), .number(0.25), .null, .bool(true)]))
            ])
            #expect(document.serialized() == Oracle.json(document), "\(text.debugDescription)")
        }
        #expect(JSONValue.array([]).serialized() == "[]\n")
        #expect(JSONValue.number(.nan).serialized() == "null\n")
    }

    /// The site's metrics.json is `{"schema":"uptake.metrics/1","programs":[`, then each
    /// program's document in compact form on a line of its own: the same values as the
    /// pretty-printed documents, with no whitespace outside strings (keys and strings with
    /// quotes, colons, spaces and backslashes included).
    @Test func siteMetricsAreOneCompactProgramPerLine() throws {
        let programs: [JSONValue] = (Self.samples + ["a \"b\": c", "\\", "x\\\": y"]).map {
            .object([
                ("id", .string($0)), ("key \($0)", .string(": \($0) ,")), ("list", .array([.int(1), .object([])])),
                ("nested", .object([("n", .number(0.25)), ("empty", .array([])), ("strings", .array([.string($0)]))])),
            ])
        }
        for count in [0, 1, programs.count] {
            let chosen = Array(programs.prefix(count))
            let site = String(
                decoding: SiteMetricsJSON.bytes(chosen.map { SiteMetricsJSON.entry(Array($0.serialized().utf8)) }),
                as: UTF8.self)
            let lines = chosen.map { Oracle.compactJSON($0) }
            let expected =
                count == 0
                ? "{\"schema\":\"uptake.metrics/1\",\"programs\":[]}\n"
                : "{\"schema\":\"uptake.metrics/1\",\"programs\":[\n" + lines.joined(separator: ",\n") + "\n]}\n"
            #expect(site == expected)
            // And it is JSON with the same values as the pretty-printed documents.
            let parsed = try JSONSerialization.jsonObject(with: Data(site.utf8)) as? [String: Any]
            let each = try chosen.map {
                try JSONSerialization.jsonObject(with: Data($0.serialized().utf8)) as! NSDictionary
            }
            #expect((parsed?["programs"] as? [NSDictionary]) == each)
        }
        #expect(SiteMetricsJSON.entry([]) == [])
    }

    @Test func taskCheckboxesAreLabeledAsByFoundation() {
        let todo = "<input type=\"checkbox\" disabled=\"\" />"
        let done = "<input type=\"checkbox\" checked=\"\" disabled=\"\" />"
        let pages = [
            "", "<p>no boxes</p>", "<ul><li>\(todo) a</li><li>\(done) b</li></ul>", todo + todo + done,
            "<input type=\"checkbox\" other />\(todo)é\(done)", "<input type=\"checkbox\" ",
            "x<input type=\"checkbox\" disabled=\"\" /",
        ]
        for html in pages {
            let expected = html.replacingOccurrences(
                of: todo, with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"to do\" />"
            )
            .replacingOccurrences(
                of: done, with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"done\" />")
            #expect(ProgramPage.labelingTaskCheckboxes(html) == expected, "\(html)")
        }
    }
}

/// The implementations the byte versions replaced.
enum Oracle {
    static func escapeHTML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func chartEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func calendarText(_ value: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n" where previousWasCR: continue
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > 75 {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out + "\r\n"
    }

    /// `ChartText.wrapped` as it was, measuring every candidate line whole.
    static func wrapped(_ text: String, width: Double, fontSize: Double, bold: Bool, maxLines: Int) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let candidate = current.isEmpty ? words[index] : current + " " + words[index]
            if ChartText.width(of: candidate, fontSize: fontSize, bold: bold) <= width {
                current = candidate
                index += 1
            } else if current.isEmpty {
                current = ChartText.truncated(words[index], width: width, fontSize: fontSize, bold: bold)
                index += 1
            } else {
                lines.append(current)
                current = ""
                if lines.count == maxLines { break }
            }
        }
        if lines.count < maxLines {
            if !current.isEmpty || lines.isEmpty { lines.append(current) }
        } else if index < words.count || !current.isEmpty {
            let rest = ([lines.removeLast(), current] + words[index...]).filter { !$0.isEmpty }
            lines.append(ChartText.truncated(rest.joined(separator: " "), width: width, fontSize: fontSize, bold: bold))
        }
        return lines
    }

    static func quotedPrintable(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 13 || byte == 10 {
                lines.append(bytes[start..<index])
                index += byte == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(bytes[start..<bytes.count])
        func fragile(_ rest: ArraySlice<UInt8>) -> Bool {
            rest.first == UInt8(ascii: ".") || rest.starts(with: "From ".utf8)
        }
        func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 48 + nibble : 55 + nibble }
        var out: [UInt8] = []
        for (number, line) in lines.enumerated() {
            if number > 0 { out += [13, 10] }
            var used = 0
            for index in line.indices {
                let byte = line[index]
                let isLast = index == line.index(before: line.endIndex)
                var literal = ((33...126).contains(byte) && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
                if literal && used == 0 && fragile(line[index...]) { literal = false }
                if used + (literal ? 1 : 3) > (isLast ? 76 : 75) {
                    out += [61, 13, 10]
                    used = 0
                    if literal && fragile(line[index...]) { literal = false }
                }
                if literal {
                    out.append(byte)
                    used += 1
                } else {
                    out += [61, hex(byte >> 4), hex(byte & 15)]
                    used += 3
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func json(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out, indent: 0)
        return out + "\n"
    }

    /// `value` as compact JSON: no whitespace outside strings, no final line break.
    static func compactJSON(_ value: JSONValue) -> String {
        switch value {
        case .array(let items): return "[" + items.map(compactJSON).joined(separator: ",") + "]"
        case .object(let members):
            return "{"
                + members.map { key, member in
                    var name = ""
                    escape(key, into: &name)
                    return name + ":" + compactJSON(member)
                }.joined(separator: ",") + "}"
        default:
            var out = ""
            write(value, to: &out, indent: 0)
            return out
        }
    }

    private static func write(_ value: JSONValue, to out: inout String, indent: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d): out += d.isFinite ? JSONValue.format(d) : "null"
        case .string(let s): escape(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                write(item, to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (i, (key, member)) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                escape(key, into: &out)
                out += ": "
                write(member, to: &out, indent: indent + 1)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    private static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
