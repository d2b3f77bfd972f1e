import UptakeModel

/// A roster's distinct participant keys, numbered in roster order, found from a survey field's
/// bytes as they stand: the export reader learns a row's roster number without building the
/// key's String, and a row on the roster takes the roster's own key String.
///
/// Written by hand for speed. The reader used to build a String per row (an allocation, for
/// keys past 15 bytes), which the matcher then hashed to find the row's roster number and
/// replaced with the roster's String; a lookup from the bytes, lower-cased while hashed, does
/// all three at once. `number(ofField:)` gives exactly `number(of: ASCIIText.participantKey(field))`;
/// its hash is seeded per process, so a hostile roster cannot make probes collide.
struct RosterKeys {
    /// The distinct keys, in roster order: number `n` is `keys[n]`.
    private(set) var keys: [String] = []
    /// The keys' UTF-8 bytes, one after another; key `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing: the number of the key in each slot, or -1. Never more than half full.
    private var slots: [Int32] = [-1, -1]

    /// True while every key is ASCII: then two keys are equal as Strings exactly when their
    /// bytes are, so these numbers are the ones a `[String: …]` of the keys would give.
    private(set) var allASCII = true

    /// The number of distinct keys.
    var count: Int { keys.count }

    /// Room for `count` keys without growing (`grow` hashes every key again).
    mutating func reserveCapacity(_ count: Int) {
        var size = slots.count
        while size < 2 * count { size *= 2 }
        if size > slots.count { grow(to: size) }
        keys.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
    }

    /// Adds `key` when new; its number either way. The key is hashed once, for the lookup and
    /// the place of a new key: hashing it twice, and again at every doubling of the slots, made
    /// `ResponseMatcher.init` 2.2% of `uptake metrics` on the enterprise benchmark (1% now, with
    /// the slots reserved for the roster up front).
    @discardableResult
    mutating func insert(_ key: String) -> Int32 {
        var utf8 = key
        return utf8.withUTF8 { utf8 in
            if 2 * (keys.count + 1) > slots.count { grow(to: 2 * slots.count) }
            let hash = Self.hash(utf8, lowered: false)
            let mask = slots.count - 1
            var slot = hash & mask
            while slots[slot] >= 0 {
                if equals(Int(slots[slot]), utf8, lowered: false) { return slots[slot] }
                slot = (slot + 1) & mask
            }
            let new = Int32(truncatingIfNeeded: keys.count)
            allASCII = allASCII && ASCIIText.isASCII(utf8, utf8.indices)
            keys.append(key)
            bytes.append(contentsOf: utf8)
            starts.append(bytes.count)
            slots[slot] = new
            return new
        }
    }

    /// The number of `key`, if it is one of the keys.
    func number(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { number(of: $0, lowered: false) }
    }

    /// The number of `ASCIIText.participantKey(field)` (the field trimmed and lower-cased), if it
    /// is one of the keys. `key` is that String, made only when needed (non-ASCII around the
    /// trimmed ends or inside), so that it is made the one way the reader makes keys.
    func number(ofField field: UnsafeBufferPointer<UInt8>, key: () -> String) -> Int32? {
        guard let range = ASCIIText.trimmedBounds(field), ASCIIText.isASCII(field, range) else {
            return number(of: key())
        }
        return number(of: UnsafeBufferPointer(rebasing: field[range]), lowered: true)
    }

    /// The number of the key whose bytes are `utf8`, with A–Z lower-cased first when `lowered`.
    private func number(of utf8: UnsafeBufferPointer<UInt8>, lowered: Bool) -> Int32? {
        let mask = slots.count - 1
        var slot = Self.hash(utf8, lowered: lowered) & mask
        while true {
            let candidate = slots[slot]
            if candidate < 0 { return nil }
            if equals(Int(candidate), utf8, lowered: lowered) { return candidate }
            slot = (slot + 1) & mask
        }
    }

    /// Whether key `number` has the bytes `utf8` (A–Z lower-cased when `lowered`, which only
    /// ASCII bytes are), compared eight bytes at a time.
    private func equals(_ number: Int, _ utf8: UnsafeBufferPointer<UInt8>, lowered: Bool) -> Bool {
        let (start, end) = (starts[number], starts[number + 1])
        guard end - start == utf8.count else { return false }
        return bytes.withUnsafeBytes { stored in
            let field = UnsafeRawBufferPointer(utf8)
            var i = 0
            while i + 8 <= utf8.count {
                let word = field.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                guard
                    stored.loadUnaligned(fromByteOffset: start + i, as: UInt64.self)
                        == (lowered ? Self.lowerASCII(word) : word)
                else { return false }
                i += 8
            }
            for k in i..<utf8.count where stored[start + k] != (lowered ? Self.lower(utf8[k]) : utf8[k]) {
                return false
            }
            return true
        }
    }

    /// Puts `number` in the first free slot of its probe sequence.
    private mutating func place(_ number: Int32, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    /// Makes `count` slots (a power of two) and places every key again.
    private mutating func grow(to count: Int) {
        slots = [Int32](repeating: -1, count: count)
        for number in keys.indices {
            let hash = bytes.withUnsafeBufferPointer { bytes in
                Self.hash(UnsafeBufferPointer(rebasing: bytes[starts[number]..<starts[number + 1]]), lowered: false)
            }
            place(Int32(truncatingIfNeeded: number), hash: hash)
        }
    }

    /// The seeded hash of `utf8`, A–Z lower-cased first when `lowered` (eight bytes at a time).
    ///
    /// Written by hand for speed: one folded multiply per eight bytes, by a multiplier drawn
    /// per process (`Hasher`, the standard library's SipHash, was 4.2% of `uptake metrics` on
    /// the enterprise benchmark, with the probe and the compare, at one lookup per survey row).
    /// The random multiplier and the mix of each word into the running state keep a roster from
    /// being written to make probes collide: which keys collide depends on numbers it cannot see.
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>, lowered: Bool) -> Int {
        var state = multiplier ^ UInt64(truncatingIfNeeded: utf8.count)
        let raw = UnsafeRawBufferPointer(utf8)
        var i = 0
        while i + 8 <= utf8.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            state = fold(state ^ (lowered ? lowerASCII(word) : word) ^ 0xA076_1D64_78BD_642F, multiplier)
            i += 8
        }
        var tail: UInt64 = 0
        for k in i..<utf8.count { tail |= UInt64(utf8[k]) << (8 * UInt64(k - i)) }
        state = fold(state ^ (lowered ? lowerASCII(tail) : tail) ^ 0xE703_7ED1_A0B4_28DB, multiplier)
        return Int(truncatingIfNeeded: fold(state, 0x8EBC_6AF0_9C88_C6E3))
    }

    /// Odd and drawn once per process.
    private static let multiplier = UInt64.random(in: 1...UInt64.max) | 1

    /// The high and low halves of the full product, folded together.
    @inline(__always)
    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The eight bytes of `word`, all ASCII, with A–Z lower-cased at once: a byte's high bit,
    /// after adding 0x3F, says it is at least `A`; after adding 0x25, that it is past `Z` (an
    /// ASCII byte plus either stays below 0x100, so nothing carries into the next byte).
    @inline(__always)
    static func lowerASCII(_ word: UInt64) -> UInt64 {
        let atLeastA = word &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = word &+ 0x2525_2525_2525_2525
        return word | (atLeastA & ~pastZ & 0x8080_8080_8080_8080) >> 2
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
