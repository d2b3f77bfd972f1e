#!/usr/bin/env python3
"""Where each stage's on-CPU time goes, from `perf script -F ip,sym | swift demangle` output.

    python3 bench/stacks.py STACKS.txt [FUNCTION ...]

For each FUNCTION (a substring of a demangled symbol), the share of all samples under it
(inclusive) and how that share splits over its direct callees. Defaults to Builder's stages.
"""
import collections
import sys

DEFAULT = ["Builder.build", "SiteLoader.load", "ProgramLoader.load", "ExportReader.read(", "ExportReader.readRecord",
           "MetricsCalculator.metrics(for:", "ManagerBreakdown.teams", "GroupMeasurer.measure(_:)",
           "GroupMeasurer.measureCheckpoint", "SiteRenderer.render", "ManagerFiles.write", "OutputWriter.write"]


def read(path):
    samples, cur = [], []
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.strip()
        if not line:
            if cur:
                samples.append(cur)
                cur = []
            continue
        parts = line.split(" ", 1)
        cur.append(parts[1] if len(parts) > 1 else "?")
    if cur:
        samples.append(cur)
    return samples


def main():
    samples = read(sys.argv[1])
    targets = sys.argv[2:] or DEFAULT
    print("%d samples" % len(samples))
    for target in targets:
        callees, total = collections.Counter(), 0
        for s in samples:  # leaf first
            hits = [i for i, f in enumerate(s) if target in f]
            if not hits:
                continue
            i = max(hits)
            total += 1
            callees[s[i - 1] if i > 0 else "(self)"] += 1
        print("== %s: %.1f%% inclusive" % (target, 100.0 * total / len(samples)))
        for name, n in callees.most_common(8):
            if 100.0 * n / len(samples) >= 0.3:
                print("   %5.1f%%  %s" % (100.0 * n / len(samples), name[:140]))


if __name__ == "__main__":
    main()
