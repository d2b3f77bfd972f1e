#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the few spellings of one export column's answers normalize to, remembered by their
/// bytes: "Yes", "No" and "" are each trimmed, lower-cased and looked up once per export rather
/// than once per row. Multi-select obstacle answers use a larger one (`RecordPlan.obstacleAnswers`).
///
/// Written by hand for speed (normalizing every answer through `String` was a fifth of the
/// load stage). A spelling is compared byte for byte with the ones seen (length and first
/// eight bytes first), so an answer gets exactly the value normalizing it would give. At most
/// `capacity` spellings of at most `longestKept` bytes are kept: a column of free text (or a
/// hostile one) normalizes every answer as it comes. In a large memo the spellings seen are
/// found through a small hash index on their length and first eight bytes: scanning them all,
/// the obstacle memo's 45 or so spellings per export cost more than hashing a String did.
struct AnswerMemo<Value> {
    /// A spelling kept: its length, its first eight bytes as one word, and where its bytes past
    /// the eighth start in `tails`. One array of these, scanned through a buffer pointer, with
    /// the tails in one flat array compared with memcmp: keeping lengths, heads and spellings
    /// in three arrays (each access bounds-checked, each spelling an array of its own) made
    /// this memo 8.6% of `uptake metrics` on the enterprise benchmark.
    private struct Key {
        var length: Int
        var head: UInt64
        var tail: Int
    }

    private var keys: [Key] = []
    private var tails: [UInt8] = []
    private var values: [Value] = []
    /// Open addressing over the spellings, for a memo of more than `scanned` spellings: per
    /// slot, a spelling's index + 1, or 0. Made with the first spelling kept (an empty memo
    /// allocates nothing); at least twice `capacity` slots.
    private var slots: [Int16] = []
    /// The most spellings kept.
    private let capacity: Int
    /// Answers from a table are short; a long value is normalized, not kept.
    private let longestKept: Int

    /// A memo of at most `capacity` spellings of at most `longestKept` bytes.
    init(capacity: Int = 24, longestKept: Int = 128) {
        self.capacity = min(capacity, Int(Int16.max) / 2)
        self.longestKept = longestKept
    }

    /// The value of the valid UTF-8 `bytes`, from `normalize` the first time a spelling is seen.
    mutating func value(of bytes: UnsafeBufferPointer<UInt8>, normalize: (String) -> Value) -> Value {
        let head = Self.head(of: bytes)
        var slot = 0
        if capacity <= Self.scanned {
            let found = keys.withUnsafeBufferPointer { keys in
                tails.withUnsafeBufferPointer { tails in
                    keys.firstIndex { $0.length == bytes.count && $0.head == head && Self.same($0, tails, bytes) }
                }
            }
            if let found { return values[found] }
        } else if !slots.isEmpty {
            let mask = slots.count - 1
            slot = Self.hash(head, bytes.count) & mask
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                let key = keys[index]
                if key.length == bytes.count, key.head == head,
                    tails.withUnsafeBufferPointer({ Self.same(key, $0, bytes) })
                {
                    return values[index]
                }
                slot = (slot + 1) & mask
            }
        }
        let value = normalize(String(decoding: bytes, as: UTF8.self))
        if keys.count < capacity, bytes.count <= longestKept {
            if capacity > Self.scanned, slots.isEmpty {
                var count = 8
                while count < 2 * capacity { count *= 2 }
                slots = [Int16](repeating: 0, count: count)
                slot = Self.hash(head, bytes.count) & (count - 1)
            }
            keys.append(Key(length: bytes.count, head: head, tail: tails.count))
            if bytes.count > 8 { tails.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[8...])) }
            values.append(value)
            if capacity > Self.scanned { slots[slot] = Int16(truncatingIfNeeded: keys.count) }
        }
        return value
    }

    /// The largest capacity whose spellings are scanned rather than indexed: for the few
    /// spellings of a yes/no or Likert column, a scan is quicker than hashing.
    private static var scanned: Int { 24 }

    /// A slot number from a spelling's length and first eight bytes (Fibonacci hashing).
    private static func hash(_ head: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: ((head ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }

    /// The value of field `column` of `record` (`table.field(record, column)` normalized).
    mutating func value(_ fields: FieldBytes, _ record: Int, _ column: Int, normalize: (String) -> Value) -> Value {
        guard let bytes = fields.value(record, column) else { return normalize(fields.table.field(record, column)) }
        return value(of: bytes, normalize: normalize)
    }

    /// The first eight bytes (fewer for a shorter value) as one word, byte `i` in bits `8i...`.
    @inline(__always)
    private static func head(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.count >= 8 {
            return UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(as: UInt64.self))
        }
        var word: UInt64 = 0
        for i in 0..<bytes.count { word |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return word
    }

    /// Whether `bytes`, of `key`'s length and head, has its bytes past the eighth.
    @inline(__always)
    private static func same(_ key: Key, _ tails: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard bytes.count > 8 else { return true }
        guard let stored = tails.baseAddress, let given = bytes.baseAddress else { return false }
        return memcmp(stored + key.tail, given + 8, bytes.count - 8) == 0
    }
}
