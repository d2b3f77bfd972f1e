#!/usr/bin/env python3
"""Times `uptake build` (and optionally `uptake check`) on one generated site. Used by bench/run.

    python3 bench/measure.py UPTAKE SITE OUTPUT [--runs 5] [--check-runs 3] [--json FILE]

Each run is one whole process under `/usr/bin/time -f %e %M %U %S` (wall, peak RSS, CPU).
Stage times come from the build's own progress line: on a terminal (and without CI set) the
CLI writes `load…`, `measure…`, `render…`, `write…` to stderr as each stage of Builder starts,
so every run gets a pseudo-terminal for stderr and the arrival time of each marker is taken:

    startup = first marker - spawn        load    = measure… - load…
    measure = render… - measure…           render  = write… - render…
    write   = end of progress - write…     report  = exit - end of progress (diagnostics printed)

SOURCE_DATE_EPOCH is set so the build clock does not walk the input tree between measure and
render. The output folder is removed before every run (outside the timing): a fresh build, as
in CI. The median of the runs is printed; `uptime` is printed before and after.
"""

import argparse
import json
import os
import pty
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

STAGES = ["load", "measure", "render", "write"]
MARK = re.compile(rb"\r\x1b\[2K(load|measure|render|write)?")


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def run_once(argv, env):
    """Runs argv with stderr on a pty; returns wall, rss_kb, user, sys, stage marks, stderr text."""
    fd, timefile = tempfile.mkstemp(prefix="uptake-time-")
    os.close(fd)
    master, slave = pty.openpty()
    t0 = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%e %M %U %S", "-o", timefile] + argv,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    marks = []
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        now = time.monotonic() - t0
        chunks.append(data)
        for m in MARK.finditer(data):
            marks.append((m.group(1).decode() if m.group(1) else "end", now))
    proc.wait()
    wall = time.monotonic() - t0
    os.close(master)
    with open(timefile) as f:
        fields = f.read().split()
    os.unlink(timefile)
    # /usr/bin/time prints "Command exited with non-zero status N" first when it fails.
    rss_kb, user, system = int(fields[-3]), float(fields[-2]), float(fields[-1])
    text = b"".join(chunks).decode("utf-8", "replace")
    return {"wall": wall, "rss_kb": rss_kb, "user": user, "sys": system, "marks": marks, "stderr": text,
            "status": proc.returncode}


def stage_times(marks, wall):
    at = {}
    for name, t in marks:
        at.setdefault(name, t)
    out = {}
    if "load" in at:
        out["startup"] = at["load"]
    order = [s for s in STAGES if s in at] + (["end"] if "end" in at else [])
    for a, b in zip(order, order[1:]):
        out[a] = at[b] - at[a]
    if "end" in at:
        out["report"] = wall - at["end"]
    return out


def count_outputs(output):
    pages = one_pagers = eml = files = 0
    size = 0
    for root, _, names in os.walk(output):
        for n in names:
            files += 1
            path = os.path.join(root, n)
            size += os.path.getsize(path)
            rel = os.path.relpath(path, output)
            if n.endswith(".html"):
                if rel.startswith("site" + os.sep):
                    pages += 1
                elif rel.startswith("managers" + os.sep):
                    one_pagers += 1
            elif n.endswith(".eml"):
                eml += 1
    rows = 0
    metrics = os.path.join(output, "site", "metrics.json")
    if os.path.exists(metrics):
        with open(metrics) as f:
            doc = json.load(f)
        rows = sum(p["data_quality"]["rows_read"] for p in doc["programs"])
    return {"site_pages": pages, "one_pagers": one_pagers, "eml": eml, "files": files, "bytes": size, "rows": rows}


