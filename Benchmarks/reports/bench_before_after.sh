#!/usr/bin/env bash
# bench_before_after.sh OLD_OZG [NEW_OZG]: every built-in report as .xlsx (kommunen-matrix: one
# workbook per council) for COUNTS councils (default 396), written by an old and a new `ozg`
# binary and by the C reference (bare libxlsxwriter writing the same cells, as bench_issue15.sh)
# in one invocation, one after the other, RUNS times each (default 1, best wall kept).
# Checks that old and new write the same workbooks (same_workbooks.py) and prints wall, CPU,
# peak RSS and the ratios to the reference. NEW_OZG defaults to the release build.
set -euo pipefail
cd "$(dirname "$0")/../.."
old=$1
new=${2:-"$(swift build -c release --show-bin-path)/ozg"}
n=${COUNTS:-396}
runs=${RUNS:-1}
out=bench-output/reports/before-after
measure=Benchmarks/summary/measure.py
bare=$out/bare_workbooks
mkdir -p "$out"
cc -O2 -o "$bare" Benchmarks/reports/bare_workbooks.c $(pkg-config --cflags --libs xlsxwriter)
ws=$(Benchmarks/reports/make_workspace.sh "$n")
run() { # binary, folder
  python3 "$measure" "$runs" sh -c "
    rm -rf '$2'; mkdir -p '$2'
    for r in abdeckung kommunaltyp-matrix roadmap; do '$1' report \$r --format xlsx -o '$2'/\$r.xlsx --workspace '$ws' || exit 1; done
    '$1' report kommunen-matrix --format xlsx -o '$2/kommunen' --workspace '$ws'"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $n councils; best of $runs"
read -r ow oc orss <<<"$(run "$old" "$out/old")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r nw nc nrss <<<"$(run "$new" "$out/new")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
cells=$out/cells
rm -rf "$cells"; mkdir -p "$cells"
for f in "$out"/new/*.xlsx "$out"/new/kommunen/*.xlsx; do "$new" cat "$f" --format tsv > "$cells/$(basename "$f" .xlsx)"; done
rm -rf "$out/bare"; mkdir -p "$out/bare"
read -r bw bc bcells <<<"$("$bare" "$out/bare" "$cells"/*)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 Benchmarks/reports/same_workbooks.py "$out/old" "$out/new" | tail -1
python3 Benchmarks/reports/same_workbooks.py "$out/old/kommunen" "$out/new/kommunen" | tail -1
printf "%-28s %8s %8s %8s | %10s %10s\n" "" "wall s" "cpu s" "peak MB" "wall / C" "cpu / C"
printf "%-28s %8.2f %8.2f %8s | %9.2fx %9.2fx\n" "old $(basename "$old")" "$ow" "$oc" "$orss" "$(echo "$ow / $bw" | bc -l)" "$(echo "$oc / $bc" | bc -l)"
printf "%-28s %8.2f %8.2f %8s | %9.2fx %9.2fx\n" "new" "$nw" "$nc" "$nrss" "$(echo "$nw / $bw" | bc -l)" "$(echo "$nc / $bc" | bc -l)"
printf "%-28s %8.2f %8.2f %8s |\n" "C reference, $bcells cells" "$bw" "$bc" "-"
