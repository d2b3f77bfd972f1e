#!/usr/bin/env bash
# Builds uptake (release) and the sample site in this repository into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product uptake
.build/release/uptake build "$@"
echo "open output/site/index.html (site) and output/site/programs/*/report.html (adoption reports)"
