/// One training program, from `content/programs/<id>.md`. PRODUCT.md §1 "Program definition".
package struct Program: Sendable {
    /// Slug; defaults to the file name.
    package var id: String
    /// Display title.
    package var title: String
    /// One sentence.
    package var summary: String = ""
    /// Who the program is for.
    package var audience: String = ""
    /// Days after training when adoption is measured, in front-matter order.
    package var checkpoints: [Int] = []
    /// Days after training of the spaced-practice follow-ups.
    package var touchpoints: [Int] = []
    /// The behaviors the program asks for, in front-matter order.
    package var behaviors: [Behavior] = []
    /// The manager brief.
    package var managerGuide: ManagerGuide = ManagerGuide()
    /// Cohorts in front-matter order.
    package var cohorts: [Cohort] = []
    /// The Markdown body rendered to HTML.
    package var bodyHTML: String = ""
    /// Answer wording (lower-cased, trimmed) to obstacle category.
    package var obstacleCategories: [String: ObstacleCategory] = [:]
    /// The program file, relative to the site folder.
    package var sourcePath: String = ""

    /// A program with an id and title.
    package init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// A behavior the training should change. PRODUCT.md §1.
package struct Behavior: Sendable, Hashable {
    /// Slug used in column mappings (`applied.<id>`).
    package var id: String
    /// What people do.
    package var name: String
    /// The tiny first application.
    package var firstStep: String = ""
    /// Minutes the first step takes.
    package var firstStepMinutes: Int?
    /// The frequency that counts as a habit.
    package var targetFrequency: Frequency = .weekly

    /// A behavior with an id and name.
    package init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What managers do before and after the training.
package struct ManagerGuide: Sendable, Hashable {
    /// Rendered HTML of `why_it_matters`.
    package var whyItMattersHTML: String = ""
    /// Plain text of `why_it_matters` (for text emails).
    package var whyItMatters: String = ""
    /// Before the training.
    package var before: [String] = []
    /// After the training.
    package var after: [String] = []
    /// Questions for the next one-on-one.
    package var questions: [String] = []

    /// An empty guide.
    package init() {}
}

/// A group trained together.
package struct Cohort: Sendable, Hashable {
    /// Slug, as the roster's `cohort` column names it.
    package var id: String
    /// Display name.
    package var name: String
    /// Training day.
    package var trainedOn: CalendarDay?

    /// A cohort.
    package init(id: String, name: String, trainedOn: CalendarDay?) {
        self.id = id
        self.name = name
        self.trainedOn = trainedOn
    }
}
