#!/usr/bin/env python3
"""Uptake against Hugo (Markdown pages) and DuckDB (adoption group-bys). Used by bench/compare.

    python3 bench/compare.py UPTAKE PAGES_SITE ENTERPRISE_SITE SCRATCH [--runs 3] [--floor WRITE_FLOOR]

1. Hugo: every program of PAGES_SITE becomes a Hugo content page (same YAML front matter, same
   Markdown body) in a temporary Hugo site with a minimal layout (a single page per program and
   an index listing them; no taxonomies, RSS or sitemap). `hugo` builds it; `uptake build`
   builds PAGES_SITE. Whole-process wall time, median of the runs, fresh output folder each run.
   With --floor (uptake-write-floor), each tool's output tree is then written again from memory,
   with no building: the kernel's time to create those files, a floor under any build of them.
2. DuckDB: the adoption group-by of PRODUCT.md §2, per program x checkpoint x behavior:
   self-report rows of trained roster members (participant keys trimmed and lower-cased,
   Qualtrics previews/tests/spam and unfinished rows dropped), the latest submission per
   participant and checkpoint, then answered (a yes/no answer to applied.b) and adopted (yes).
   DuckDB reads every export of ENTERPRISE_SITE itself (one read_csv per tool and layout),
   parses each tool's timestamps and normalizes yes/no with the README's tables. Its time is
   connect + query + fetch, in process. Uptake's, as the benchmark issue defines it, is its
   load + measure stage in process (`uptake metrics` with UPTAKE_TIMINGS=1: load every export,
   measure every figure of PRODUCT.md §2, not only these counts); the whole `uptake metrics`
   process (start, that stage, printing metrics.json, exit) is timed and its ratio printed too.
   The counts are checked against Uptake's metrics.json (every behavior figure that is not
   suppressed).

The last line printed is `uptake/hugo = X, uptake/duckdb = Y` (two decimals): whole `uptake
build` against whole `hugo`, and Uptake's load + measure stage against DuckDB's query.
"""

import argparse
import csv
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402

YES = ["yes", "y", "true", "t", "1", "ja", "j", "oui", "si", "sí", "sim", "da", "tak", "yes, i did", "done",
       "completed", "checked", "x"]
NO = ["no", "n", "false", "f", "0", "nein", "non", "nee", "nej", "nei", "não", "nao", "not yet", "no, not yet",
      "not done", "unchecked"]


def uptime():
    return measure.uptime()


def sql_list(values):
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


# ---------------------------------------------------------------------------------------------
# Hugo

HUGO_CONFIG = """baseURL = "https://learning.example.com/"
title = "Acme Learning (benchmark)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
"""
SINGLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
<p>For: {{ .Params.audience }}</p>
<ul>{{ range .Params.behaviors }}<li>{{ .name }}: {{ .first_step }}</li>{{ end }}</ul>
{{ .Content }}</main></body></html>
"""
LIST = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body><main><h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Params.summary }}</li>{{ end }}</ul>
</main></body></html>
"""


