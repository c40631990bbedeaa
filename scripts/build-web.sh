#!/usr/bin/env bash
# Builds the WebAssembly core (preset `wasm`) and assembles the static site in
# build/site: the <referral-calculator> widget bundled into one ES module next
# to its .wasm, the text catalogs, and the demo pages.
# Needs Debian's emscripten, binaryen and nodejs, and the npm registry for the
# pinned bundler (web/package-lock.json).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Emscripten 3.1.6 on Debian finds its Node modules (acorn) only through NODE_PATH.
export NODE_PATH=/usr/share/nodejs
cmake --preset wasm
cmake --build --preset wasm

if [[ ! -x web/node_modules/.bin/esbuild || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
node web/tools/build-site.mjs build/wasm/web build/site

# The industry presets with their sources, as the core writes them: the widget
# fetches this file only when a reader opens the preset menu, so the data stays
# out of the wasm module and out of the first download.
cli=${PASSAPAROLA_CLI:-build/native/native/cli/passaparola}
if [[ ! -x $cli ]]; then
  cmake --preset native >/dev/null
  cmake --build --preset native --target passaparola -j2
fi
"$cli" presets --json | node -e 'let s = ""; process.stdin.on("data", (d) => { s += d; }).on("end", () => process.stdout.write(JSON.stringify(JSON.parse(s))));' > build/site/widget/presets.json

# The npm package (build/passaparola-widget-<version>.tgz, never published),
# made of the files just built.
node web/tools/pack-widget.mjs build/site/widget build
# The WordPress plugin's zip (build/passaparola-wordpress-<version>.zip), with the package's files.
node integrations/wordpress/pack-plugin.mjs build/npm/passaparola-widget build
# The site offers the zip on its embed page.
mkdir -p build/site/downloads
cp build/passaparola-wordpress-*.zip build/site/downloads/
