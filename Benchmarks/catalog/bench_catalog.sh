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
data() { python3 Benchmarks/catalog/bench_catalog_data.py "$@"; }
# best RUNS CMD…: runs CMD RUNS times; prints "wall cpu" in ms of the fastest run (cpu = user + sys).
# The CPU time is the fairer figure on a shared machine.
best() {
  local runs=$1; shift
  local bw=999999 bc=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" >/dev/null
    read -r e u s < "$out/time.txt"
    local w c
    w=$(python3 -c "print(round($e*1000))"); c=$(python3 -c "print(round(($u+$s)*1000))")
    if (( w < bw )); then bw=$w; bc=$c; fi
  done
  echo "$bw $bc"
}

# A workspace with the 2019 catalogue and a verdict for every Einzelleistung and Kommunaltyp.
"$bin" catalog import Samples/data/ozg-katalog-2019.csv --version "OZG 2019" --workspace "$out/base" --quiet >/dev/null
data verdicts "$out/base/ozg.sqlite"
data new-catalogue Samples/data/ozg-katalog-2019.csv "$out/katalog-2026.csv"

# 1. New catalogue version + diff (a fresh copy of the workspace for every run).
bi=999999; bic=0
for _ in 1 2 3; do
  rm -rf "$out/ws1"; cp -r "$out/base" "$out/ws1"
  read -r w c < <(best 1 "$bin" catalog import "$out/katalog-2026.csv" --version "BMI 2026" --workspace "$out/ws1" --quiet)
  if (( w < bi )); then bi=$w; bic=$c; fi
done
read -r bd bdc < <(best 3 "$bin" catalog diff "OZG 2019" "BMI 2026" --format xlsx -o "$out/diff.xlsx" --workspace "$out/ws1")
changes=$("$bin" catalog diff "OZG 2019" "BMI 2026" --format json --workspace "$out/ws1" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print(", ".join(f"{k} {len(v)}" for k,v in d.items()))')

# 2. The change report over 20,000 changed verdicts.
rm -rf "$out/ws2"; cp -r "$out/base" "$out/ws2"
data changes "$out/ws2/ozg.sqlite" 1 20000
read -r rx rxc < <(best 3 "$bin" report aenderungen --since "FAG 1" --format xlsx -o "$out/aenderungen.xlsx" --workspace "$out/ws2")
read -r rj rjc < <(best 3 "$bin" report aenderungen --since "FAG 1" --format json -o "$out/aenderungen.json" --workspace "$out/ws2")
rows=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len([s for s in d["sheets"] if s["name"]=="Bewertungen"][0]["tables"][0]["rows"]))' "$out/aenderungen.json")

# 3. Export with and without a history of 50 meetings × 20,000 changes (same current state).
rm -rf "$out/ws3"; cp -r "$out/base" "$out/ws3"
data changes "$out/ws3/ozg.sqlite" 50 20000
history=$(sqlite3 "$out/ws3/ozg.sqlite" "SELECT COUNT(*) FROM verdict_history")
data copy-current "$out/ws3/ozg.sqlite" "$out/base/ozg.sqlite" "$out/ws3-nohistory"
read -r ep epc < <(best 5 "$bin" export --format xlsx -o "$out/gesamt.xlsx" --workspace "$out/ws3-nohistory")
read -r eh ehc < <(best 5 "$bin" export --format xlsx -o "$out/gesamt.xlsx" --workspace "$out/ws3")
same=no
if [ "$("$bin" export --format json -o - --workspace "$out/ws3" | md5sum)" = "$("$bin" export --format json -o - --workspace "$out/ws3-nohistory" | md5sum)" ]; then same=yes; fi

printf '%-66s %8s %8s\n' "step (release build, fastest of 3–5 runs)" "wall ms" "cpu ms"
printf '%-66s %8d %8d\n' "ozg catalog import, new version (5,225 rows, 20,900 verdicts)" "$bi" "$bic"
printf '%-66s %8d %8d\n' "ozg catalog diff OLD NEW --format xlsx" "$bd" "$bdc"
printf '%-66s %8d %8d\n' "  together (target < 2000)" $((bi + bd)) $((bic + bdc))
printf '%-66s %8d %8d\n' "ozg report aenderungen --format xlsx, $rows changes (target < 1000)" "$rx" "$rxc"
printf '%-66s %8d %8d\n' "ozg report aenderungen --format json" "$rj" "$rjc"
printf '%-66s %8d %8d\n' "ozg export --format xlsx, no history" "$ep" "$epc"
printf '%-66s %8d %8d\n' "ozg export --format xlsx, history of $history verdict records" "$eh" "$ehc"
python3 -c "import sys; p,w=int(sys.argv[1]),int(sys.argv[2]); print(f'  export with history vs without (wall): {100*(w-p)/p:+.1f} % (target <= +10 %)')" "$ep" "$eh"
python3 -c "import sys; p,w=int(sys.argv[1]),int(sys.argv[2]); print(f'  export with history vs without (cpu):  {100*(w-p)/p:+.1f} %')" "$epc" "$ehc"
echo "  same Gesamtliste with and without history: $same"
echo "catalogue changes: $changes"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
