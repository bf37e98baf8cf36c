#!/usr/bin/env bash
# The .ods benchmark (not a timed test): the 200,000 x 15 workbook converted to .ods by
# LibreOffice, read by ozg-bench-ods (ODSReader) vs python-calamine vs `unzip -p content.xml`
# (the inflate floor), and the 3,000,000 cells written as .ods (ODSWriter) vs as .xlsx
# (XLSXWriter, constant-memory mode). Inputs are cached in bench-output/.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench-output
mkdir -p "$OUT"
swift build -c release --product ozg-bench-ods >/dev/null
BIN=$(swift build -c release --show-bin-path)/ozg-bench-ods
XLSX=$OUT/ods-bench.xlsx
ODS=$OUT/ods-bench.ods
if [ ! -f "$XLSX" ]; then
  echo "generating $XLSX (openpyxl, write-only mode)…" >&2
  python3 Benchmarks/ods/ods_make_bench.py "$XLSX"
fi
if [ ! -f "$ODS" ]; then
  echo "converting to $ODS with LibreOffice…" >&2
  PROFILE=$(mktemp -d)
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to ods --outdir "$OUT" "$XLSX" >/dev/null 2>&1
  rm -rf "$PROFILE"
fi

# measure LABEL COMMAND…: best of 3 wall-clock seconds, user CPU of that run, peak RSS
measure() {
  local label=$1; shift
  local tmp best="" user="" rss=0
  tmp=$(mktemp)
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %M" -o "$tmp" "$@" >/dev/null 2>&1 || { echo "$label failed"; return; }
    read -r t u m < <(tail -1 "$tmp")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; user=$u; fi
    if [ "$m" -gt "$rss" ]; then rss=$m; fi
  done
  rm -f "$tmp"
  printf "%-28s %7.2f s wall  %7.2f s user  %5d MB peak RSS\n" "$label" "$best" "$user" $((rss / 1024))
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (wall times need an idle machine)"
echo "content.xml: $(unzip -l "$ODS" content.xml | awk 'NR==4{print $1}') bytes inflated"
echo "--- reading $ODS (every cell)"
measure "ODSReader (ozg-bench-ods)" "$BIN" read "$ODS"
measure "python-calamine" python3 -c "
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
n = 0
for s in wb.sheet_names:
    for r in wb.get_sheet_by_name(s).to_python(skip_empty_area=False):
        n += len(r)
" "$ODS"
measure "unzip -p content.xml" sh -c "unzip -p '$ODS' content.xml > /dev/null"
echo "--- writing 3,000,000 cells"
measure "ODSWriter (.ods)" "$BIN" write "$OUT/ods-bench-written.ods"
measure "XLSXWriter (.xlsx)" "$BIN" write-xlsx "$OUT/ods-bench-written.xlsx"
echo "targets: reading >= 2x faster than python-calamine; .ods writing within 1.5x of .xlsx; peak RSS < 200 MB"
