/// `ExportLayout.skipReason` for every row of one export, with the few spellings of Qualtrics'
/// `Status` and `Finished` columns each judged once (see `AnswerMemo`).
struct SkipPlan {
    private var status: RecordPlan.Answer<Bool>?
    private var finished: RecordPlan.Answer<Bool>?

    init(layout: ExportLayout, includePartial: Bool) {
        guard layout.format == .qualtrics else { return }
        status = layout.statusColumn.map { RecordPlan.Answer(field: "Status", columns: [$0]) }
        if !includePartial {
            finished = layout.finishedColumn.map { RecordPlan.Answer(field: "Finished", columns: [$0]) }
        }
    }

    /// Whether `record` is a row `skipReason` gives a reason for.
    mutating func skips(_ record: Int, _ layout: ExportLayout, _ fields: FieldBytes) -> Bool {
        if status?.read(record, layout, fields, ExportLayout.isSkippedStatus) == true { return true }
        return finished?.read(record, layout, fields, ExportLayout.isUnfinished) == true
    }
}
