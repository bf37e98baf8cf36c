#!/usr/bin/env bash
# The living catalogue, release build:
#  1. importing a new version of the full catalogue into a workspace with 5,225 × 4 verdicts,
#     plus its diff (target: under 2 s together);
#  2. the change report over 20,000 changed verdicts (target: under 1 s);
#  3. `ozg export` with a history of 50 meetings × 20,000 changes against the same workspace
#     without history (target: at most 10 % slower).
# The workspaces are filled by bench_catalog_data.py straight through SQLite (the history
# triggers record every change as an ingest would); the timed steps are `ozg` commands.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${OZG_BIN:-$(swift build -c release --show-bin-path)/ozg}"
out=bench-output/catalog
rm -rf "$out"; mkdir -p "$out"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
data() { python3 Benchmarks/catalog/bench_catalog_data.py "$@"; }

# A workspace with the 2019 catalogue and a verdict for every Einzelleistung and Kommunaltyp.
"$bin" catalog import Samples/data/ozg-katalog-2019.csv --version "OZG 2019" --workspace "$out/base" --quiet
data verdicts "$out/base/ozg.sqlite"
data new-catalogue Samples/data/ozg-katalog-2019.csv "$out/katalog-2026.csv"

# 1. New catalogue version + diff.
best_import=999999; best_diff=999999
for i in 1 2 3; do
  rm -rf "$out/ws1"; cp -r "$out/base" "$out/ws1"
  t0=$(ms)
  "$bin" catalog import "$out/katalog-2026.csv" --version "BMI 2026" --workspace "$out/ws1" --quiet
  t1=$(ms)
  "$bin" catalog diff "OZG 2019" "BMI 2026" --format xlsx -o "$out/diff.xlsx" --workspace "$out/ws1" >/dev/null
  t2=$(ms)
  (( t1 - t0 < best_import )) && best_import=$((t1 - t0))
  (( t2 - t1 < best_diff )) && best_diff=$((t2 - t1))
done
changes=$("$bin" catalog diff "OZG 2019" "BMI 2026" --format json --workspace "$out/ws1" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(", ".join(f"{k} {len(v)}" for k,v in d.items()))')

# 2. The change report over 20,000 changed verdicts.
rm -rf "$out/ws2"; cp -r "$out/base" "$out/ws2"
data changes "$out/ws2/ozg.sqlite" 1 20000
best_report=999999
for i in 1 2 3; do
  t0=$(ms)
  "$bin" report aenderungen --since "FAG 1" --format xlsx -o "$out/aenderungen.xlsx" --workspace "$out/ws2" >/dev/null
  t1=$(ms)
  (( t1 - t0 < best_report )) && best_report=$((t1 - t0))
done
rows=$("$bin" report aenderungen --since "FAG 1" --format json -o - --workspace "$out/ws2" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len([s for s in d["sheets"] if s["name"]=="Bewertungen"][0]["tables"][0]["rows"]))')

# 3. Export with and without a history of 50 meetings × 20,000 changes (same current state).
rm -rf "$out/ws3"; cp -r "$out/base" "$out/ws3"
data changes "$out/ws3/ozg.sqlite" 50 20000
history=$(sqlite3 "$out/ws3/ozg.sqlite" "SELECT COUNT(*) FROM verdict_history")
data copy-current "$out/ws3/ozg.sqlite" "$out/base/ozg.sqlite" "$out/ws3-nohistory"
export_ms() { # workspace → best of 5, ms
  local best=999999
  for i in 1 2 3 4 5; do
    local t0; t0=$(ms)
    "$bin" export --format xlsx -o "$out/gesamt.xlsx" --workspace "$1"
    local t1; t1=$(ms)
    (( t1 - t0 < best )) && best=$((t1 - t0))
  done
  echo $best
}
plain=$(export_ms "$out/ws3-nohistory")
with=$(export_ms "$out/ws3")
same=no
if [ "$("$bin" export --format json -o - --workspace "$out/ws3" | md5sum)" = "$("$bin" export --format json -o - --workspace "$out/ws3-nohistory" | md5sum)" ]; then same=yes; fi

printf '%-64s %8s\n' "step (release build, best of 3–5)" "ms"
printf '%-64s %8d\n' "ozg catalog import, new version (5,225 rows, 20,900 verdicts)" "$best_import"
printf '%-64s %8d\n' "ozg catalog diff OLD NEW --format xlsx" "$best_diff"
printf '%-64s %8d\n' "  together (target < 2000)" $((best_import + best_diff))
printf '%-64s %8d\n' "ozg report aenderungen --format xlsx, $rows changed verdicts (target < 1000)" "$best_report"
printf '%-64s %8d\n' "ozg export --format xlsx, no history" "$plain"
printf '%-64s %8d\n' "ozg export --format xlsx, history of $history verdict records" "$with"
python3 -c "import sys; p,w=int(sys.argv[1]),int(sys.argv[2]); print(f'  export with history: {100*(w-p)/p:+.1f} % (target <= +10 %)')" "$plain" "$with"
echo "  same Gesamtliste with and without history: $same"
echo "catalogue changes: $changes"
