#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/browser) if it is missing.
# The tests drive it with playwright-core; no browser is downloaded from anywhere else.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  "$CHROMIUM" --version
  exit 0
fi

echo "installing Chromium from Debian's packages"
SUDO=()
[ "$(id -u)" = 0 ] || SUDO=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
"$CHROMIUM" --version
