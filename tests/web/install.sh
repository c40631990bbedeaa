#!/usr/bin/env bash
# The browser tests' npm packages (playwright-core, axe-core, …), from
# tests/web/package-lock.json, installed only when missing or out of date.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
