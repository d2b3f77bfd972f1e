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

    /// Loads the site at `root`, one program after another (`SitePlan` for the parts).
    package static func load(site root: String) -> Result {
        let (plan, planDiagnostics) = plan(site: root)
        guard let plan else { return Result(site: nil, diagnostics: planDiagnostics) }
        var diagnostics = planDiagnostics
        var programs: [LoadedProgram] = []
        var seen: [String: String] = [:]
        for file in plan.programFiles {
            let loaded = loadProgram(file, of: plan)
            diagnostics.append(contentsOf: loaded.diagnostics)
            guard let program = loaded.program else { continue }
            if let other = seen[program.program.id] {
                diagnostics.append(duplicateID(program.program.id, in: file, usedBy: other))
                continue
            }
            seen[program.program.id] = file
            programs.append(program)
        }
        programs.sort { $0.program.id < $1.program.id }
        var site = LoadedSite(root: root, config: plan.config, programs: programs)
        site.templateOverrides = plan.templateOverrides
        diagnostics.append(contentsOf: plan.templateDiagnostics.all)
        return Result(site: site, diagnostics: diagnostics)
    }
}

extension SiteLoader {
    /// The newest modification time (seconds since the epoch) of `uptake.yml`, `content/` and
    /// `templates/`: the build clock when `SOURCE_DATE_EPOCH` is not set.
    package static func newestInputModification(site root: String) -> Int64 {
        SiteFiles(root: root).newestModification(of: ["uptake.yml", "content", "templates"])
    }
}
