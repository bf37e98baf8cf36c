#!/usr/bin/env bash
# The scale curve of the reports: every built-in report as .xlsx (kommunen-matrix: one
# workbook per council) for the full rated catalogue with 39, 396 and 1,000 councils; wall
# and CPU time and peak memory (release build, one run each; COUNTS="39 396" to choose).
# Linear growth in time and flat memory are the goal (issue #15).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build -c release --show-bin-path)/ozg"
out=bench-output/reports
measure=Benchmarks/summary/measure.py
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "all built-in reports as .xlsx (kommunen-matrix: one workbook per council), $(( 2 * $(nproc) )) workers on $(nproc) cores"
printf "%-10s %9s %9s %12s %16s\n" "councils" "wall s" "cpu s" "peak RSS MB" "cpu ms/council"
for n in ${COUNTS:-39 396 1000}; do
  ws=$(Benchmarks/reports/make_workspace.sh "$n")
  dir="$out/curve-$n"
  rm -rf "$dir"; mkdir -p "$dir"
  read -r wall cpu rss <<<"$(python3 "$measure" 1 sh -c "
    for r in abdeckung kommunaltyp-matrix roadmap; do '$bin' report \$r --format xlsx -o '$dir'/\$r.xlsx --workspace '$ws' || exit 1; done
    '$bin' report kommunen-matrix --format xlsx -o '$dir/kommunen' --workspace '$ws'")"
  files=$(ls "$dir/kommunen" | wc -l)
  [ "$files" -eq "$n" ] || { echo "expected $n workbooks, found $files"; exit 1; }
  printf "%-10s %9s %9s %12s %16.1f\n" "$n" "$wall" "$cpu" "$rss" "$(echo "$cpu * 1000 / $n" | bc -l)"
done
