import Testing
import UptakeMetrics

@testable import UptakeRender

/// `site/metrics.json` is spliced from the programs' serialized objects (so an incremental
/// build need not measure unchanged programs again); it must be byte for byte what serializing
/// the whole tree gives.
@Suite struct SiteMetricsJSONTests {
    static let programA = JSONValue.object([
        ("program_id", .string("a \"quoted\"\nline")), ("rate", .number(0.5)), ("empty", .array([])), ("none", .object([])),
        ("cohorts", .array([.object([("id", .string("c1")), ("n", .int(12)), ("nested", .array([.null, .bool(true)]))])])),
    ])
    static let programB = JSONValue.object([("program_id", .string("b")), ("values", .array([.int(1), .int(2)]))])

    @Test func splicedEqualsSerialized() {
        for programs in [[], [Self.programA], [Self.programA, Self.programB]] {
            let whole = JSONValue.object([("schema", .string("uptake.metrics/1")), ("programs", .array(programs))])
            #expect(SiteRenderer.siteMetricsJSON(programs.map { $0.serialized() }) == whole.serialized())
        }
    }
}