def make_hugo_site(pages_site, hugo_site):
    shutil.rmtree(hugo_site, ignore_errors=True)
    os.makedirs(os.path.join(hugo_site, "content", "programs"))
    os.makedirs(os.path.join(hugo_site, "layouts", "_default"))
    with open(os.path.join(hugo_site, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    for name, text in [("single.html", SINGLE), ("list.html", LIST)]:
        with open(os.path.join(hugo_site, "layouts", "_default", name), "w") as f:
            f.write(text)
    with open(os.path.join(hugo_site, "layouts", "index.html"), "w") as f:
        f.write(LIST)
    n = 0
    for path in sorted(glob.glob(os.path.join(pages_site, "content", "programs", "*.md"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # Same front matter (Hugo keeps unknown keys as .Params) and the same Markdown body.
        with open(os.path.join(hugo_site, "content", "programs", os.path.basename(path)), "w", encoding="utf-8") as f:
            f.write(text)
        n += 1
    return n


def time_process(argv, env=None, cwd=None):
    t0 = time.monotonic()
    r = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S"] + argv, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, env=env, cwd=cwd, text=True)
    wall = time.monotonic() - t0
    if r.returncode != 0:
        sys.stderr.write(r.stderr[-3000:])
        sys.exit("compare.py: %s failed (exit %d)" % (argv[0], r.returncode))
    fields = r.stderr.strip().splitlines()[-1].split()
    run = {"wall": wall, "rss_mb": int(fields[1]) / 1024, "user": float(fields[2]), "sys": float(fields[3])}
    # With UPTAKE_TIMINGS=1, Uptake's own line: `timings (s): load ..., measure ...; wall W`.
    stages = re.findall(r"^timings \(s\): (.*); wall ([0-9.]+)$", r.stderr, re.M)
    if stages:
        run["stages"], run["stage_wall"] = stages[-1][0], float(stages[-1][1])
    return run


def write_floor(tool, tree, into):
    """uptake-write-floor: the wall seconds to create `tree`'s folders and files (read into
    memory first) under `into` on two threads, and the line it prints."""
    r = subprocess.run([tool, tree, into, "2"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr[-3000:])
        sys.exit("compare.py: uptake-write-floor failed (exit %d)" % r.returncode)
    line = r.stdout.strip().splitlines()[-1]
    return float(re.search(r" in ([0-9.]+) s wall", line).group(1)), line


def summarize(label, runs):
    wall = statistics.median(r["wall"] for r in runs)
    print("   %s: %.2f s wall (median of %d; %s), %.2f s user + %.2f s sys, %.0f MB peak; load avg %s" % (
        label, wall, len(runs), ", ".join("%.2f" % r["wall"] for r in runs),
        statistics.median(r["user"] for r in runs), statistics.median(r["sys"] for r in runs),
        max(r["rss_mb"] for r in runs), measure.load_average()), flush=True)
    return wall


def compare_hugo(uptake, pages_site, scratch, runs, floor):
    print("== Hugo vs uptake build on the pages workload (%s)" % pages_site)
    print("   before: %s" % uptime())
    version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    print("   %s" % version)
    hugo_site = os.path.join(scratch, "hugo-site")
    n = make_hugo_site(pages_site, hugo_site)
    print("   %d programs as Hugo content pages in %s" % (n, hugo_site))
    hugo_out = os.path.join(scratch, "hugo-public")
    uptake_out = os.path.join(scratch, "uptake-pages-out")
    env = dict(os.environ)
    env.pop("CI", None)
    env.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    hugo_runs, hugo1_runs, uptake_runs = [], [], []
    # Every run writes into a folder never used before; they are removed after the last run
    # (creating files right after deleting many slows down on ext4: see measure.py).
    used = []
    for i in range(runs):
        for folder in (hugo_out, uptake_out, hugo_out + ".a%d" % i, hugo_out + ".b%d" % i, uptake_out + ".%d" % i):
            shutil.rmtree(folder, ignore_errors=True)
        hugo_runs.append(time_process(["hugo", "--quiet", "--source", hugo_site, "--destination", hugo_out + ".a%d" % i,
                                       "--cacheDir", os.path.join(scratch, "hugo-cache")]))
        hugo1_runs.append(time_process(["hugo", "--quiet", "--source", hugo_site, "--destination", hugo_out + ".b%d" % i,
                                        "--cacheDir", os.path.join(scratch, "hugo-cache")],
                                       env=dict(os.environ, GOMAXPROCS="1")))
        uptake_runs.append(time_process([uptake, "build", "--site", pages_site, "--output", uptake_out + ".%d" % i],
                                        env=env))
        used += [hugo_out + ".a%d" % i, hugo_out + ".b%d" % i, uptake_out + ".%d" % i]
    # The write floor of each tree, before anything is deleted (see above), into new folders.
    floors = {"uptake": [], "hugo": []}
    if floor:
        for i in range(runs):
            for name, tree in (("uptake", uptake_out + ".%d" % (runs - 1)), ("hugo", hugo_out + ".a%d" % (runs - 1))):
                into = os.path.join(scratch, "floor-%s.%d" % (name, i))
                shutil.rmtree(into, ignore_errors=True)
                floors[name].append(write_floor(floor, tree, into))
                used.append(into)
    os.rename(hugo_out + ".a%d" % (runs - 1), hugo_out)
    os.rename(uptake_out + ".%d" % (runs - 1), uptake_out)
    for folder in used:
        shutil.rmtree(folder, ignore_errors=True)
    hugo_pages = sum(1 for _ in glob.iglob(os.path.join(hugo_out, "**", "*.html"), recursive=True))
    uptake_pages = sum(1 for _ in glob.iglob(os.path.join(uptake_out, "site", "**", "*.html"), recursive=True))
    print("   Hugo wrote %d HTML pages; Uptake %d (a microsite and a report per program, plus metrics.json and"
          " .ics files)" % (hugo_pages, uptake_pages))
    hugo = summarize("hugo (all cores)", hugo_runs)
    hugo1 = summarize("hugo (GOMAXPROCS=1)", hugo1_runs)
    up = summarize("uptake build", uptake_runs)
    print("   per program: hugo %.2f ms, hugo on one core %.2f ms, uptake %.2f ms" % (
        hugo / n * 1000, hugo1 / n * 1000, up / n * 1000))
    print("   uptake/hugo (one core) = %.2f" % (up / hugo1))
    if floor:
        for name, build in (("uptake", up), ("hugo", hugo)):
            walls = [w for w, _ in floors[name]]
            f = statistics.median(walls)
            print("   %s's output, %s; median of %d (%s): %.2f s, so %.2f s of the build is above it" % (
                name, floors[name][-1][1], len(walls), ", ".join("%.2f" % w for w in walls), f, build - f))
        print("   uptake/hugo if Uptake took no time beyond writing its files = %.2f" % (
            statistics.median(w for w, _ in floors["uptake"]) / hugo))
    return up / hugo


# ---------------------------------------------------------------------------------------------
# DuckDB

def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text.split("\n---\n", 1)[0]


def unquote(s):
    s = s.strip()
    if s.startswith('"') and s.endswith('"'):
        return s[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return s


def read_program(path):
    """The generated front matter: id, behaviors, roster, surveys with their columns."""
    fm = front_matter(path)
    program = {"id": None, "behaviors": [], "roster": None, "roster_columns": {}, "surveys": []}
    section = None
    survey = None
    for line in fm.splitlines():
        if line.startswith("id: "):
            program["id"] = unquote(line[4:])
        elif line.startswith("roster: "):
            program["roster"] = unquote(line[8:])
        elif line and not line.startswith(" "):
            section = line.rstrip(":")
        elif section == "behaviors" and line.startswith("  - id: "):
            program["behaviors"].append(unquote(line[8:]))
        elif section == "roster_columns" and line.startswith("  "):
            k, v = line.strip().split(": ", 1)
            program["roster_columns"][k] = unquote(v)
        elif section == "surveys":
            s = line.strip()
            if s.startswith("- file: "):
                survey = {"file": unquote(s[8:]), "columns": {}}
                program["surveys"].append(survey)
            elif line.startswith("      "):
                k, v = s.split(": ", 1)
                survey["columns"][k] = unquote(v)
            elif ": " in s:
                k, v = s.split(": ", 1)
                survey[k] = unquote(v)
    return program


HEADER_ROWS = {"qualtrics": 3, "surveymonkey": 2, "google-forms": 1, "ms-forms": 1, "generic": 1}


def header_rows(path, n):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        return [next(reader) for _ in range(n)]


def resolve(tool, rows, name):
    """ExportLayout.columns(named:): the first column a mapping names (exact, then case-insensitive)."""
    for exact in (True, False):
        def same(a):
            return a == name if exact else a.strip().lower() == name.strip().lower()
        if tool == "qualtrics":
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    alt = cell
                    if r == 2 and cell.startswith("{") and '"ImportId":"' in cell:
                        alt = cell.split('"ImportId":"', 1)[1].split('"', 1)[0]
                    if same(cell) or same(alt):
                        return c
        elif tool == "surveymonkey":
            title = ""
            for c, cell in enumerate(rows[0]):
                if cell.strip():
                    title = cell
                if same(title):
                    return c
        else:
            for c, cell in enumerate(rows[0]):
                if same(cell):
                    return c
    raise KeyError("%s: no column %r" % (tool, name))


def timestamp_sql(tool, col):
    if tool == "qualtrics":
        return "strptime(%s, '%%Y-%%m-%%d %%H:%%M:%%S')" % col
    if tool == "surveymonkey":
        return "strptime(%s, '%%m/%%d/%%Y %%I:%%M:%%S %%p')" % col
    if tool == "ms-forms":
        return "strptime(%s, '%%m/%%d/%%Y %%H:%%M')" % col
    if tool == "google-forms":
        # `2026/03/15 2:05:33 PM GMT+5:30` (offset east of UTC) or the linked sheet's `3/15/2026 14:05:33`.
        return ("CASE WHEN {c} LIKE '%GMT%' THEN strptime(split_part({c}, ' GMT', 1), '%Y/%m/%d %I:%M:%S %p')"
                " - to_minutes(coalesce(60 * TRY_CAST(regexp_extract({c}, 'GMT([+-]?\\d+)', 1) AS INTEGER)"
                " + (CASE WHEN {c} LIKE '%GMT-%' THEN -1 ELSE 1 END)"
                " * coalesce(TRY_CAST(regexp_extract({c}, 'GMT[+-]?\\d+:(\\d+)', 1) AS INTEGER), 0), 0)::BIGINT)"
                " ELSE strptime({c}, '%m/%d/%Y %H:%M:%S') END").format(c=col)
    return "CAST(%s AS TIMESTAMPTZ)" % col


def duckdb_plan(site):
    """Export groups (tool, layout) with their files, and the rosters."""
    groups = {}
    rosters = {}
    programs = []
    for path in sorted(glob.glob(os.path.join(site, "content", "programs", "*.md"))):
        p = read_program(path)
        programs.append(p)
        rpath = os.path.join(site, "content", p["roster"])
        rrow = header_rows(rpath, 1)[0]
        pcol = rrow.index(p["roster_columns"].get("participant", "participant"))
        ccol = rrow.index(p["roster_columns"].get("completed", "completed"))
        rosters.setdefault((len(rrow), pcol, ccol), []).append((rpath, p["id"]))
        for s in p["surveys"]:
            if s.get("kind") != "self-report":
                continue
            tool = s["format"]
            fpath = os.path.join(site, "content", s["file"])
            rows = header_rows(fpath, HEADER_ROWS[tool])
            width = len(rows[0])
            cols = [resolve(tool, rows, s["columns"]["participant"]), resolve(tool, rows, s["columns"]["submitted_at"])]
            cols += [resolve(tool, rows, s["columns"]["applied." + b]) for b in p["behaviors"]]
            extra = (resolve(tool, rows, "Status"), resolve(tool, rows, "Finished")) if tool == "qualtrics" else ()
            key = (tool, width, tuple(cols), extra)
            groups.setdefault(key, []).append((fpath, p["id"], int(s["checkpoint"]), p["behaviors"]))
    return programs, groups, rosters


def duckdb_query(con, groups, rosters):
    """Runs the whole computation; returns [(program, checkpoint, behavior, answered, adopted)]."""
    yes, no = sql_list(YES), sql_list(NO)
    con.execute("CREATE OR REPLACE TEMP TABLE files (filename VARCHAR, program VARCHAR, checkpoint INTEGER, "
                "b1 VARCHAR, b2 VARCHAR, b3 VARCHAR)")
    con.execute("CREATE OR REPLACE TEMP TABLE roster_files (filename VARCHAR, program VARCHAR)")
    rows = []
    for files in groups.values():
        for fpath, pid, day, behaviors in files:
            b = (behaviors + [None, None, None])[:3]
            rows.append((fpath, pid, day, b[0], b[1], b[2]))
    con.executemany("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.executemany("INSERT INTO roster_files VALUES (?, ?)",
                    [(f, pid) for files in rosters.values() for f, pid in files])

    def reader(files, width, skip):
        names = ", ".join("'c%d': 'VARCHAR'" % i for i in range(width))
        return ("read_csv(%s, header = false, skip = %d, auto_detect = false, delim = ',', quote = '\"', "
                "escape = '\"', columns = {%s}, filename = true, null_padding = true)") % (
                    sql_list([f[0] for f in files]).replace("(", "[", 1)[:-1] + "]", skip, names)

    roster_parts = []
    for (width, pcol, ccol), files in rosters.items():
        roster_parts.append(
            "SELECT rf.program, lower(trim(r.c{p})) AS participant FROM {src} r JOIN roster_files rf USING (filename) "
            "WHERE lower(trim(r.c{c})) IN {yes}".format(p=pcol, c=ccol, src=reader(files, width, 1), yes=yes))
    parts = []
    for (tool, width, cols, extra), files in groups.items():
        pcol, tcol = cols[0], cols[1]
        applied = list(cols[2:]) + [None] * (3 - len(cols[2:]))
        answers = []
        for i, c in enumerate(applied):
            if c is None:
                answers.append("NULL::BOOLEAN AS a%d" % (i + 1))
            else:
                answers.append("CASE WHEN lower(trim(e.c{c})) IN {yes} THEN true WHEN lower(trim(e.c{c})) IN {no} "
                               "THEN false END AS a{i}".format(c=c, yes=yes, no=no, i=i + 1))
        where = "trim(coalesce(e.c%d, '')) <> ''" % pcol
        if tool == "qualtrics":
            s, f = extra
            where += (" AND NOT (lower(trim(coalesce(e.c{s}, ''))) SIMILAR TO '.*(preview|test|spam).*' OR "
                      "trim(coalesce(e.c{s}, '')) IN ('1','2','8','9','12','17','40'))"
                      " AND lower(trim(coalesce(e.c{f}, ''))) NOT IN ('0', 'false')").format(s=s, f=f)
        parts.append(
            "SELECT fl.program, fl.checkpoint, fl.b1, fl.b2, fl.b3, lower(trim(e.c{p})) AS participant, "
            "{ts} AS ts, {answers} FROM {src} e JOIN files fl USING (filename) WHERE {where}".format(
                p=pcol, ts=timestamp_sql(tool, "e.c%d" % tcol), answers=", ".join(answers),
                src=reader(files, width, HEADER_ROWS[tool]), where=where))
    sql = """
WITH trained AS ({roster}),
rows AS ({rows}),
latest AS (
  SELECT r.* FROM rows r JOIN trained t USING (program, participant)
  QUALIFY row_number() OVER (PARTITION BY r.program, r.checkpoint, r.participant ORDER BY r.ts DESC) = 1),
long AS (
  SELECT program, checkpoint, b1 AS behavior, a1 AS applied FROM latest
  UNION ALL SELECT program, checkpoint, b2, a2 FROM latest WHERE b2 IS NOT NULL
  UNION ALL SELECT program, checkpoint, b3, a3 FROM latest WHERE b3 IS NOT NULL)
SELECT program, checkpoint, behavior, count(applied) AS answered, count_if(applied) AS adopted
FROM long GROUP BY ALL ORDER BY ALL
""".format(roster=" UNION ALL ".join(roster_parts), rows=" UNION ALL ".join(parts))
    return con.execute(sql).fetchall()


def uptake_load_measure(uptake, site, env):
    """`uptake metrics --site SITE`: the whole process of loading every export, measuring every
    figure of PRODUCT.md §2 and printing metrics.json (to /dev/null); no pages are rendered.
    With UPTAKE_TIMINGS=1 it also reports the wall time of its load + measure stage, in process
    (what the issue compares with DuckDB's connect + query + fetch)."""
    run = time_process([uptake, "metrics", "--site", site], env=dict(env, UPTAKE_TIMINGS="1"))
    if "stage_wall" not in run:
        sys.exit("compare.py: uptake metrics printed no timings line with UPTAKE_TIMINGS=1")
    return run["wall"], run


def compare_duckdb(uptake, site, scratch, runs):
    import duckdb
    print("== DuckDB vs Uptake load+measure on the enterprise workload (%s)" % site)
    print("   before: %s" % uptime())
    print("   duckdb %s (threads: %s)" % (duckdb.__version__, os.cpu_count()))
    t0 = time.monotonic()
    programs, groups, rosters = duckdb_plan(site)
    plan_s = time.monotonic() - t0
    n_files = sum(len(f) for f in groups.values())
    print("   %d programs, %d self-report exports in %d read_csv groups, %d rosters (mapping resolved in %.2f s,"
          " counted in DuckDB's time)" % (len(programs), n_files, len(groups), sum(len(r) for r in rosters.values()),
                                         plan_s))
    times, times1, result = [], [], None
    for i in range(runs):
        for threads, into in ((None, times), (1, times1)):
            t0 = time.monotonic()
            con = duckdb.connect()
            if threads:
                con.execute("SET threads = %d" % threads)
            rows = duckdb_query(con, groups, rosters)
            con.close()
            into.append(time.monotonic() - t0 + plan_s)
            result = rows
    d_all = statistics.median(times)
    d_one = statistics.median(times1)
    print("   duckdb (all cores): %.2f s (median of %d: %s); load avg %s" % (
        d_all, runs, ", ".join("%.2f" % t for t in times), measure.load_average()))
    print("   duckdb (1 thread):  %.2f s (median of %d: %s)" % (d_one, runs, ", ".join("%.2f" % t for t in times1)))
    env = dict(os.environ)
    env.pop("CI", None)
    env["NO_COLOR"] = "1"
    env.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    up, stage = [], []
    for i in range(runs):
        wall, run = uptake_load_measure(uptake, site, env)
        up.append(wall)
        stage.append(run["stage_wall"])
        print("   uptake metrics run %d: %.2f s wall (load + measure %.2f s of it: %s), %.2f s user, %.0f MB peak;"
              " load avg %s" % (i + 1, wall, run["stage_wall"], run["stages"], run["user"], run["rss_mb"],
                                measure.load_average()), flush=True)
    whole = statistics.median(up)
    u = statistics.median(stage)
    print("   uptake metrics, whole process (start, load + measure, metrics.json printed, exit): %.2f s (median of"
          " %d)" % (whole, runs))
    print("   uptake load + measure, in process: %.2f s (median of %d)" % (u, runs))
    # Cross-check against Uptake's figures, when a build of this site is at hand.
    metrics = os.path.join(os.path.dirname(site), "out", os.path.basename(site), "site", "metrics.json")
    if os.path.exists(metrics):
        with open(metrics) as f:
            doc = json.load(f)
        ours = {(p, c, b): (a, d) for p, c, b, a, d in result}
        same = differ = suppressed = 0
        examples = []
        for prog in doc["programs"]:
            for cp in prog["checkpoints"]:
                for b in cp["behaviors"]:
                    if b.get("answered") is None:
                        suppressed += 1
                        continue
                    got = ours.get((prog["program"]["id"], cp["day"], b["id"]))
                    if got == (b["answered"], b["adopted"]):
                        same += 1
                    else:
                        differ += 1
                        if len(examples) < 3:
                            examples.append((prog["program"]["id"], cp["day"], b["id"], got,
                                             (b["answered"], b["adopted"])))
        print("   check against %s: %d (program, checkpoint, behavior) figures equal, %d differ, %d suppressed%s" % (
            os.path.relpath(metrics), same, differ, suppressed, (" e.g. %s" % examples) if examples else ""))
    else:
        print("   (no Uptake build of this site at %s to check the counts against: run bench/run enterprise)" % metrics)
    print("   uptake/duckdb (1 thread) = %.2f" % (u / d_one))
    print("   uptake/duckdb (whole uptake metrics process) = %.2f" % (whole / d_all))
    return u / d_all


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("uptake")
    ap.add_argument("pages")
    ap.add_argument("enterprise")
    ap.add_argument("scratch")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--floor", help="uptake-write-floor, to time writing each output tree without building it")
    ap.add_argument("--only", choices=["hugo", "duckdb"], help="run one of the two comparisons (no last line)")
    args = ap.parse_args()
    os.makedirs(args.scratch, exist_ok=True)
    hugo = compare_hugo(args.uptake, args.pages, args.scratch, args.runs, args.floor) if args.only != "duckdb" else None
    duck = compare_duckdb(args.uptake, args.enterprise, args.scratch, args.runs) if args.only != "hugo" else None
    print("   after: %s" % uptime())
    if hugo is not None and duck is not None:
        print("uptake/hugo = %.2f, uptake/duckdb = %.2f" % (hugo, duck))
    else:
        print("uptake/%s = %.2f" % (args.only, hugo if hugo is not None else duck))


if __name__ == "__main__":
    main()
