import UptakeModel

/// Where a JSON document goes as it is produced, value by value: the metrics.json schema is
/// written once (`ProgramMetrics.write(to:)`) and either printed as bytes (`JSONWriter`) or
/// kept as a tree (`JSONTree`, for `uptake metrics --format csv` and tests).
package protocol JSONSink {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The next member's key, written in the code (the schema's names): the value follows.
    mutating func key(_ name: StaticString)
    /// `key` for a name made at run time, escaped as needed.
    mutating func key(text name: String)
    mutating func null()
    mutating func bool(_ value: Bool)
    mutating func int(_ value: Int)
    /// A finite number; callers send `null()` for NaN and infinities.
    mutating func double(_ value: Double)
    mutating func string(_ value: String)
}

extension JSONSink {
    /// An integer, or null.
    package mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// A number, or null (also for NaN and infinities, which JSON cannot hold).
    package mutating func number(_ value: Double?) {
        if let value, value.isFinite { double(value) } else { null() }
    }

    /// `key` and then `value`.
    package mutating func member(_ name: StaticString, _ value: Int?) {
        key(name)
        int(value)
    }

    package mutating func member(_ name: StaticString, number value: Double?) {
        key(name)
        number(value)
    }

    package mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    package mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// The document `value`.
    package mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let i): int(i)
        case .number(let d): number(d)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(text: name)
                self.value(member)
            }
            endObject()
        }
    }
}

/// JSON pretty-printed with two-space indentation into UTF-8 bytes, as metrics.json is written:
/// an empty array or object is `[]` or `{}`, every other member on a line of its own.
///
/// Written by hand, not with Foundation's JSONSerialization or an Encodable: metrics.json keeps
/// PRODUCT.md §3's key order, and on a site of 10,000 programs building a tree of values first
/// and then printing it cost a tenth of the build.
package struct JSONWriter: JSONSink {
    /// The document so far.
    package private(set) var bytes: [UInt8] = []
    /// For each open array or object, whether it has a member yet.
    private var open: [Bool] = []
    /// True between a key and its value.
    private var afterKey = false

    package init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        open.reserveCapacity(16)
    }

    /// The document with a final line break.
    package consuming func finished() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    package mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    package mutating func endObject() { close(UInt8(ascii: "}")) }

    package mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        open.append(false)
    }

    package mutating func endArray() { close(UInt8(ascii: "]")) }

    package mutating func key(text name: String) {
        newMember()
        JSONValue.escape(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    /// Copied as it is: the schema's names need no escaping.
    package mutating func key(_ name: StaticString) {
        newMember()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    package mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    package mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    package mutating func int(_ value: Int) {
        beforeValue()
        bytes.appendDigits(Int64(value))
    }

    package mutating func double(_ value: Double) {
        beforeValue()
        bytes.append(contentsOf: JSONValue.format(value).utf8)
    }

    package mutating func string(_ value: String) {
        beforeValue()
        JSONValue.escape(value, into: &bytes)
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if !open.isEmpty {
            newMember()
        }
    }

    /// The separator and indentation before a member of the innermost container.
    private mutating func newMember() {
        let last = open.count - 1
        if open[last] { bytes.append(UInt8(ascii: ",")) }
        open[last] = true
        bytes.append(UInt8(ascii: "\n"))
        indent(open.count)
    }

    private mutating func close(_ bracket: UInt8) {
        if open.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            indent(open.count)
        }
        bytes.append(bracket)
    }

    private mutating func indent(_ level: Int) {
        let count = 2 * level
        guard count > 0 else { return }
        if count <= Self.spaces.utf8CodeUnitCount {
            Self.spaces.withUTF8Buffer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }

    /// Indentation for up to 16 levels, copied as one run.
    private static let spaces: StaticString = "                                "
}

/// A JSON document kept as a `JSONValue` tree.
package struct JSONTree: JSONSink {
    private enum Frame {
        case object([(String, JSONValue)], key: String)
        case array([JSONValue])
    }

    private var frames: [Frame] = []
    /// The finished document (null until a value is complete at the top level).
    package private(set) var value: JSONValue = .null

    package init() {}

    package mutating func beginObject() { frames.append(.object([], key: "")) }
    package mutating func beginArray() { frames.append(.array([])) }

    package mutating func endObject() {
        guard case .object(let members, _) = frames.removeLast() else { preconditionFailure("endObject in an array") }
        add(.object(members))
    }

    package mutating func endArray() {
        guard case .array(let items) = frames.removeLast() else { preconditionFailure("endArray in an object") }
        add(.array(items))
    }

    package mutating func key(text name: String) {
        guard case .object(let members, _) = frames.last else { preconditionFailure("key outside an object") }
        frames[frames.count - 1] = .object(members, key: name)
    }

    package mutating func key(_ name: StaticString) { key(text: name.description) }

    package mutating func null() { add(.null) }
    package mutating func bool(_ value: Bool) { add(.bool(value)) }
    package mutating func int(_ value: Int) { add(.int(value)) }
    package mutating func double(_ value: Double) { add(.number(value)) }
    package mutating func string(_ value: String) { add(.string(value)) }

    private mutating func add(_ item: JSONValue) {
        guard let top = frames.popLast() else {
            value = item
            return
        }
        switch top {
        case .object(var members, let key):
            members.append((key, item))
            frames.append(.object(members, key: key))
        case .array(var items):
            items.append(item)
            frames.append(.array(items))
        }
    }
}
