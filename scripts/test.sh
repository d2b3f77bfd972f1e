#!/usr/bin/env bash
# Installs what the tests need, then builds and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# The preview server's tests time how fast a saved edit reaches the browser: they run on their
# own after the rest, not beside three hundred other tests on the same two cores.
swift test --skip ServeTests
swift test --skip-build --filter ServeTests
