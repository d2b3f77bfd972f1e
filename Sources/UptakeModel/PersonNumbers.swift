/// A program's participants numbered by the loader, which learns every row's roster number
/// while matching it: person `p` is the roster's `p`-th distinct key, in roster order.
///
/// Why: the measure stage lays a program's answers out by person (`AnswerTable`) and used to
/// find each response's person by hashing its participant String into a dictionary: a million
/// hashes on the enterprise benchmark, for numbers the loader had already worked out. Only
/// given when the numbering is the one such a dictionary makes (every roster key is ASCII, so
/// no two distinct keys are equal as Strings); hand-built programs go without.
package struct PersonNumbers: Sendable, Hashable {
    /// How many distinct keys the roster has: persons are `0..<count`.
    package var count: Int
    /// Per roster row, its person.
    package var ofRow: [Int32]
    /// Per response, its person (every settled response is on the roster).
    package var ofResponse: [Int32]
    /// Per observation, its person.
    package var ofObservation: [Int32]

    /// Numbers for a program's roster rows, responses and observations.
    package init(count: Int, ofRow: [Int32], ofResponse: [Int32], ofObservation: [Int32]) {
        self.count = count
        self.ofRow = ofRow
        self.ofResponse = ofResponse
        self.ofObservation = ofObservation
    }
}