def med(values):
    return statistics.median(values) if values else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("uptake")
    ap.add_argument("site")
    ap.add_argument("output")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--check-runs", type=int, default=0)
    ap.add_argument("--name", default="")
    ap.add_argument("--json")
    args = ap.parse_args()
    env = dict(os.environ)
    env.pop("CI", None)
    env.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    env["NO_COLOR"] = "1"
    name = args.name or os.path.basename(os.path.abspath(args.site))
    print("== %s (%s)" % (name, args.site), flush=True)
    print("   before: %s" % uptime(), flush=True)
    runs = []
    for i in range(args.runs):
        shutil.rmtree(args.output, ignore_errors=True)
        r = run_once([args.uptake, "build", "--site", args.site, "--output", args.output], env)
        r["load_avg"] = load_average()
        if r["status"] != 0:
            sys.stderr.write(r["stderr"][-4000:])
            sys.exit("measure.py: uptake build failed (exit %d)" % r["status"])
        r["stages"] = stage_times(r["marks"], r["wall"])
        runs.append(r)
        st = r["stages"]
        print("   build run %d: %.2f s wall, %.2f s user, %.2f s sys, %d MB peak; %s; load avg %s" % (
            i + 1, r["wall"], r["user"], r["sys"], r["rss_kb"] // 1024,
            ", ".join("%s %.2f" % (k, st[k]) for k in ["startup"] + STAGES + ["report"] if k in st), r["load_avg"]),
            flush=True)
    counts = count_outputs(args.output)
    summary_line = [l for l in runs[-1]["stderr"].splitlines() if l.startswith("built ")]
    checks = []
    for i in range(args.check_runs):
        r = run_once([args.uptake, "check", "--site", args.site], env)
        r["load_avg"] = load_average()
        checks.append(r)
        print("   check run %d: %.2f s wall, %d MB peak; load avg %s" % (i + 1, r["wall"], r["rss_kb"] // 1024,
                                                                      r["load_avg"]), flush=True)
    wall = med([r["wall"] for r in runs])
    stages = {k: med([r["stages"].get(k, 0.0) for r in runs]) for k in ["startup"] + STAGES + ["report"]}
    result = {
        "workload": name,
        "runs": len(runs),
        "wall_median_s": wall,
        "wall_min_s": min(r["wall"] for r in runs),
        "wall_max_s": max(r["wall"] for r in runs),
        "user_median_s": med([r["user"] for r in runs]),
        "sys_median_s": med([r["sys"] for r in runs]),
        "peak_rss_mb": max(r["rss_kb"] for r in runs) / 1024,
        "stages_median_s": stages,
        "check_wall_median_s": med([r["wall"] for r in checks]) if checks else None,
        "counts": counts,
        "load_before": runs[0]["load_avg"],
        "load_avgs": [r["load_avg"] for r in runs],
        "uptake_summary": summary_line[-1] if summary_line else "",
    }
    html = counts["site_pages"] + counts["one_pagers"]
    print("   output: %d site pages, %d one-pagers, %d .eml, %d files, %.1f MB; %d survey rows read" % (
        counts["site_pages"], counts["one_pagers"], counts["eml"], counts["files"], counts["bytes"] / 1e6,
        counts["rows"]))
    print("   wall (median of %d): %.2f s  [min %.2f, max %.2f]   user %.2f s, sys %.2f s" % (
        len(runs), wall, result["wall_min_s"], result["wall_max_s"], result["user_median_s"], result["sys_median_s"]))
    print("   peak memory: %.0f MB" % result["peak_rss_mb"])
    print("   stages (median): " + ", ".join("%s %.2f s" % (k, stages[k]) for k in ["startup"] + STAGES + ["report"]))
    if counts["rows"]:
        print("   rows/s ingested: %.0f over the load stage, %.0f over the whole build" % (
            counts["rows"] / stages["load"] if stages["load"] else 0, counts["rows"] / wall))
    print("   pages/s rendered: %.0f HTML pages over the render stage (%d pages), %.0f over the whole build; "
          "%.0f files/s written" % (html / stages["render"] if stages["render"] else 0, html, html / wall,
                                    counts["files"] / stages["write"] if stages["write"] else 0))
    if checks:
        print("   uptake check (load+measure+render, no write), median of %d: %.2f s" % (
            len(checks), result["check_wall_median_s"]))
    print("   after: %s" % uptime(), flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
