import UptakeMetrics

/// `uptake metrics --format csv`: one row per figure, flattened from the metrics.json document
/// so the two forms can never disagree.
package enum MetricsTable {
    static let header = ["program", "cohort", "checkpoint", "behavior", "category", "figure", "value"]

    /// The CSV of `programs`.
    package static func csv(_ programs: [ProgramMetrics]) -> String {
        var out = CSVWriter.row(header)
        for program in programs {
            var scope = Scope(program: program.programID)
            walk(program.json, prefix: "", scope: &scope, into: &out)
        }
        return out
    }

    struct Scope {
        var program: String
        var cohort = ""
        var checkpoint = ""
        var behavior = ""
        var category = ""
    }

    static let skipped: Set<String> = ["schema", "program", "suppressed_figures", "warnings", "id", "name", "day", "category"]

    static func walk(_ value: JSONValue, prefix: String, scope: inout Scope, into out: inout String) {
        switch value {
        case .object(let members):
            for (key, member) in members where !skipped.contains(key) {
                switch (key, member) {
                case ("cohorts", .array(let items)):
                    for item in items {
                        var inner = scope
                        inner.cohort = string(item, "id")
                        walk(item, prefix: "", scope: &inner, into: &out)
                    }
                case ("checkpoints", .array(let items)):
                    for item in items {
                        var inner = scope
                        inner.checkpoint = string(item, "day")
                        walk(item, prefix: "", scope: &inner, into: &out)
                    }
                case ("behaviors", .array(let items)):
                    for item in items {
                        var inner = scope
                        inner.behavior = string(item, "id")
                        walk(item, prefix: "", scope: &inner, into: &out)
                    }
                case ("obstacles", .array(let items)):
                    for item in items {
                        var inner = scope
                        inner.category = string(item, "category")
                        walk(item, prefix: "obstacle.", scope: &inner, into: &out)
                    }
                default:
                    walk(member, prefix: prefix + key + ".", scope: &scope, into: &out)
                }
            }
        case .array: break
        default:
            let figure = String(prefix.dropLast())
            out += CSVWriter.row([
                scope.program, scope.cohort, scope.checkpoint, scope.behavior, scope.category, figure, scalar(value),
            ])
        }
    }

    static func string(_ object: JSONValue, _ key: String) -> String {
        guard case .object(let members) = object, let value = members.first(where: { $0.0 == key })?.1 else { return "" }
        return scalar(value)
    }

    static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .number(let d): return JSONValue.format(d)
        case .string(let s): return s
        default: return ""
        }
    }
}
