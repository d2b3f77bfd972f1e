import Testing
import UptakeModel
import UptakeTestSupport

@testable import UptakeInput

/// `RosterKeys` finds a field's roster number from its bytes; this holds it to the plain way:
/// make the field's participant key String, then look it up in a dictionary of the keys.
@Suite struct RosterKeysTests {
    /// Pieces of keys and fields: case, whitespace and non-ASCII around and inside the key.
    static let pieces = ["a", "B", "z", "@", ".", "é", "É", "ß", "İ", "\u{301}", "0", "A", "Z", "[", "`", "{", "_"]
    static let pads = ["", " ", "\t", "\r\n", "\u{A0}", " \u{301}"]

    static func randomKey(_ g: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...20, using: &g)
        return String((0..<length).map { _ in pieces.randomElement(using: &g)! }.joined())
    }

    /// Eight ASCII bytes lower-cased at once are each byte lower-cased on its own, whatever
    /// the bytes around it.
    @Test func lowerCasingAWordIsLowerCasingEachByte() {
        var g = SeededGenerator(seed: 7)
        for byte in UInt64(0)..<128 {
            for position in UInt64(0)..<8 {
                let around = (0..<8).reduce(UInt64(0)) { word, k in
                    word | UInt64.random(in: 0..<128, using: &g) << (8 * k)
                }
                let word = around & ~(0xFF << (8 * position)) | byte << (8 * position)
                let expected = (0..<8).reduce(UInt64(0)) { result, k in
                    let b = UInt8(truncatingIfNeeded: word >> (8 * k))
                    return result | UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << (8 * k)
                }
                #expect(RosterKeys.lowerASCII(word) == expected, "\(String(word, radix: 16))")
            }
        }
    }

    @Test(arguments: 0..<30) func fieldsFindWhatTheirKeyStringFinds(seed: Int) {
        var g = SeededGenerator(seed: UInt64(seed))
        var keys = RosterKeys()
        var reference: [String: Int32] = [:]
        // Enough keys to grow the table a few times; some repeat.
        for _ in 0..<Int.random(in: 0...300, using: &g) {
            let key = Self.randomKey(&g).participantKey
            let number = keys.insert(key)
            if let known = reference[key] {
                #expect(number == known)
            } else {
                #expect(Int(number) == reference.count)
                reference[key] = number
            }
            #expect(keys.keys[Int(number)] == key)
        }
        let known = Array(reference.keys)
        for _ in 0..<300 {
            // A known key in another case with padding, or a new one.
            let core = known.isEmpty || Bool.random(using: &g) ? Self.randomKey(&g) : known.randomElement(using: &g)!
            let cased = Bool.random(using: &g) ? core.uppercased() : core
            let field = Self.pads.randomElement(using: &g)! + cased + Self.pads.randomElement(using: &g)!
            let bytes = Array(field.utf8)
            let expected = bytes.withUnsafeBufferPointer { reference[ASCIIText.participantKey($0)] }
            let found = bytes.withUnsafeBufferPointer { bytes in
                keys.number(ofField: bytes) { ASCIIText.participantKey(bytes) }
            }
            #expect(found == expected, "\(bytes)")
            #expect(keys.number(of: field.participantKey) == expected)
        }
    }
}
