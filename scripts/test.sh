#!/usr/bin/env bash
# Every test of Passaparola, from a fresh Debian bookworm machine: installs what
# is missing, builds, and runs
#   1. the native suite (core, CLI, desktop app logic, backend-less ImGui smoke
#      test, desktop screenshots under Xvfb, the spec's worked examples),
#   2. the benchmarks (they print their figures),
#   3. the same suite under AddressSanitizer + UndefinedBehaviorSanitizer,
#   4. the fuzzers (FUZZ_SECONDS each, default 60),
#   5. the WebAssembly build with its Node and headless-Chromium tests (the npm
#      package from a CDN origin included),
#   6. the WordPress plugin in a real WordPress (Debian's packages, started and
#      stopped by tests/wordpress/run.sh itself),
#   7. the web benchmarks (widget timings, wasm vs native what-if; the size
#      budget, 60 KB gzip a calculator, is a gate right after the web build).
# Any failure stops the run with a non-zero status.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==== %s\n' "$*"; }

step "dependencies"
scripts/install-deps.sh

step "native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native
ctest --preset native -j2

step "benchmarks"
bench=build/native/bench/passaparola_bench
if [ -x "$bench" ]; then
  "$bench" --benchmark_min_time=0.2
fi
for extra in build/native/bench/passaparola_*_bench; do
  [ -x "$extra" ] && [ "$extra" != "$bench" ] && "$extra" --benchmark_min_time=0.2
done

step "sanitizers (ASan + UBSan)"
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan -j2

step "fuzzing"
scripts/fuzz.sh "${FUZZ_SECONDS:-60}"

step "web build and browser tests"
scripts/build-web.sh
# The benchmark script imports the browser tests' helpers, so their packages first.
tests/web/install.sh
# Sizes are deterministic, so their budget is a gate; timings stay figures.
node tests/web/bench.mjs --sizes --strict
tests/web/run.sh

step "WordPress plugin in a real WordPress"
tests/wordpress/run.sh

step "web benchmarks (figures, not pass/fail)"
node tests/web/bench.mjs
node tests/web/whatif-bench.mjs

step "all tests passed"
