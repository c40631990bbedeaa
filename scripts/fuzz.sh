#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan) and runs each for
# FUZZ_SECONDS (default 60), seeded from the spec's worked examples. Prints the
# executions of each run; any crash, leak or sanitizer report fails.
#   scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${FUZZ_SECONDS:-60}}
examples=../shared/spec/examples

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null
cli=build/fuzz/native/cli/passaparola
work=build/fuzz/corpus
mkdir -p "$work/document" "$work/share_payload" "$work/json_text" "$work/referral_log_csv" build/fuzz/findings

seeds=()
if [ -d "$examples" ]; then
  for f in "$examples"/*.json; do
    case "$f" in *.expected.json|*.sensitivity.json) continue ;; esac
    seeds+=("$f")
  done
fi
for f in "${seeds[@]}"; do
  cp "$f" "$work/document/"
  "$cli" link "$f" > "$work/share_payload/$(basename "$f").txt"
done
# A minimal seed for each kind, so the corpus is never empty.
for kind in program gift_card vcp; do
  printf '{"schema":"passaparola/1","kind":"%s","inputs":{}}' "$kind" > "$work/document/minimal-$kind.json"
  "$cli" link "$work/document/minimal-$kind.json" > "$work/share_payload/minimal-$kind.txt"
done

# The JSON text fuzzer starts from the same documents.
cp "$work/document/"*.json "$work/json_text/"
# The CSV import starts from exports as Italian, English and Finnish sheets write them.
printf '\xEF\xBB\xBFData;Contatto;Direzione;Valore chiuso\r\n05/03/2026;Studio Rossi;dato;1.250,50\r\n6/3/2026;"Bar ""Sport""; Milano";Ricevuto;\r\n' \
  > "$work/referral_log_csv/it.csv"
printf 'date,contact,direction,closed value\n2026-01-31,"Smith, Jones",given,"1,250.50"\n2026-02-01,Ann,received,90\n' \
  > "$work/referral_log_csv/en.csv"
printf 'Päivämäärä\tNimi\tSuunta\tKaupan arvo\n1.2.2026\tVirtanen\tannettu\t1 250,50\n' > "$work/referral_log_csv/fi.csv"

for target in document share_payload json_text referral_log_csv; do
  log=build/fuzz/fuzz_$target.log
  echo "fuzz_$target: ${seconds}s"
  if ! build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix=build/fuzz/findings/ "$work/$target" >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "fuzz_$target: FAILED (artifacts in build/fuzz/findings/)" >&2
    exit 1
  fi
  grep -E '^Done [0-9]+ runs' "$log" | sed "s/^/fuzz_$target: /"
done
