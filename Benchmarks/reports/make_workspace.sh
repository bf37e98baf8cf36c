#!/usr/bin/env bash
# make_workspace.sh N: a workspace with the fully rated catalogue of the domain benchmark and
# N councils (the 39 real ones, then generated ones of every Kommunaltyp), cached in
# bench-output/reports/wsN. Prints its path.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=$1
bin="$(swift build -c release --show-bin-path)/ozg"
out=bench-output/reports
ws39=bench-output/domain/ws
mkdir -p "$out"
if [ ! -f "$ws39/ozg.sqlite" ]; then Benchmarks/domain/bench_domain.sh >/dev/null; fi
if [ "$n" = 39 ]; then echo "$ws39"; exit 0; fi
ws="$out/ws$n"
if [ ! -f "$ws/ozg.sqlite" ] || [ "$ws39/ozg.sqlite" -nt "$ws/ozg.sqlite" ]; then
  python3 - "$out/kommunen-$n.csv" "$n" <<'PY'
import csv, sys
rows = list(csv.reader(open("Samples/data/krz-verband-kommunen.csv", encoding="utf-8")))
header, real = rows[0], rows[1:]
types = ["Kreis", "Große kreisangehörige Stadt", "Mittlere kreisangehörige Stadt", "Kreisangehörige Stadt/Gemeinde"]
out, n, i = list(real), int(sys.argv[2]), 0
while len(out) < n:
    out.append([f"Beispielkommune {i+1:04d}", "Beispielkreis", types[i % 4], "Beispieldaten"])
    i += 1
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(header); w.writerows(out[:n])
PY
  rm -rf "$ws"; cp -r "$ws39" "$ws"
  # Its warnings go to stderr: stdout is the path callers read.
  "$bin" catalog import Samples/data/ozg-katalog-2019.csv --kommunen "$out/kommunen-$n.csv" --workspace "$ws" --quiet >&2
fi
echo "$ws"
