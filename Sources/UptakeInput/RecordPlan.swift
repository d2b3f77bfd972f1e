import UptakeCSV
import UptakeModel

/// Where one export's canonical fields are, worked out once before its rows are read.
///
/// Reading a row then indexes arrays (one entry per behavior for `applied.<id>` and the like)
/// instead of building field names and looking them up per row, and every answer column keeps
/// the memo of its spellings (`AnswerMemo`).
struct RecordPlan {
    /// An answer field: its canonical name (for diagnostics), its columns (none when the export
    /// does not map it) and the memo of its spellings. Not optional, so that reading it updates
    /// the memo in place (an optional one was copied in and out for every row).
    struct Answer<Value> {
        var field: String
        var columns: [Int]
        var memo = AnswerMemo<Value>()

        /// Whether the export maps the field.
        var isMapped: Bool { !columns.isEmpty }

        /// The normalized answer of `record`: from the memo when the value is one column's bytes
        /// as they stand, else normalized from the String `ExportLayout.value` gives.
        mutating func read(_ record: Int, _ layout: ExportLayout, _ fields: FieldBytes, _ normalize: (String) -> Value)
            -> Value
        {
            if columns.count == 1 { return memo.value(fields, record, columns[0], normalize: normalize) }
            return normalize(layout.value(record, columns))
        }

        /// The column diagnostics about this field point at.
        var firstColumn: Int { columns.first ?? 0 }
    }

    var participant: [Int]?
    var submittedAt: [Int]?
    var checkpoint: [Int]?
    var observer: [Int]?
    /// Per behavior, in program order.
    var applied: [Answer<Bool??>]
    var frequency: [Answer<Frequency??>]
    var confidence: [Answer<Int??>]
    var observed: [Answer<Bool??>]
    var firstStepDone: Answer<Bool??>
    var firstStepDate: [Int]?
    var obstacles: [Int]?
    var obstacleText: [Int]?
    var managerDiscussed: Answer<Bool??>
    var peerCheckin: Answer<Bool??>
    var story: [Int]?
    var storyConsent: Answer<Bool??>
    /// Obstacle answers already split into categories, by the bytes of the answer: found
    /// without making a String and hashing it (which, with a dictionary by String alone, was
    /// 3.8% of `uptake metrics` on the enterprise benchmark, whose exports hold about 45
    /// different answers each). A new answer is looked up in the process's `ObstacleChoices`.
    var obstacleAnswers = AnswerMemo<ObstacleSet?>(capacity: 128, longestKept: 512)
    /// The canonical fields mapped, for `asked`.
    var fields: Set<String>
    /// The program's behavior ids, one array shared by every response (see `BehaviorAnswers`).
    var behaviorIDs: [String]

    /// The plan of `columns` (canonical field → columns) for a program's behaviors.
    init(columns: [String: [Int]], behaviors: [Behavior]) {
        func answer<Value>(_ field: String) -> Answer<Value> {
            Answer(field: field, columns: columns[field] ?? [])
        }
        participant = columns["participant"]
        submittedAt = columns["submitted_at"]
        checkpoint = columns["checkpoint"]
        observer = columns["observer"]
        applied = behaviors.map { answer("applied.\($0.id)") }
        frequency = behaviors.map { answer("frequency.\($0.id)") }
        confidence = behaviors.map { answer("confidence.\($0.id)") }
        observed = behaviors.map { answer("observed.\($0.id)") }
        firstStepDone = answer("first_step_done")
        firstStepDate = columns["first_step_date"]
        obstacles = columns["obstacles"]
        obstacleText = columns["obstacle_text"]
        managerDiscussed = answer("manager_discussed")
        peerCheckin = answer("peer_checkin")
        story = columns["story"]
        storyConsent = answer("story_consent")
        fields = Set(columns.keys)
        behaviorIDs = behaviors.map(\.id)
    }
}
