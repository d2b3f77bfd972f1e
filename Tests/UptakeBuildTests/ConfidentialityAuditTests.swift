import Foundation
import Testing

@testable import UptakeBuild

/// Reads every output file of a build the way an auditor would (PRODUCT.md §2 "Confidentiality"):
/// no roster name, email or participant key under `output/site/`; each manager's files name no
/// one else; no free text from surveys on a one-pager; and, on a site made of small teams, no
/// figure whose group is below `min_group_size` anywhere.
@Suite struct ConfidentialityAuditTests {
    /// People's identifiers and free text, read straight from a site's CSV files.
    struct Secrets {
        var identifiers: Set<String> = []  // names, emails, participant and manager keys
        var managers: [String: Set<String>] = [:]  // manager key → its own name and email
        var freeText: Set<String> = []  // stories and obstacle texts
    }

    static func secrets(of site: String) throws -> Secrets {
        var secrets = Secrets()
        let content = site + "/content"
        for path in FileManager.default.subpaths(atPath: content) ?? [] where path.hasSuffix(".csv") {
            let text = try String(contentsOfFile: content + "/" + path, encoding: .utf8)
            let rows = text.components(separatedBy: .newlines).map { $0.components(separatedBy: ",") }
            guard let header = rows.first?.map({ $0.lowercased() }) else { continue }
            func column(_ names: [String]) -> Int? { header.firstIndex { names.contains($0.trimmingCharacters(in: .whitespaces)) } }
            let nameColumns = ["participant", "name", "email", "manager", "manager_name", "manager_email"].compactMap { column([$0]) }
            for row in rows.dropFirst() {
                for index in nameColumns where index < row.count {
                    let value = row[index].trimmingCharacters(in: .whitespaces).lowercased()
                    if value.count >= 4 { secrets.identifiers.insert(value) }
                }
                if let m = column(["manager"]), m < row.count, path.hasSuffix("roster.csv") {
                    let own = [column(["manager_name"]), column(["manager_email"])].compactMap { $0 }.filter { $0 < row.count }
                        .map { row[$0].lowercased() }
                    secrets.managers[row[m].lowercased(), default: []].formUnion(own)
                }
            }
            for line in text.components(separatedBy: .newlines) {
                for marker in ["Tried it with my team", "just worked", "onerror", "Private story"] where line.contains(marker) {
                    secrets.freeText.insert(marker.lowercased())
                }
            }
        }
        return secrets
    }

    static func build(_ site: String) -> [String: Data] {
        let output = TestSupport.temporaryFolder() + "/out"
        let report = Builder(site: site, output: output, environment: TestSupport.pinned).build()
        let errors = report.diagnostics.all.filter { $0.severity == .error }.map(\.formatted)
        #expect(errors.isEmpty, "\(errors)")
        return TestSupport.tree(output)
    }

    @Test(arguments: ["sample", "basic"])
    func noPersonalDataOnTheSiteAndEachManagerAlone(site name: String) throws {
        let site = name == "sample" ? CrossCheckTests.repository : TestSupport.site(name)
        let secrets = try Self.secrets(of: site)
        #expect(secrets.identifiers.count > 10)
        let tree = Self.build(site)
        for (path, data) in tree where path.hasPrefix("site/") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for identifier in secrets.identifiers where text.contains(identifier) {
                Issue.record("\(path) contains '\(identifier)'")
            }
        }
        for (path, data) in tree where path.hasPrefix("managers/") && !path.hasSuffix("mailing.csv") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for marker in secrets.freeText where text.contains(marker) {
                Issue.record("\(path) carries survey free text ('\(marker)')")
            }
            let file = (path as NSString).lastPathComponent
            let owner = secrets.managers.first { file.hasPrefix(Self.fileName($0.key) + ".") }
            #expect(owner != nil, "\(path) belongs to no manager")
            let own = (owner?.value ?? []).union([owner?.key ?? ""])
            for identifier in secrets.identifiers.subtracting(own) where text.contains(identifier) {
                Issue.record("\(path) names '\(identifier)', who is not its manager")
            }
        }
    }

    static func fileName(_ key: String) -> String {
        String(key.unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-" ? Character($0) : "-" })
    }

    /// A site where every team and cohort has 4 people: nothing but who answered may be shown.
    @Test func smallTeamsShowNoFigures() throws {
        let site = TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: site + "/content/programs", withIntermediateDirectories: true)
        try "title: Small\nmin_group_size: 5\n".write(toFile: site + "/uptake.yml", atomically: true, encoding: .utf8)
        try """
            ---
            title: Small teams
            checkpoints: [30]
            behaviors:
              - {id: b, name: Do the thing, first_step: Try it once, target_frequency: weekly}
            cohorts:
              - {id: c1, name: One, trained_on: 2026-01-05}
              - {id: c2, name: Two, trained_on: 2026-02-05}
            roster: roster.csv
            surveys:
              - {file: pulse.csv, format: generic, kind: self-report, checkpoint: 30}
            ---
            Body.
            """.write(toFile: site + "/content/programs/small.md", atomically: true, encoding: .utf8)
        var roster = "participant,name,email,cohort,manager,manager_name,manager_email,team,completed,satisfaction,first_step_scheduled\n"
        var pulse = "participant,submitted_at,applied.b,frequency.b,first_step_done,obstacles,manager_discussed,peer_checkin\n"
        for i in 0..<8 {
            let manager = "boss\(i / 4)"
            roster += "p\(i)@x.example,Person \(i),p\(i)@x.example,c\(i / 4 + 1),\(manager),Boss \(i / 4),\(manager)@x.example,Team \(i / 4),yes,5,yes\n"
            pulse += "p\(i)@x.example,2026-03-0\(i + 1)T10:00:00Z,yes,weekly,yes,workload,yes,no\n"
        }
        try roster.write(toFile: site + "/content/roster.csv", atomically: true, encoding: .utf8)
        try pulse.write(toFile: site + "/content/pulse.csv", atomically: true, encoding: .utf8)
        let tree = Self.build(site)
        let json = try JSONSerialization.jsonObject(with: tree["site/programs/small/metrics.json"]!) as! [String: Any]
        for cohort in json["cohorts"] as! [[String: Any]] {
            for key in ["completion_rate", "satisfaction_favorable_rate", "first_step_scheduled_rate", "intention_gap_points"] {
                #expect(cohort[key] is NSNull, "cohort \(cohort["id"]!) \(key) is shown")
            }
            for checkpoint in cohort["checkpoints"] as! [[String: Any]] {
                for key in ["any_behavior_adoption_rate", "first_step_rate"] { #expect(checkpoint[key] is NSNull) }
                for behavior in checkpoint["behaviors"] as! [[String: Any]] {
                    #expect(behavior["suppressed"] as? Bool == true)
                    #expect(behavior["adopted"] is NSNull && behavior["answered"] is NSNull)
                }
                for obstacle in checkpoint["obstacles"] as! [[String: Any]] {
                    #expect(obstacle["count"] is NSNull && obstacle["rate"] is NSNull)
                }
            }
        }
        for (path, data) in tree where path.hasPrefix("managers/") && path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            #expect(!page.contains("Your team so far"), "\(path) shows team figures for a team of 4")
            #expect(page.contains("Fewer than 5 of your reports took the training"))
        }
        let report = String(decoding: tree["site/programs/small/report.html"]!, as: UTF8.self)
        #expect(report.contains("fewer than 5 responses"))
    }
}
