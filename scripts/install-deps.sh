#!/usr/bin/env bash
# Installs the Debian packages Uptake needs when they are missing: the cmark-gfm C library
# (Markdown engine), mimalloc (the allocator the `uptake` binary links) and, with --test, what
# the test suite uses. Safe to run again.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config)
if [ "${1:-}" = "--test" ]; then
  # python3: the cross-check and the mail/calendar parsers; chromium + fonts: the print tests.
  packages+=(python3 chromium fonts-liberation fonts-dejavu-core)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "installing ${missing[*]} (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 -qq update >/dev/null
  $SUDO apt-get -o DPkg::Lock::Timeout=600 -qq install -y --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  # The calendar tests parse every .ics with the icalendar package (RFC 5545).
  python3 -c "import icalendar" 2>/dev/null || {
    echo "installing icalendar (pip)" >&2
    python3 -m pip install -q icalendar >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages icalendar
  }
fi
