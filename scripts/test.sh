#!/usr/bin/env bash
# The one test command (README: `npm run test:all`). Works on a fresh Debian machine with Node 20:
# installs the npm packages and Debian's Chromium when missing, then runs every self-contained test
# (type check, unit/emulator/adapter/UI tests, browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."

# npm ci when node_modules is missing or does not match package.json/package-lock.json.
if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "Installing npm packages (npm ci)…"
  npm ci
fi

# Chromium for the browser tests: installs Debian's package when missing (as root), else says how.
echo "Chromium: $(node tests/e2e/support/chromium.mjs)"

npm test
