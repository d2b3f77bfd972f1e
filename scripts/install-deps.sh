#!/usr/bin/env bash
# Installs the Debian packages Uptake needs when they are missing: the cmark-gfm C library
# (Markdown engine) and, with --test, what the test suite uses. Safe to run again.
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config)
if [ "${1:-}" = "--test" ]; then
  packages+=(python3)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "installing ${missing[*]} (apt)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 -qq update >/dev/null
$SUDO apt-get -o DPkg::Lock::Timeout=600 -qq install -y --no-install-recommends "${missing[@]}" >/dev/null
