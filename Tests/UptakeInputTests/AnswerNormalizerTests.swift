import Testing
import UptakeModel

@testable import UptakeInput

/// PRODUCT.md §1 "Answers are normalized": yes/no variants, frequency phrases, 1–5 Likert as
/// numbers or labels, obstacle wordings onto categories. `.some(nil)` is a blank answer, nil an
/// answer out of range.
@Suite struct AnswerNormalizerTests {
    @Test(arguments: ["Yes", "yes", " YES ", "Y", "y", "True", "TRUE", "1", "Ja", "Oui", "Sí", "Yes, I did", "Done"])
    func yesVariants(text: String) {
        #expect(AnswerNormalizer.yesNo(text) == .some(true))
    }

    @Test(arguments: ["No", "no", " NO ", "N", "False", "0", "Nein", "Non", "Nee", "Não", "Not yet", "No, not yet"])
    func noVariants(text: String) {
        #expect(AnswerNormalizer.yesNo(text) == .some(false))
    }

    @Test(arguments: ["", "   ", "\t"])
    func blankIsUnanswered(text: String) {
        #expect(AnswerNormalizer.yesNo(text) == .some(nil))
        #expect(AnswerNormalizer.frequency(text) == .some(nil))
        #expect(AnswerNormalizer.likert(text) == .some(nil))
    }

    @Test(arguments: ["Maybe", "2", "yes please", "-1"])
    func yesNoOutOfRange(text: String) {
        #expect(AnswerNormalizer.yesNo(text) == nil)
    }

    @Test(arguments: [
        ("Never", Frequency.never), ("Not at all", .never),
        ("Rarely", .rarely), ("Once or twice", .rarely), ("Less than once a month", .rarely),
        ("Monthly", .monthly), ("Once a month", .monthly), ("A few times a month", .monthly),
        ("Weekly", .weekly), ("Once a week", .weekly), ("Several times a week", .weekly), (" EVERY WEEK ", .weekly),
        ("Daily", .daily), ("Every day", .daily), ("Several times a day", .daily),
        ("1", .never), ("3", .monthly), ("5", .daily),
    ])
    func frequencyPhrases(text: String, level: Frequency) {
        #expect(AnswerNormalizer.frequency(text) == .some(level))
    }

    @Test(arguments: ["Purple", "6", "0", "twice a fortnight"])
    func frequencyOutOfRange(text: String) {
        #expect(AnswerNormalizer.frequency(text) == nil)
    }

    @Test(arguments: [
        ("1", 1), ("5", 5), ("4.0", 4), (" 3 ", 3), ("4 - Agree", 4), ("2 = Disagree", 2), ("5 (Strongly agree)", 5),
        ("Strongly disagree", 1), ("Disagree", 2), ("Neither agree nor disagree", 3), ("Neutral", 3),
        ("Agree", 4), ("Strongly Agree", 5), ("Very satisfied", 5), ("Somewhat confident", 3),
    ])
    func likertNumbersAndLabels(text: String, value: Int) {
        #expect(AnswerNormalizer.likert(text) == .some(value))
    }

    @Test(arguments: ["0", "6", "3.5", "10", "-1", "Purple", "45 minutes"])
    func likertOutOfRange(text: String) {
        #expect(AnswerNormalizer.likert(text) == nil)
    }

    static let wordings: [String: ObstacleCategory] = [
        "outdated processes that conflict with the new approach": .process,
        "no time, too much on my plate": .workload,
    ]

    @Test func obstacleWordingsMapCaseInsensitivelyAndTrimmed() {
        #expect(
            AnswerNormalizer.obstacles(
                ["  OUTDATED processes that conflict with the new approach "], table: Self.wordings)
                == [.process])
        #expect(AnswerNormalizer.obstacles(["No time, too much on my plate"], table: Self.wordings) == [.workload])
    }

    @Test func categoryNamesAreAcceptedAsChoices() {
        #expect(
            AnswerNormalizer.obstacles(
                ["Tools", "authority", "Confidence", "WORKLOAD", "process", "Other"], table: [:])
                == Set(ObstacleCategory.allCases))
    }

    @Test func unknownChoicesAndFreeTextCountAsOther() {
        #expect(
            AnswerNormalizer.obstacles(["My manager said no", "Other (please specify)"], table: Self.wordings) == [
                .other
            ])
    }

    @Test func noChoiceIsNil() {
        #expect(AnswerNormalizer.obstacles([], table: Self.wordings) == nil)
        #expect(AnswerNormalizer.obstacles(["", "  "], table: Self.wordings) == nil)
    }
}
