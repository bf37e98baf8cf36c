#!/usr/bin/env bash
# The table of issue #15, each row measured side by side with its reference in this one run:
#   ozg cat --format csv of .xlsx (inline strings, shared strings) and .ods  vs python-calamine
#   ozg convert shared-strings .xlsx -> .xlsx, write share (convert - cat)  vs bare libxlsxwriter
#       (C, constant memory) writing the same cells
#   every built-in report, 396 councils, one .xlsx per council              vs bare libxlsxwriter
#       (C, one process) writing the same cells into as many workbooks
# Best of RUNS (default 2) wall-clock runs; CPU seconds (user + system) of the same run beside
# them, since on a shared machine wall-clock time depends on the neighbours.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
RUNS=${RUNS:-2}
OUT="$ROOT/bench-output"
mkdir -p "$OUT/read" "$OUT/summary"
bin="$(swift build -c release --show-bin-path)/ozg"
measure() { python3 "$ROOT/Benchmarks/summary/measure.py" "$RUNS" "$@"; }

# Inputs (cached): the 200,000 x 15 workbooks of the reading and .ods benchmarks.
GEN="$OUT/read/gen_xlsx"
if [ ! -x "$GEN" ] || [ "$ROOT/Benchmarks/read/gen_xlsx.c" -nt "$GEN" ]; then
  gcc -O2 -o "$GEN" "$ROOT/Benchmarks/read/gen_xlsx.c" $(pkg-config --cflags --libs xlsxwriter)
fi
for flavour in inline shared; do
  f="$OUT/read/bench-$flavour-200000.xlsx"
  [ -f "$f" ] || "$GEN" "$f" "$flavour" 200000
done
ODS="$OUT/ods-bench.ods"
if [ ! -f "$ODS" ]; then
  [ -f "$OUT/ods-bench.xlsx" ] || python3 Benchmarks/ods/ods_make_bench.py "$OUT/ods-bench.xlsx"
  PROFILE=$(mktemp -d)
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to ods --outdir "$OUT" "$OUT/ods-bench.xlsx" >/dev/null 2>&1
  rm -rf "$PROFILE"
fi
BARE="$OUT/summary/bare_workbooks"
if [ ! -x "$BARE" ] || [ "$ROOT/Benchmarks/reports/bare_workbooks.c" -nt "$BARE" ]; then
  cc -O2 -o "$BARE" "$ROOT/Benchmarks/reports/bare_workbooks.c" $(pkg-config --cflags --libs xlsxwriter)
fi
cat > "$OUT/summary/calamine_read.py" <<'PY'
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
n = 0
for name in wb.sheet_names:
    for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
        n += len(row)
PY

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; best of $RUNS"
row() { # work, ozg "wall cpu rss", reference label, reference "wall cpu rss", goal
  local work=$1 ref=$3 goal=$5
  read -r ow oc orss <<<"$2"
  read -r rw rc rrss <<<"$4"
  printf "%-46s %7.2f s %7.2f s %6s MB | %-34s %7.2f s %7.2f s | %5.2fx %5.2fx | %s\n" \
    "$work" "$ow" "$oc" "$orss" "$ref" "$rw" "$rc" \
    "$(echo "$ow / $rw" | bc -l)" "$(echo "$oc / $rc" | bc -l)" "$goal"
}
printf "%-46s %9s %9s %9s | %-34s %9s %9s | %6s %6s | %s\n" "work (OZGKit)" "wall" "cpu" "peak" "reference" "wall" "cpu" "wall" "cpu" "goal"

for flavour in inline shared; do
  f="$OUT/read/bench-$flavour-200000.xlsx"
  row "ozg cat --format csv, .xlsx $flavour strings" "$(measure "$bin" cat "$f" --format csv)" \
    "python-calamine" "$(measure python3 "$OUT/summary/calamine_read.py" "$f")" "<= 0.5x"
done
row "ozg cat --format csv, .ods ($(( $(unzip -l "$ODS" content.xml | awk 'NR==4{print $1}') / 1000000 )) MB content.xml)" \
  "$(measure "$bin" cat "$ODS" --format csv)" \
  "python-calamine" "$(measure python3 "$OUT/summary/calamine_read.py" "$ODS")" "<= 0.5x"

# Conversion: the write share is convert minus cat; the reference writes the cells cat printed.
SHARED="$OUT/read/bench-shared-200000.xlsx"
"$bin" cat "$SHARED" --format tsv > "$OUT/summary/shared-cells"
read -r cw cc crss <<<"$(measure "$bin" convert "$SHARED" "$OUT/summary/converted.xlsx" --quiet)"
read -r tw tc trss <<<"$(measure "$bin" cat "$SHARED" --format csv)"
mkdir -p "$OUT/summary/bare-convert"
read -r bw bc bcells <<<"$("$BARE" -c "$OUT/summary/bare-convert" "$OUT/summary/shared-cells")"
row "ozg convert .xlsx -> .xlsx, write share" \
  "$(echo "$cw - $tw" | bc -l) $(echo "$cc - $tc" | bc -l) $crss" \
  "bare libxlsxwriter, constant memory" "$bw $bc 0" "<= 1.2x"

# Reports: every built-in report with 396 councils; the reference writes the same cells.
ws=$(Benchmarks/reports/make_workspace.sh 396)
dir="$OUT/summary/reports-396"
rm -rf "$dir"; mkdir -p "$dir"
read -r rw rc rrss <<<"$(measure sh -c "
  rm -rf '$dir/kommunen'
  for r in abdeckung kommunaltyp-matrix roadmap; do '$bin' report \$r --format xlsx -o '$dir'/\$r.xlsx --workspace '$ws' || exit 1; done
  '$bin' report kommunen-matrix --format xlsx -o '$dir/kommunen' --workspace '$ws'")"
cells="$OUT/summary/reports-396-cells"
if [ ! -d "$cells" ] || [ "$(ls "$cells" | wc -l)" -lt 399 ]; then
  rm -rf "$cells"; mkdir -p "$cells"
  for f in "$dir"/*.xlsx "$dir"/kommunen/*.xlsx; do "$bin" cat "$f" --format tsv > "$cells/$(basename "$f" .xlsx)"; done
fi
mkdir -p "$OUT/summary/bare-reports"
read -r bw bc bcells <<<"$("$BARE" "$OUT/summary/bare-reports" "$cells"/*)"
row "every report, 396 councils, .xlsx per council" "$rw $rc $rrss" \
  "bare libxlsxwriter, $bcells cells" "$bw $bc 0" "< 10 s, < 200 MB, <= 1.5x"
