#!/usr/bin/env bash
# Issue #13: ingest of 396 councils' returned status sheets (the full catalogue with verdicts for
# every Kommunaltyp from the domain benchmark, so each council's sheet lists every Einzelleistung
# its type makes relevant), release build. Target: under 30 s and 300 MB.
# Reference in the same run: python-calamine reading the status sheet of every file, and
# openpyxl (read-only) reading 20 of them, scaled to 396.
# Also `ozg report umsetzungsstand` when the build has that report.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product ozg >/dev/null
bin="$(swift build -c release --show-bin-path)/ozg"
out=bench-output/umsetzung
mkdir -p "$out"
ws39="bench-output/domain/ws"
if [ ! -f "$ws39/ozg.sqlite" ]; then Benchmarks/domain/bench_domain.sh >/dev/null; fi

# 396 councils: the 39 of the Verband, then copies named „… (2)“, „… (3)“, …
python3 Benchmarks/umsetzung/repeat_kommunen.py Samples/data/krz-verband-kommunen.csv 396 "$out/kommunen-396.csv"
rm -rf "$out/ws396"; cp -r "$ws39" "$out/ws396"
"$bin" catalog import Samples/data/ozg-katalog-2019.csv --kommunen "$out/kommunen-396.csv" --workspace "$out/ws396" --quiet >/dev/null
rm -rf "$out/ws-fresh"; cp -r "$out/ws396" "$out/ws-fresh"

# The packs (one per council) and their status sheets answered.
if [ "$(ls "$out/filled" 2>/dev/null | wc -l)" -lt 396 ]; then
  rm -rf "$out/packs" "$out/filled"
  "$bin" report kommunen-matrix --format xlsx -o "$out/packs" --workspace "$out/ws396" >/dev/null
  python3 Benchmarks/umsetzung/fill_packs.py "$out/packs" "$out/filled"
fi

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/env python3 - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
t = time.monotonic()
r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
el = time.monotonic() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
tail = (r.stderr.strip().splitlines() or [""])[-1][:90]
print(f"{label:<46} {el:7.2f} s wall  {u.ru_utime + u.ru_stime:7.2f} s CPU  peak RSS {u.ru_maxrss / 1024:7.1f} MB  exit {r.returncode}  [{tail}]")
PY
}

rows=$(python3 - "$out/filled" <<'PY'
import os, sys
from python_calamine import CalamineWorkbook
d = sys.argv[1]
f = sorted(os.listdir(d))
counts = []
for n in f:
    rows = CalamineWorkbook.from_path(os.path.join(d, n)).get_sheet_by_name("Umsetzungsstand").to_python(skip_empty_area=False)
    counts.append(sum(1 for r in rows if isinstance(r[0], str) and r[0][:2] in ("99", "ni")))
print(f"{len(f)} files, {sum(counts)} status rows ({min(counts)} to {max(counts)} per council)")
PY
)
echo "Status sheets of 396 councils: $rows (target: under 30 s and 300 MB)"
rm -rf "$out/ws-run"; cp -r "$out/ws-fresh" "$out/ws-run"
measure "ozg validate (read, map, findings)" "$bin" validate "$out"/filled/*.xlsx --workspace "$out/ws-run"
measure "ozg ingest (read, map, store)" "$bin" ingest "$out"/filled/*.xlsx --workspace "$out/ws-run"
measure "ozg ingest again (every file known)" "$bin" ingest "$out"/filled/*.xlsx --workspace "$out/ws-run"
echo "  workspace after the ingest: $(du -m "$out/ws-run/ozg.sqlite" | cut -f1) MB"
measure "reference: python-calamine, status sheets" python3 -c '
import os, sys
from python_calamine import CalamineWorkbook
d = sys.argv[1]
for n in sorted(os.listdir(d)):
    CalamineWorkbook.from_path(os.path.join(d, n)).get_sheet_by_name("Umsetzungsstand").to_python(skip_empty_area=False)
' "$out/filled"
measure "reference: openpyxl read-only, 20 files" python3 -c '
import os, sys
from openpyxl import load_workbook
d = sys.argv[1]
for n in sorted(os.listdir(d))[:20]:
    ws = load_workbook(os.path.join(d, n), read_only=True)["Umsetzungsstand"]
    for row in ws.iter_rows(values_only=True): pass
' "$out/filled"
echo "  (openpyxl for all 396: about 396/20 = 19.8 times its line)"
if "$bin" report list --workspace "$out/ws-run" 2>/dev/null | grep -q '^umsetzungsstand'; then
  measure "ozg report umsetzungsstand (xlsx)" "$bin" report umsetzungsstand -o "$out/umsetzungsstand.xlsx" --workspace "$out/ws-run"
else
  echo "ozg report umsetzungsstand: not in this build (issue #13's reports are built elsewhere)"
fi
