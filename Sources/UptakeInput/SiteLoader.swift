import UptakeModel

/// PRODUCT.md §1 "Inputs": reads a site folder into a `LoadedSite` and every diagnostic found.
/// Reads files; never writes them.
package enum SiteLoader {
    /// What a load produced: the site (nil when even the config is unusable) and diagnostics.
    package struct Result: Sendable {
        /// The loaded site; present even when there are errors, for `uptake check`.
        package var site: LoadedSite?
        /// Every problem found.
        package var diagnostics: Diagnostics
    }

    /// Loads the site at `root`.
    package static func load(site root: String) -> Result {
        var diagnostics = Diagnostics()
        let files = SiteFiles(root: root)
        guard files.exists("uptake.yml") else {
            diagnostics.error("no uptake.yml in '\(root)': is this a site folder? (uptake init DIR makes one)", at: nil)
            return Result(site: nil, diagnostics: diagnostics.showing(lines: [:]))
        }
        var config = SiteConfig()
        switch files.text(of: "uptake.yml") {
        case .success(let text): config = ConfigLoader.load(text, file: "uptake.yml", &diagnostics)
        case .failure(let problem): diagnostics.append(problem.diagnostic("uptake.yml", file: "uptake.yml"))
        }
        var names: [String] = []
        switch files.markdownFiles(in: "content/programs") {
        case .success(let found):
            names = found
            if names.isEmpty { diagnostics.warning("no programs: add content/programs/<id>.md", at: nil) }
        case .failure(let problem):
            diagnostics.error("content/programs \(problem.message)", at: SourceLocation(file: "content/programs"))
        }
        var programs: [LoadedProgram] = []
        var seen: [String: String] = [:]
        for name in names {
            let file = "content/programs/\(name)"
            let loaded = ProgramLoader.load(file: file, files: files, config: config)
            diagnostics.append(contentsOf: loaded.diagnostics.all)
            guard let program = loaded.program else { continue }
            if let other = seen[program.program.id] {
                diagnostics.error("program id '\(program.program.id)' is already used by \(other)", at: SourceLocation(file: file, line: 1, column: 1))
                continue
            }
            seen[program.program.id] = file
            programs.append(program)
        }
        programs.sort { $0.program.id < $1.program.id }
        var site = LoadedSite(root: root, config: config, programs: programs)
        site.templateOverrides = files.templateFiles(&diagnostics)
        return Result(site: site, diagnostics: diagnostics.showing(lines: [:]))
    }
}

extension SiteLoader {
    /// The newest modification time (seconds since the epoch) of `uptake.yml`, `content/` and
    /// `templates/`: the build clock when `SOURCE_DATE_EPOCH` is not set.
    package static func newestInputModification(site root: String) -> Int64 {
        SiteFiles(root: root).newestModification(of: ["uptake.yml", "content", "templates"])
    }
}
