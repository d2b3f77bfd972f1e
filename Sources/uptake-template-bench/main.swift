// Renders a manager one-pager (layout inheritance, a partial, ~100 interpolations, sections
// over lists of dictionaries, escaping) with UptakeTemplate and with swift-mustache, checks the
// outputs are identical, and prints microseconds per render and the speed-up.
//
//   swift build -c release --scratch-path .build-tpl --product uptake-template-bench
//   .build-tpl/release/uptake-template-bench
import Foundation
import Mustache
import UptakeTemplate

let layout = """
    <!DOCTYPE html>
    <html lang="{{site.lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{$title}}{{site.title}}{{/title}}</title>
    <meta name="description" content="{{$description}}{{site.title}}{{/description}}">
    <link rel="stylesheet" href="{{root}}assets/style.css">
    </head>
    <body class="{{$bodyClass}}page{{/bodyClass}}">
    <a class="skip-link" href="#main">Skip to content</a>
    {{>partials/header}}
    <main id="main" class="wrap">
    {{$content}}{{/content}}
    </main>
    <footer class="site-footer"><p>Built by Uptake on {{site.builtOn}}. Figures under {{site.minGroupSize}} people are withheld.</p></footer>
    </body>
    </html>

    """

let header = """
    <header class="site-header">
      <div class="wrap">
        <a class="brand" href="{{root}}index.html">{{site.title}}</a>
        {{#site.hasOrganization}}<span class="brand__org">{{site.organization}}</span>{{/site.hasOrganization}}
        <nav><ul>{{#nav}}<li><a href="{{root}}{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/nav}}</ul></nav>
      </div>
    </header>

    """

let page = """
    {{<layout}}
    {{$title}}{{program.title}}: brief for {{manager.name}} · {{site.title}}{{/title}}
    {{$description}}What {{manager.name}}'s team practices after {{program.title}}.{{/description}}
    {{$bodyClass}}page-manager{{/bodyClass}}
    {{$content}}
    <div class="sheet" role="main" style="max-width:720px;margin:0 auto;padding:18px 20px;">
    <p class="kicker">{{site.organization}} · Manager brief · {{today}}</p>
    <h1>{{program.title}}</h1>
    <p class="meta">For {{manager.name}}{{#manager.hasTeams}} · {{manager.teams}}{{/manager.hasTeams}} · {{manager.sessions}}</p>
    {{#program.hasSummary}}<p class="lede">{{program.summary}}</p>{{/program.hasSummary}}
    <h2>What to reinforce</h2>
    <ul class="behaviors">
    {{#behaviors}}
      <li><strong>{{name}}</strong><br>First step: {{firstStep}}{{#hasMinutes}} ({{minutes}} min){{/hasMinutes}}<br><em>{{owner.name}}, {{owner.role}}</em></li>
    {{/behaviors}}
    </ul>
    {{#guide.hasWhy}}<div class="why">{{{guide.whyHTML}}}</div>{{/guide.hasWhy}}
    <h3>Three questions for the next one-on-one</h3>
    <ol class="questions">{{#guide.questions}}<li>{{.}}</li>{{/guide.questions}}</ol>
    <h2>Dates</h2>
    <table class="dates">
    <thead><tr><th scope="col">Cohort</th><th scope="col">Session</th><th scope="col">First-step reminder</th><th scope="col">Touchpoints</th></tr></thead>
    <tbody>
    {{#schedule}}<tr><th scope="row">{{name}}</th><td>{{trainedOn}}</td><td>{{reminder}}</td><td>{{touchpoints}}</td></tr>
    {{/schedule}}
    </tbody>
    </table>
    {{#hasNext}}<p><strong>Next touchpoint:</strong> {{next}}</p>{{/hasNext}}
    {{#hasFigures}}
    <h2>Your team so far (day {{figuresDay}})</h2>
    <table class="figures">
    <thead><tr><th scope="col">Figure</th><th scope="col">Your team</th><th scope="col">Whole program</th></tr></thead>
    <tbody>
    {{#figures}}<tr><th scope="row">{{label}}</th><td class="{{^teamWithheld}}num{{/teamWithheld}}{{#teamWithheld}}withheld{{/teamWithheld}}">{{team}}</td><td class="{{^programWithheld}}num{{/programWithheld}}{{#programWithheld}}withheld{{/programWithheld}}">{{program}}</td></tr>
    {{/figures}}
    </tbody>
    </table>
    {{/hasFigures}}
    {{#hasNote}}<p class="note">{{note}}</p>{{/hasNote}}
    {{^stories}}<p>No stories yet.</p>{{/stories}}
    <p class="fine">Figures based on fewer than {{site.minGroupSize}} people are not shown. Private to you: please do not forward.</p>
    </div>
    {{/content}}
    {{/layout}}

    """

