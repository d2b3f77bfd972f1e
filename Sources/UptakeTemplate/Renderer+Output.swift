/// Writing to the output: text, interpolated values, and the indentation of lines inside
/// indented partials and blocks.
extension Renderer {
    mutating func emitText(_ bytes: [UInt8]) {
        if levels.isEmpty {
            out.append(contentsOf: bytes)
            return
        }
        // swift-mustache's text tokens end at each newline: each line is checked on its own.
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                if end < buffer.count { end += 1 }
                indentIfAtLineStart()
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end
            }
        }
    }

    /// `String` as itself, `Bool` as `true`/`false`, numbers and anything else as
    /// `String(describing:)`; an Optional is unwrapped and nil renders nothing.
    mutating func emitValue(_ value: Any, escaper: Escaper) {
        switch ValueKind(of: value) {
        case .string:
            emit(ValueKind.project(value, as: String.self), escaper: escaper)
        case .bool:
            emit(ValueKind.project(value, as: Bool.self) ? "true" : "false", escaper: escaper)
        case .int:
            if case .custom = escaper.kind {
                emit(String(ValueKind.project(value, as: Int.self)), escaper: escaper)
            } else {
                emitDecimal(ValueKind.project(value, as: Int.self))
            }
        case .double:
            emit((ValueKind.project(value, as: Double.self)).description, escaper: escaper)
        default:
            if let optional = value as? any AnyOptional {
                if let wrapped = optional.wrappedValue { emitValue(wrapped, escaper: escaper) }
            } else {
                emit(String(describing: value), escaper: escaper)
            }
        }
    }

    @inline(__always)
    mutating func emit(_ string: String, escaper: Escaper) {
        var string = string
        string.withUTF8 { buffer in
            guard !buffer.isEmpty else { return }
            if !levels.isEmpty { indentIfAtLineStart() }
            escaper.escape(buffer, into: &out)
        }
    }

    /// Digits straight into the output; no `String` for the common case.
    mutating func emitDecimal(_ number: Int) {
        if !levels.isEmpty { indentIfAtLineStart() }
        if number < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            repeat {
                scratch[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[(24 - count)...]))
        }
    }

    /// Before a non-empty piece of output: the innermost region that already holds output
    /// decides, indenting when that output ends a line (a lone LF: swift-mustache compares
    /// `Character`s, and CR LF is one).
    mutating func indentIfAtLineStart() {
        let count = out.count
        var index = levels.count - 1
        while index >= 0 {
            let level = levels[index]
            if count > level.start {
                guard let indent = level.indent, out[count - 1] == 0x0A else { return }
                if count - 2 >= level.start, out[count - 2] == 0x0D { return }
                out.append(contentsOf: indent)
                return
            }
            if level.prefixAtStart, let indent = level.indent {
                if count == 0 || out[count - 1] == 0x0A { out.append(contentsOf: indent) }
                return
            }
            index -= 1
        }
    }
}
