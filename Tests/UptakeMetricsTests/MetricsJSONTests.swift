import Foundation
import Testing
import UptakeModel

@testable import UptakeMetrics

/// metrics.json is written straight to bytes (`JSONWriter`) and kept as a tree for
/// `uptake metrics --format csv` (`JSONTree`), both from `ProgramMetrics.write(to:)`.
@Suite struct MetricsJSONTests {
    @Test func theWrittenBytesAreTheTreeSerialized() throws {
        var f = Fixture(checkpoints: [14, 30], behaviors: ["a", "b"], cohorts: ["2026-01", "2026-02"])
        let keys = f.people(12, satisfaction: 5, scheduled: true, team: "t")
        f.respond(keys, at: 14) { r in
            r.applied["a"] = r.participant != "p0"
            r.applied["b"] = true
            r.frequency["a"] = .weekly
            r.obstacles = [.tools, .workload]
        }
        f.respond(Array(keys.prefix(3)), at: 30) { $0.applied["a"] = true }
        let metrics = f.metrics
        let bytes = String(decoding: metrics.jsonBytes, as: UTF8.self)
        #expect(bytes == metrics.json.serialized())
        #expect(bytes.hasPrefix("{\n  \"schema\": \"uptake.metrics/1\",\n  \"program\": {\n    \"id\": "))
        #expect(bytes.contains("\n    \"warnings\": []\n"))
        #expect(bytes.hasSuffix("\n}\n"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes.utf8)) as? [String: Any])
        let keysInOrder = [
            "schema", "program", "min_group_size", "enrolled", "trained", "completion_rate",
            "satisfaction_favorable_rate", "first_step_scheduled_rate", "intention_gap_points", "gap", "checkpoints",
            "suppressed_figures", "cohorts", "data_quality",
        ]
        #expect(Set(document.keys) == Set(keysInOrder))
        let offsets = keysInOrder.map { bytes.range(of: "\n  \"\($0)\": ")?.lowerBound }
        #expect(offsets.allSatisfy { $0 != nil })
        #expect(offsets.compactMap { $0 } == offsets.compactMap { $0 }.sorted())
    }

    @Test func writerPrintsNumbersAsBefore() {
        var writer = JSONWriter()
        writer.beginArray()
        for value in [0, -7, 42, Int(Int64.max), Int(Int64.min)] { writer.int(value) }
        for value in [0.5, -0.0, 3.0, 1e15, 1e-7, 0.1 + 0.2] { writer.number(value) }
        writer.number(.infinity)
        writer.number(nil)
        writer.beginObject()
        writer.endObject()
        writer.beginArray()
        writer.endArray()
        writer.endArray()
        let expected = """
            [
              0,
              -7,
              42,
              9223372036854775807,
              -9223372036854775808,
              0.5,
              0,
              3,
              1000000000000000.0,
              1e-07,
              0.30000000000000004,
              null,
              null,
              {},
              []
            ]

            """
        #expect(String(decoding: writer.finished(), as: UTF8.self) == expected)
    }
}
