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

# best of 3 wall-clock seconds and the peak RSS of a command
measure() {
  local best="" rss=0
  for _ in 1 2 3; do
    local line
    line=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1 )
    local t=${line% *} m=${line#* }
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    if [ "$m" -gt "$rss" ]; then rss=$m; fi
  done
  printf "%-44s %7.2f s  %6d MB peak RSS\n" "$1 ${2:-}" "$best" $((rss / 1024))
}

echo "content.xml: $(unzip -l "$ODS" content.xml | awk 'NR==4{print $1}') bytes inflated"
echo "--- reading $ODS (every cell)"
printf "%-30s" "ozg-bench-ods read:";           measure "$BIN" read "$ODS" | sed 's/^.\{44\}//'
printf "%-30s" "python-calamine:";              measure python3 -c "
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
n = 0
for s in wb.sheet_names:
    for r in wb.get_sheet_by_name(s).to_python(skip_empty_area=False):
        n += len(r)
" "$ODS" | sed 's/^.\{44\}//'
printf "%-30s" "unzip -p content.xml:";         measure sh -c "unzip -p '$ODS' content.xml > /dev/null" | sed 's/^.\{44\}//'
echo "--- writing 3,000,000 cells"
printf "%-30s" "ODSWriter (.ods):";             measure "$BIN" write "$OUT/ods-bench-written.ods" | sed 's/^.\{44\}//'
printf "%-30s" "XLSXWriter (.xlsx):";           measure "$BIN" write-xlsx "$OUT/ods-bench-written.xlsx" | sed 's/^.\{44\}//'
echo "targets: reading >= 2x faster than python-calamine; .ods writing within 1.5x of .xlsx; peak RSS < 200 MB"