func makeContext() -> [String: Any] {
    let site: [String: Any] = [
        "lang": "en", "title": "Acme Learning & Development", "organization": "Acme \"Widgets\" Ltd",
        "hasOrganization": true, "builtOn": "2026-03-01", "minGroupSize": 5,
    ]
    let program: [String: Any] = [
        "title": "Coaching Conversations", "hasSummary": true,
        "summary": "Short, frequent coaching conversations that turn training into habits & results.",
    ]
    let manager: [String: Any] = [
        "name": "Dana O'Neil", "hasTeams": true, "teams": "Support <EMEA> & Sales", "sessions": "3 sessions",
    ]
    let behaviors: [[String: Any]] = (1...6).map { index in
        [
            "name": "Behavior \(index): ask before telling", "firstStep": "Open with \"what have you tried?\" & listen",
            "hasMinutes": index % 2 == 0, "minutes": 5 * index,
            "owner": ["name": "Coach \(index)", "role": "Team lead"] as [String: Any],
        ]
    }
    let schedule: [[String: Any]] = (1...8).map { index in
        [
            "name": "Cohort \(index)", "trainedOn": "2026-02-\(10 + index)", "reminder": "2026-02-\(12 + index)",
            "touchpoints": "day 7, day 30 & day 90",
        ]
    }
    let figures: [[String: Any]] = (1...12).map { index in
        [
            "label": "Practiced behavior \(index) in the last week",
            "team": index % 4 == 0 ? "withheld" : "\(40 + index)%",
            "teamWithheld": index % 4 == 0, "program": "\(50 + index)%", "programWithheld": false,
        ]
    }
    let nav: [[String: Any]] = [
        ["href": "index.html", "label": "Programs", "current": false],
        ["href": "reports.html", "label": "Reports", "current": true],
        ["href": "about.html", "label": "About & help", "current": false],
    ]
    return [
        "site": site, "program": program, "manager": manager, "root": "../", "today": "2026-03-01",
        "behaviors": behaviors, "schedule": schedule, "figures": figures, "nav": nav,
        "guide": [
            "hasWhy": true, "whyHTML": "<p>People keep what they <em>practice</em>.</p>",
            "questions": ["What did you try?", "What got in the way?", "What's next & when?"],
        ] as [String: Any],
        "hasNext": true, "next": "day 30 check-in on 2026-03-12", "hasFigures": true, "figuresDay": 21,
        "hasNote": true, "note": "Team figures under 5 people are withheld <by design>.", "stories": [[String: Any]](),
    ]
}

let templates = ["layout": layout, "partials/header": header, "manager": page]
let context = makeContext()

// The theme selects a byte-level HTML escaper on every template's first line; both engines
// get the same line, and swift-mustache the same byte-level escaper, so the comparison is of
// the engines rather than of swift-mustache's Character-based escaping.
struct ByteHTML: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var output: [UInt8] = []
        var text = text
        text.withUTF8 { Escaper.html.escape($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
MustacheContentTypes.register(ByteHTML(), named: "BENCH_HTML")
let pragma = "{{% CONTENT_TYPE: BENCH_HTML}}\n"

var ours = TemplateLibrary(escapers: ["BENCH_HTML": .html])
var theirs = MustacheLibrary()
var theirsPlain = MustacheLibrary()
for (name, source) in templates {
    try ours.register(pragma + source, named: name)
    try theirs.register(pragma + source, named: name)
    try theirsPlain.register(source, named: name)
}

let expected = theirs.render(context, withTemplate: "manager")!
let actual = ours.render(context, template: "manager")!
guard expected == actual, theirsPlain.render(context, withTemplate: "manager")! == actual else {
    print("OUTPUTS DIFFER")
    print("--- swift-mustache\n\(expected)\n--- UptakeTemplate\n\(actual)")
    exit(1)
}
let interpolations = templates.values.map { $0.components(separatedBy: "{{").count - 1 }.reduce(0, +)
print(
    "template bytes: \(templates.values.map(\.utf8.count).reduce(0, +)), tags: \(interpolations), output bytes: \(actual.utf8.count)"
)

/// Best of `rounds` timings of `iterations` renders, in microseconds per render.
func measure(iterations: Int, rounds: Int = 7, _ body: () -> Int) -> Double {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<rounds {
        let start = ContinuousClock.now
        for _ in 0..<iterations { sink &+= body() }
        let elapsed = ContinuousClock.now - start
        let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        best = min(best, micros / Double(iterations))
    }
    if sink == 42 { print("") }
    return best
}

if CommandLine.arguments.contains("--profile") {
    // Only this engine, long enough for `perf record`.
    let iterations = Int(ProcessInfo.processInfo.environment["BENCH_ITERATIONS"] ?? "") ?? 100_000
    print(measure(iterations: iterations, rounds: 1) { ours.render(context, template: "manager")!.utf8.count })
    exit(0)
}

let mustache = measure(iterations: 2000) { theirs.render(context, withTemplate: "manager")!.utf8.count }
let mustachePlain = measure(iterations: 2000) { theirsPlain.render(context, withTemplate: "manager")!.utf8.count }
let uptake = measure(iterations: 20000) { ours.render(context, template: "manager")!.utf8.count }
var buffer: [UInt8] = []
let uptakeBuffer = measure(iterations: 20000) {
    buffer.removeAll(keepingCapacity: true)
    _ = ours.render(context, template: "manager", into: &buffer)
    return buffer.count
}
func show(_ label: String, _ micros: Double) {
    print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%8.2f µs", micros))
}
show("swift-mustache (byte-level escaper, as the theme)", mustache)
show("swift-mustache (its own HTML escaping)", mustachePlain)
show("UptakeTemplate render -> String", uptake)
show("UptakeTemplate render into reused [UInt8]", uptakeBuffer)
print(String(format: "speed-up: %.1fx (String), %.1fx (reused buffer)", mustache / uptake, mustache / uptakeBuffer))
