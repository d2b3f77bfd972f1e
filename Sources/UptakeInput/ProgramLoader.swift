import UptakeModel

/// Loads one program: its definition, roster and exports, matched and de-duplicated.
enum ProgramLoader {
    struct Result {
        var program: LoadedProgram?
        var diagnostics: Diagnostics
    }

    /// Loads `file`, making only what `scope` asks for beyond the figures (see `LoadScope`).
    static func load(file: String, files: SiteFiles, config: SiteConfig, scope: LoadScope = .build) -> Result {
        var diagnostics = Diagnostics()
        let text: String
        switch files.text(of: file) {
        case .success(let t): text = t
        case .failure(let problem):
            diagnostics.append(problem.diagnostic(file, file: file))
            return Result(program: nil, diagnostics: diagnostics.showing(lines: [:]))
        }
        // Files whose lines diagnostics may show, by the path diagnostics name them with.
        var sources: [String: (Int) -> String?] = [:]
        sources[file] = YAMLText(text).line
        let name = String(file.split(separator: "/").last ?? "").replacingSuffix(".md")
        var reader = ProgramReader(file: file, unsafeHTML: config.unsafeHTML)
        reader.html = scope.html
        let definition = reader.read(text, defaultID: name)
        diagnostics.append(contentsOf: reader.diagnostics.all)
        guard let definition else {
            return Result(
                program: nil, diagnostics: diagnostics.limited().showing(lines: sources, warnings: scope.warningLines))
        }
        var quality = DataQuality()
        var roster = RosterReader(
            spec: definition.roster ?? RosterSpec(file: "", fileLocation: SourceLocation(file: file)),
            program: definition.program)
        roster.people = scope.people
        if let spec = definition.roster {
            switch files.bytes(of: SiteFiles.contentRelative(spec.file)) {
            case .success(let bytes): roster.read(bytes)
            case .failure(let problem):
                // A roster error like any other, so that matching below is skipped.
                roster.diagnostics.error("roster '\(spec.file)' \(problem.message)", at: spec.fileLocation)
            }
            diagnostics.append(contentsOf: roster.diagnostics.all)
            if let table = roster.table { sources[roster.path] = table.sourceLine(atLine:) }
        }
        // Made before the exports are read, which find each row's roster number by its keys.
        var matcher = ResponseMatcher(roster: roster.participants)
        var rawResponses: [Response] = []
        var rawObservations: [Observation] = []
        var (responseNumbers, observationNumbers): ([Int32], [Int32]) = ([], [])
        var asked: [Int: AskedFields] = [:]
        for spec in definition.surveys {
            var export = ExportReader(spec: spec, program: definition.program, locale: config.locale)
            export.rosterKeys = matcher.rosterKeys
            switch files.bytes(of: SiteFiles.contentRelative(spec.file)) {
            case .success(let bytes):
                // The export appends to the rows read so far, which are moved in and out.
                swap(&export.responses, &rawResponses)
                swap(&export.observations, &rawObservations)
                swap(&export.responseNumbers, &responseNumbers)
                swap(&export.observationNumbers, &observationNumbers)
                export.read(bytes)
                swap(&export.responses, &rawResponses)
                swap(&export.observations, &rawObservations)
                swap(&export.responseNumbers, &responseNumbers)
                swap(&export.observationNumbers, &observationNumbers)
            case .failure(let problem):
                diagnostics.error("survey '\(spec.file)' \(problem.message)", at: spec.fileLocation)
                continue
            }
            diagnostics.append(contentsOf: export.diagnostics.all)
            if let table = export.table { sources[export.path] = table.sourceLine(atLine:) }
            quality.rowsRead += export.rowsRead
            quality.skippedRows += export.skippedRows
            quality.unmatchedRows += export.blankParticipantRows
            for (day, fields) in export.asked {
                if spec.kind == .selfReport {
                    asked[day, default: AskedFields()].selfReport.formUnion(fields)
                } else {
                    asked[day, default: AskedFields()].observation.formUnion(fields)
                }
            }
        }
        // A roster that did not load would make every survey row "not on the roster": its own
        // errors say what is wrong, so matching is skipped.
        guard roster.diagnostics.errorCount == 0, definition.roster != nil else {
            return Result(
                program: nil, diagnostics: diagnostics.limited().showing(lines: sources, warnings: scope.warningLines))
        }
        let (responses, responsePersons) = matcher.settle(consume rawResponses, numbers: responseNumbers)
        let (observations, observationPersons) = matcher.settle(consume rawObservations, numbers: observationNumbers)
        diagnostics.append(contentsOf: matcher.diagnostics.all)
        diagnostics = diagnostics.limited().showing(lines: sources, warnings: scope.warningLines)
        quality.unmatchedRows += matcher.unmatched
        quality.duplicatesDropped = matcher.duplicates
        quality.warnings = Diagnostics(diagnostics.all.filter { $0.severity == .warning }).sorted
        var loaded = LoadedProgram(
            program: definition.program, roster: roster.participants, responses: responses, observations: observations,
            asked: asked, dataQuality: quality)
        loaded.rosterHasCompleted = roster.hasCompleted
        loaded.rosterHasSatisfaction = roster.hasSatisfaction
        loaded.rosterHasFirstStepScheduled = roster.hasFirstStepScheduled
        if matcher.rosterKeys.allASCII {
            loaded.persons = PersonNumbers(
                count: matcher.rosterKeys.count, ofRow: matcher.rosterNumbers, ofResponse: responsePersons,
                ofObservation: observationPersons)
        }
        return Result(program: loaded, diagnostics: diagnostics)
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
