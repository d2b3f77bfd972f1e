#!/usr/bin/env bash
# fuzz/run.sh [SECONDS] -- builds Uptake's three libFuzzer targets and runs each for SECONDS
# (default 30), one after the other, one process each:
#   csv          UptakeCSV's reader on arbitrary bytes, every field and location read back
#   frontmatter  a program file (front matter, YAML, Markdown body) and uptake.yml on arbitrary text
#   site         SiteLoader + the metrics `uptake check` computes, on a temporary site whose
#                program file, roster or export (first byte picks which) is the input
# Exit 0 when no target crashed; 1 with the crash inputs named; 2 when the build failed.
#
# The targets are compiled with `swiftc -sanitize=fuzzer,address -parse-as-library` straight from
# Sources/ (modules UptakeModel, UptakeCSV, UptakeMarkdown, UptakeInput, UptakeMetrics and Yams
# with its C part CYaml, all instrumented; cmark-gfm is the system library). Yams' sources come
# from a SwiftPM checkout (YAMS_DIR, else .build*/checkouts/Yams, else `swift package resolve`).
# Work files (objects, the growing corpus, crash inputs) go to $UPTAKE_FUZZ_WORK, default
# .build-fuzz/. Seeds are fuzz/corpus/<target>/; a crash input, once fixed, belongs in a test.
# Notes: SWIFT_BACKTRACE=enable=no, else a crash leaves Swift's backtracer holding the output
# open for minutes. Replay one input with: .build-fuzz/bin/<target> <file>.
set -Eeuo pipefail
SECS=${1:-30}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${UPTAKE_FUZZ_WORK:-$ROOT/.build-fuzz}
export SWIFT_BACKTRACE=enable=no
mkdir -p "$WORK/obj" "$WORK/mod" "$WORK/bin" "$WORK/artifacts"

YAMS=${YAMS_DIR:-}
if [ -z "$YAMS" ]; then
  for candidate in "$ROOT"/.build/checkouts/Yams "$ROOT"/.build*/checkouts/Yams; do
    if [ -f "$candidate/Sources/Yams/Parser.swift" ]; then YAMS=$candidate; break; fi
  done
fi
if [ -z "$YAMS" ]; then
  swift package --package-path "$ROOT" --scratch-path "$WORK/spm" resolve >/dev/null
  YAMS=$WORK/spm/checkouts/Yams
fi
[ -f "$YAMS/Sources/Yams/Parser.swift" ] || { echo "fuzz: no Yams sources found (set YAMS_DIR)" >&2; exit 2; }

SAN=(-sanitize=fuzzer,address)
INCLUDES=(-I "$WORK/mod" -I "$YAMS/Sources/CYaml/include" -I "$ROOT/Sources/CCmarkGFM")
LIBS=(-lcmark-gfm -lcmark-gfm-extensions)

build() {
  echo "fuzz: building (objects in $WORK)"
  local objects=()
  for c in "$YAMS"/Sources/CYaml/src/*.c; do
    local o="$WORK/obj/cyaml-$(basename "$c" .c).o"
    clang -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$YAMS/Sources/CYaml/include" -c "$c" -o "$o"
    objects+=("$o")
  done
  module() {  # module NAME [swiftc flags...] -- SOURCES...
    local name=$1; shift
    local flags=()
    while [ "$1" != "--" ]; do flags+=("$1"); shift; done; shift
    swiftc -O -g -wmo -parse-as-library "${SAN[@]}" -module-name "$name" -package-name Uptake "${INCLUDES[@]}" \
      "${flags[@]}" -emit-module -emit-module-path "$WORK/mod/$name.swiftmodule" -c "$@" -o "$WORK/obj/$name.o"
  }
  module Yams -D SWIFT_PACKAGE -- "$YAMS"/Sources/Yams/*.swift
  module UptakeModel -- "$ROOT"/Sources/UptakeModel/*.swift
  module UptakeCSV -- "$ROOT"/Sources/UptakeCSV/*.swift
  module UptakeMarkdown -- "$ROOT"/Sources/UptakeMarkdown/*.swift
  module UptakeMetrics -- "$ROOT"/Sources/UptakeMetrics/*.swift
  module UptakeInput -enable-testing -- "$ROOT"/Sources/UptakeInput/*.swift
  target() {  # target NAME OBJECTS...
    local name=$1; shift
    swiftc -O -g -parse-as-library "${SAN[@]}" -use-ld=lld -module-name "Fuzz_$name" -package-name Uptake \
      "${INCLUDES[@]}" "$HERE/targets/$name.swift" "$@" "${LIBS[@]}" -o "$WORK/bin/$name"
  }
  local input=("${objects[@]}" "$WORK"/obj/{Yams,UptakeModel,UptakeCSV,UptakeMarkdown,UptakeInput}.o)
  target csv "$WORK/obj/UptakeCSV.o"
  target frontmatter "${input[@]}"
  target site "${input[@]}" "$WORK/obj/UptakeMetrics.o"
}
# Rebuilt when any source is newer than the last build (or the script itself changed).
stamp="$WORK/built.stamp"
if [ ! -f "$stamp" ] || [ -n "$(find "$ROOT/Sources" "$HERE/targets" "$HERE/run.sh" "$YAMS/Sources" -newer "$stamp" -print -quit)" ]; then
  trap 'echo "fuzz: BUILD FAILED" >&2; exit 2' ERR
  build
  trap - ERR
  touch "$stamp"
fi

status=0
for name in csv frontmatter site; do
  mkdir -p "$WORK/corpus/$name"
  dict=()
  [ -f "$HERE/dicts/$name.dict" ] && dict=(-dict="$HERE/dicts/$name.dict")
  log="$WORK/$name.log"
  echo "fuzz: $name for ${SECS}s"
  set +e
  "$WORK/bin/$name" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
    -artifact_prefix="$WORK/artifacts/$name-" "${dict[@]}" "$WORK/corpus/$name" "$HERE/corpus/$name" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 || true)
  echo "fuzz: $name: exit $rc, ${runs:-?} executions, ${cov:-no coverage line}"
  if [ $rc -ne 0 ]; then
    status=1
    grep -m3 -E 'ERROR|Fatal error|deadly signal|Test unit written' "$log" || tail -20 "$log"
  fi
done
exit $status
