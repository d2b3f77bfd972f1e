/// What the few spellings of one export column's answers normalize to, remembered by their
/// bytes: "Yes", "No" and "" are each trimmed, lower-cased and looked up once per export rather
/// than once per row.
///
/// Written by hand for speed (normalizing every answer through `String` was a fifth of the
/// load stage). A spelling is compared byte for byte with the ones seen (length and first
/// eight bytes first), so an answer gets exactly the value normalizing it would give. At most
/// `capacity` spellings of at most `longestKept` bytes are kept: a column of free text (or a
/// hostile one) normalizes every answer as it comes.
struct AnswerMemo<Value> {
    private var lengths: [Int] = []
    private var heads: [UInt64] = []
    private var spellings: [[UInt8]] = []
    private var values: [Value] = []
    private static var capacity: Int { 24 }
    /// Answers from a table are short; a long value is normalized, not kept.
    private static var longestKept: Int { 128 }

    /// The value of the valid UTF-8 `bytes`, from `normalize` the first time a spelling is seen.
    mutating func value(of bytes: UnsafeBufferPointer<UInt8>, normalize: (String) -> Value) -> Value {
        let head = Self.head(of: bytes)
        for index in lengths.indices where lengths[index] == bytes.count && heads[index] == head {
            if bytes.count <= 8 || spellings[index].withUnsafeBufferPointer({ Self.same($0, bytes) }) {
                return values[index]
            }
        }
        let value = normalize(String(decoding: bytes, as: UTF8.self))
        if lengths.count < Self.capacity, bytes.count <= Self.longestKept {
            lengths.append(bytes.count)
            heads.append(head)
            spellings.append(Array(bytes))
            values.append(value)
        }
        return value
    }

    /// The value of field `column` of `record` (`table.field(record, column)` normalized).
    mutating func value(_ fields: FieldBytes, _ record: Int, _ column: Int, normalize: (String) -> Value) -> Value {
        guard let bytes = fields.value(record, column) else { return normalize(fields.table.field(record, column)) }
        return value(of: bytes, normalize: normalize)
    }

    /// The first eight bytes (fewer for a shorter value) as one word.
    private static func head(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word: UInt64 = 0
        for i in 0..<min(8, bytes.count) { word |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        return word
    }

    /// Whether two byte runs of the same length are equal after their first eight bytes.
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 8..<a.count where a[i] != b[i] { return false }
        return true
    }
}
