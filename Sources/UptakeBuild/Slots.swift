import Foundation

/// Values made by concurrent tasks (`DispatchQueue.concurrentPerform`), each task writing its
/// own slot by index; read in order once they are done.
package final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value]

    /// `count` slots holding `value`.
    package init(repeating value: Value, count: Int) {
        values = Array(repeating: value, count: count)
    }

    /// Slot `index`.
    package subscript(index: Int) -> Value {
        get { lock.withLock { values[index] } }
        set { lock.withLock { values[index] = newValue } }
    }

    /// Every slot, in order.
    package var all: [Value] { lock.withLock { values } }
}
