#!/usr/bin/env bash
# Refreshes docs/screenshots/*.png, which the README shows: runs the browser tests' screenshot test (it photographs
# the front page and an article at desktop width, at mobile width and in dark mode into artifacts/screenshots/,
# which git ignores), then copies the pictures here. Needs Chromium (apt-get install chromium) and Node.js.
# With --no-run it only copies what the last test run wrote.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${1:-}" != "--no-run" ]]; then
  rm -f artifacts/screenshots/*.png
  dotnet test tests/StaticNews.Browser.Tests --filter "FullyQualifiedName~ScreenshotTests"
fi

shopt -s nullglob
shots=(artifacts/screenshots/*.png)
if (( ${#shots[@]} == 0 )); then
  echo "refresh.sh: no screenshots in artifacts/screenshots/ (the browser tests skip where Chromium is absent: apt-get install chromium)" >&2
  exit 1
fi
cp "${shots[@]}" docs/screenshots/
echo "refresh.sh: copied ${#shots[@]} screenshots to docs/screenshots/"
