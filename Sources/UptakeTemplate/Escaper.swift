/// How interpolated text is escaped: a byte-level function from the value's UTF-8 to the output.
///
/// Templates pick one with `{{% CONTENT_TYPE: NAME }}`; `HTML` is in force until then. The two
/// built-in escapers are matched by kind so the hot path calls no closure for them.
package struct Escaper: Sendable {
    /// The escaping function: append `input`, escaped, to `output`.
    package typealias Function = @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void

    enum Kind: Sendable {
        case html
        case text
        case custom(Function)
    }

    let kind: Kind

    /// An escaper that runs `escape` on every escaped interpolation.
    package init(_ escape: @escaping Function) {
        kind = .custom(escape)
    }

    private init(kind: Kind) {
        self.kind = kind
    }

    /// `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` (swift-mustache's set).
    package static let html = Escaper(kind: .html)
    /// No escaping at all: for plain-text output such as email bodies.
    package static let text = Escaper(kind: .text)

    /// Appends `input`, escaped, to `output`.
    @inline(__always)
    package func escape(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        switch kind {
        case .html: Self.escapeHTML(input, into: &output)
        case .text: output.append(contentsOf: input)
        case .custom(let function): function(input, &output)
        }
    }

    /// Copies runs without special characters whole; only the five special bytes are replaced.
    static func escapeHTML(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            // All five special bytes are below 0x3F; most text bytes are letters above it.
            if byte < 0x3F, let entity = entity(for: byte) {
                if runStart < index {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
                }
                output.append(contentsOf: entity)
                runStart = index + 1
            }
            index += 1
        }
        if runStart < count {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<count]))
        }
    }

    @inline(__always)
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 of a static string without creating a `String`.
    @inline(__always)
    mutating func append(contentsOf text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
