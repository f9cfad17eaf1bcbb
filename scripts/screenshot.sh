#!/usr/bin/env bash
# Remake docs/screenshot.png: the seed briefing as built in site/, in headless Chromium.
#   scripts/screenshot.sh [CHROMIUM]   (default: chromium on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
browser="${1:-chromium}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1280,1500 \
  --screenshot="$PWD/docs/screenshot.png" "file://$PWD/site/xiaomi-ev-factory/index.html" \
  2>/dev/null
