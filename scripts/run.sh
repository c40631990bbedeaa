#!/usr/bin/env bash
# The main job: installs what is missing, builds the CLI, the desktop simulator
# and the site with the widget, shows the CLI on a sample scenario, and serves
# the site on http://127.0.0.1:8080/ (PORT overrides the port).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh native web desktop
cmake --preset native -DBUILD_TESTING=OFF -DPASSAPAROLA_BENCHMARKS=OFF >/dev/null
cmake --build --preset native
scripts/build-web.sh

cli=build/native/native/cli/passaparola
sample=tests/desktop/scenarios/gift_card.json
echo
echo "The CLI on a sample scenario: $cli eval $sample"
"$cli" eval "$sample" | sed -n '/"totals"/,/}/p'
echo "Share link: $("$cli" link "$sample" --base http://127.0.0.1:${PORT:-8080}/)"
echo
if [ -x build/native/native/desktop/passaparola-desktop ]; then
  echo "Desktop what-if simulator: build/native/native/desktop/passaparola-desktop [--open FILE|LINK]"
fi
echo "CLI: $cli --help"
exec python3 scripts/serve.py build/site "${PORT:-8080}"
