#!/usr/bin/env bash
# All built-in reports as .xlsx for the full catalogue with the 39 councils of the Verband, and
# for an NRW-sized set of 396 councils (generated): time and peak memory, release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/ozg"
out=bench-output/reports
mkdir -p "$out"
ws39="bench-output/domain/ws"
if [ ! -f "$ws39/ozg.sqlite" ]; then Benchmarks/domain/bench_domain.sh >/dev/null; fi

# 396 councils: the 39 real ones plus generated ones of every type.
python3 - "$out/kommunen-396.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open("Samples/data/krz-verband-kommunen.csv", encoding="utf-8")))
header, real = rows[0], rows[1:]
types = ["Kreis", "Große kreisangehörige Stadt", "Mittlere kreisangehörige Stadt", "Kreisangehörige Stadt/Gemeinde"]
out = list(real)
i = 0
while len(out) < 396:
    out.append([f"Beispielkommune {i+1:03d}", "Beispielkreis", types[i % 4], "Beispieldaten"])
    i += 1
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(header); w.writerows(out)
PY
rm -rf "$out/ws396"; cp -r "$ws39" "$out/ws396"
"$bin" catalog import Samples/data/ozg-katalog-2019.csv --kommunen "$out/kommunen-396.csv" --workspace "$out/ws396" --quiet

run() { # label workspace
  local label=$1 ws=$2 dir="$out/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  /usr/bin/env python3 - "$bin" "$ws" "$dir" "$label" <<'PY'
import resource, subprocess, sys, time
bin, ws, d, label = sys.argv[1:5]
t = time.monotonic()
for name in ["abdeckung", "kommunaltyp-matrix", "roadmap"]:
    subprocess.run([bin, "report", name, "--format", "xlsx", "-o", f"{d}/{name}.xlsx", "--workspace", ws], check=True, stdout=subprocess.DEVNULL)
subprocess.run([bin, "report", "kommunen-matrix", "--format", "xlsx", "-o", f"{d}/kommunen", "--workspace", ws], check=True, stdout=subprocess.DEVNULL)
el = time.monotonic() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{label:<28} {el:8.2f} s   peak RSS {rss:7.1f} MB")
PY
}
echo "all built-in reports as .xlsx (kommunen-matrix: one workbook per council)"
run "39 councils (krz Verband)" "$ws39"
run "396 councils (NRW-sized)" "$out/ws396"
