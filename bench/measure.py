#!/usr/bin/env python3
"""Times `uptake build` (and optionally `uptake check`) on one generated site. Used by bench/run.

    python3 bench/measure.py UPTAKE SITE OUTPUT [--runs 5] [--check-runs 3] [--incremental-runs 5] [--json FILE]

Each run is one whole process under `/usr/bin/time -f %e %M %U %S` (wall, peak RSS, CPU).
Stage times come from the build itself: with UPTAKE_TIMINGS=1 `uptake build` prints
`timings (s): load …, measure …, render …, write …, site …, commit …; wall …` — seconds per
stage summed over the cores that build programs in parallel (so they add up to more than the
wall time on 2 cores), `site` the site-wide files (index, the site's metrics.json, assets) made
after every program, `commit` their writing and the final moves into the output folder.

SOURCE_DATE_EPOCH is set, so the build clock is the same for every run. The output folder is
removed before every full run (outside the timing): a fresh build, as in CI. Then the
incremental runs: a rebuild with nothing changed, and rebuilds after editing one program's
Markdown (a paragraph appended, different each time; the file is restored afterwards). The
median of the runs is printed; `uptime` is printed before and after.
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

STAGES = ["cache", "load", "measure", "render", "write", "site", "commit"]
TIMINGS = re.compile(r"^timings \(s\): (.*); wall ([0-9.]+)$", re.M)


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def run_once(argv, env):
    """Runs argv; returns wall, rss_kb, user, sys, stage times, stderr text, status."""
    fd, timefile = tempfile.mkstemp(prefix="uptake-time-")
    os.close(fd)
    t0 = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", timefile] + argv,
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.monotonic() - t0
    with open(timefile) as f:
        fields = f.read().split()
    os.unlink(timefile)
    # /usr/bin/time prints "Command exited with non-zero status N" first when it fails.
    rss_kb, user, system = int(fields[-3]), float(fields[-2]), float(fields[-1])
    text = proc.stderr.decode("utf-8", "replace")
    stages = {}
    m = TIMINGS.search(text)
    if m:
        for part in m.group(1).split(", "):
            name, value = part.rsplit(" ", 1)
            stages[name] = float(value)
    return {"wall": wall, "rss_kb": rss_kb, "user": user, "sys": system, "stages": stages, "stderr": text,
            "status": proc.returncode}


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
    # A stopped benchmark still restores the program file it edits (the `finally` below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    ap = argparse.ArgumentParser()
    ap.add_argument("uptake")
    ap.add_argument("site")
    ap.add_argument("output")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--check-runs", type=int, default=0)
    ap.add_argument("--incremental-runs", type=int, default=0)
    ap.add_argument("--name", default="")
    ap.add_argument("--json")
    args = ap.parse_args()
    env = dict(os.environ)
    env.pop("CI", None)
    env.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    env["NO_COLOR"] = "1"
    env["UPTAKE_TIMINGS"] = "1"
    name = args.name or os.path.basename(os.path.abspath(args.site))
    print("== %s (%s)" % (name, args.site), flush=True)
    print("   before: %s" % uptime(), flush=True)
    runs = []
    # Each full run builds into a folder never used before, and the folders are removed only
    # after the last run: on ext4, creating files right after deleting tens of thousands of
    # others gets slower with every round (the inode allocator skips recently deleted inodes),
    # which measured the file system, not the build (write stage 4 s → 44 s over five rounds).
    # The previous output is moved aside now and deleted with the run folders at the end.
    stale = []
    if os.path.exists(args.output):
        aside = args.output + ".previous"
        shutil.rmtree(aside, ignore_errors=True)  # left by a stopped run
        os.rename(args.output, aside)
        stale.append(aside)
    folders = []
    for i in range(args.runs):
        folder = "%s.run%d" % (args.output, i + 1)
        shutil.rmtree(folder, ignore_errors=True)
        folders.append(folder)
        r = run_once([args.uptake, "build", "--site", args.site, "--output", folder], env)
        r["load_avg"] = load_average()
        if r["status"] != 0:
            sys.stderr.write(r["stderr"][-4000:])
            sys.exit("measure.py: uptake build failed (exit %d)" % r["status"])
        runs.append(r)
        st = r["stages"]
        print("   build run %d: %.2f s wall, %.2f s user, %.2f s sys, %d MB peak; %s; load avg %s" % (
            i + 1, r["wall"], r["user"], r["sys"], r["rss_kb"] // 1024,
            ", ".join("%s %.2f" % (k, st[k]) for k in STAGES if k in st), r["load_avg"]),
            flush=True)
    os.rename(folders[-1], args.output)
    for folder in stale + folders[:-1]:
        shutil.rmtree(folder, ignore_errors=True)
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
    stages = {k: med([r["stages"].get(k, 0.0) for r in runs]) for k in STAGES}
    incremental = measure_incremental(args, env) if args.incremental_runs else None
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
        "incremental": incremental,
    }
    html = counts["site_pages"] + counts["one_pagers"]
    print("   output: %d site pages, %d one-pagers, %d .eml, %d files, %.1f MB; %d survey rows read" % (
        counts["site_pages"], counts["one_pagers"], counts["eml"], counts["files"], counts["bytes"] / 1e6,
        counts["rows"]))
    print("   wall (median of %d): %.2f s  [min %.2f, max %.2f]   user %.2f s, sys %.2f s" % (
        len(runs), wall, result["wall_min_s"], result["wall_max_s"], result["user_median_s"], result["sys_median_s"]))
    print("   peak memory: %.0f MB" % result["peak_rss_mb"])
    print("   stages (median, seconds summed over the cores): " + ", ".join(
        "%s %.2f s" % (k, stages[k]) for k in STAGES if stages[k]))
    if counts["rows"]:
        print("   rows/s ingested: %.0f per core-second of the load stage, %.0f over the whole build" % (
            counts["rows"] / stages["load"] if stages["load"] else 0, counts["rows"] / wall))
    print("   pages/s rendered: %.0f HTML pages per core-second of the render stage (%d pages), %.0f over the "
          "whole build; %.0f files/s written" % (
              html / stages["render"] if stages["render"] else 0, html, html / wall,
              counts["files"] / stages["write"] if stages["write"] else 0))
    if incremental:
        print("   rebuild, nothing changed (median of %d): %.2f s = %.1f%% of the full build" % (
            len(incremental["unchanged"]), incremental["unchanged_median_s"], 100 * incremental["unchanged_median_s"] / wall))
        print("   rebuild after editing %s (median of %d): %.2f s = %.1f%% of the full build" % (
            incremental["edited"], len(incremental["one_program"]), incremental["one_program_median_s"],
            100 * incremental["one_program_median_s"] / wall))
    if checks:
        print("   uptake check (load+measure+render, no write), median of %d: %.2f s" % (
            len(checks), result["check_wall_median_s"]))
    print("   after: %s" % uptime(), flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)


def measure_incremental(args, env):
    """Rebuilds into the output of the last full run: unchanged, then after editing one program."""
    argv = [args.uptake, "build", "--site", args.site, "--output", args.output]
    unchanged = []
    for i in range(args.incremental_runs):
        r = run_once(argv, env)
        unchanged.append(r["wall"])
        print("   rebuild, nothing changed, run %d: %.2f s; %s" % (i + 1, r["wall"], summary(r)), flush=True)
    programs = os.path.join(args.site, "content", "programs")
    name = sorted(n for n in os.listdir(programs) if n.endswith(".md"))[len(os.listdir(programs)) // 2]
    path = os.path.join(programs, name)
    with open(path, "rb") as f:
        original = f.read()
    stat = os.stat(path)
    edited = []
    try:
        for i in range(args.incremental_runs):
            with open(path, "wb") as f:
                f.write(original + b"\n\nEdited for the incremental benchmark, run %d.\n" % (i + 1))
            r = run_once(argv, env)
            if r["status"] != 0:
                sys.exit("measure.py: incremental uptake build failed (exit %d)" % r["status"])
            edited.append(r["wall"])
            print("   rebuild after editing %s, run %d: %.2f s; %s" % (name, i + 1, r["wall"], summary(r)), flush=True)
    finally:
        with open(path, "wb") as f:
            f.write(original)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        run_once(argv, env)
    return {"edited": name, "unchanged": unchanged, "unchanged_median_s": med(unchanged), "one_program": edited,
            "one_program_median_s": med(edited)}


def summary(run):
    lines = [l.strip() for l in run["stderr"].splitlines() if "unchanged since the last build" in l or l.startswith("timings")]
    return "; ".join(lines)


if __name__ == "__main__":
    main()
