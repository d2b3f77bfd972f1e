#!/usr/bin/env bash
# Installs what the tests need, then builds and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
swift test
