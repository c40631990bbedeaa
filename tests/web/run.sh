#!/usr/bin/env bash
# The widget's tests: the wasm core against the native CLI (Node), then the
# widget and the site in Debian's Chromium. Expects scripts/build-web.sh to
# have run (build/site, build/wasm) and the native CLI in build/native.
# Exits non-zero on any failure; nothing is interactive (CI=true is fine).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

for needed in "$root/build/site/widget/referral-calculator.js" "$root/build/wasm/web/referral-core.wasm" "$root"/build/passaparola-widget-*.tgz; do
  [[ -e $needed ]] || { echo "missing $needed: run scripts/build-web.sh first" >&2; exit 1; }
done
cli=${PASSAPAROLA_CLI:-$root/build/native/native/cli/passaparola}
[[ -x $cli ]] || { echo "missing $cli: build the native preset first" >&2; exit 1; }
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null \
  || { echo "missing pdftotext/pdfinfo (the printed plan's test): apt-get install poppler-utils" >&2; exit 1; }
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] || { echo "missing $chromium: apt-get install chromium" >&2; exit 1; }

cd "$here"
./install.sh
# One file at a time: the browser suite wants both cores of the machine.
node --test --test-concurrency=1 widget-units.test.mjs number-format.test.mjs widget-api.test.mjs calculator-state.test.mjs spec-examples.test.mjs core.test.mjs whatif.test.mjs widget.test.mjs results-reading.test.mjs reading.test.mjs toolkit.test.mjs print.test.mjs embed-code.test.mjs catalog-parts.test.mjs cdn.test.mjs
