#!/usr/bin/env bash
# scripts/screenshots.sh [OUT_DIR]
#
# Builds the sample site of this repository and takes headless-Chromium screenshots of the
# site index, an adoption report and a manager one-pager, 1280 px and 375 px wide (and the
# report in dark mode), into OUT_DIR (default docs/images/), as the README shows them.
#
# UPTAKE=/path/to/uptake uses that binary instead of building one (`swift build --product
# uptake`; set SWIFT_BUILD_ARGS, e.g. "--scratch-path .build-x", to pass options to it).
# Installs chromium and fonts with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
mkdir -p "${1:-docs/images}"
OUT=$(cd "${1:-docs/images}" && pwd)
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo

need_apt() {  # installs the Debian packages that are missing
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "screenshots: installing ${missing[*]} (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  local apt="$SUDO apt-get -o DPkg::Lock::Timeout=600 -q"
  $apt install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { $apt update >/dev/null 2>&1 && $apt install -y --no-install-recommends "${missing[@]}" >/dev/null; }
}
need_apt chromium fonts-liberation fonts-dejavu-core
CHROME=/usr/lib/chromium/chromium; [ -x "$CHROME" ] || CHROME=$(command -v chromium)

if [ -z "${UPTAKE:-}" ]; then
  # shellcheck disable=SC2086  # SWIFT_BUILD_ARGS is a list of options
  swift build --product uptake ${SWIFT_BUILD_ARGS:-} >&2
  # shellcheck disable=SC2086
  UPTAKE="$(swift build --product uptake ${SWIFT_BUILD_ARGS:-} --show-bin-path)/uptake"
fi

SITE=$(mktemp -d); trap 'rm -rf "$SITE"' EXIT
# A pinned clock: the dates on the pages do not move from one run to the next.
SOURCE_DATE_EPOCH=1795000000 "$UPTAKE" build --site "$ROOT" --output "$SITE/out" >"$SITE/build.log" 2>&1 \
  || { cat "$SITE/build.log" >&2; exit 1; }

REPORT=$(find "$SITE/out/site/programs" -name report.html | sort | grep -m1 feedback-that-lands \
  || find "$SITE/out/site/programs" -name report.html | sort | head -1)
PROGRAM=$(basename "$(dirname "$REPORT")")
ONE_PAGER=$(find "$SITE/out/managers/$PROGRAM" -name '*.html' | sort | head -1)
[ -n "$ONE_PAGER" ] || { echo "screenshots: the sample has no one-pager for $PROGRAM" >&2; exit 1; }

shot() {  # shot PAGE NAME WIDTH HEIGHT [dark]
  local page=$1 png="$OUT/$2.png" flags=()
  [ "${5:-}" = dark ] && flags+=(--blink-settings=preferredColorScheme=0)
  rm -f "$png"
  timeout 60 "$CHROME" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --force-device-scale-factor=1 --force-color-profile=srgb --lang=en-US "${flags[@]}" \
    --window-size="$3,$4" --virtual-time-budget=3000 --screenshot="$png" "file://$page" >/dev/null 2>&1 || true
  [ -s "$png" ] || { echo "screenshots: Chromium wrote no $png" >&2; exit 1; }
  echo "${png#"$ROOT/"}  ${3}x$4  ${page#"$SITE/out/"}"
}
# Heights fit the sample: whole pages, except the report, shown down to its first charts.
shot "$SITE/out/site/index.html" index-1280 1280 1170
shot "$SITE/out/site/index.html" index-375 375 1815
shot "$REPORT" report-1280 1280 1240
shot "$REPORT" report-375 375 1967
shot "$REPORT" report-1280-dark 1280 1240 dark
shot "$ONE_PAGER" one-pager-1280 1280 1015
shot "$ONE_PAGER" one-pager-375 375 1470
