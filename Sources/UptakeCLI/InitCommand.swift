import ArgumentParser
import UptakeBuild

/// `uptake init DIR`: writes a starter site that builds as it is.
struct InitCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a working starter site into a new or empty folder.",
        discussion: """
            The site has uptake.yml, one program using every front-matter key, a small roster, two \
            survey exports and a copy of the default theme under templates/ (delete what you do not change).
            """)

    @Argument(help: "The folder to create (must be missing or empty).", completion: .directory)
    var folder: String

    mutating func run(console: Console) -> Int32 {
        let written: [String]
        do {
            written = try InitScaffold.write(into: folder)
        } catch {
            console.err("error: \(error.message)\n")
            return 1
        }
        let site = folder.contains(" ") ? "'\(folder)'" : folder
        console.err(
            """
            created a starter site in \(folder) (\(written.count) files)
            next:
              uptake build --site \(site)     build it into \(site)/output
              uptake serve --site \(site)     preview at http://127.0.0.1:8000/ with live reload

            """)
        return 0
    }
}
