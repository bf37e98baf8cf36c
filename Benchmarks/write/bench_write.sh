#!/bin/sh
# Write benchmark: 200,000 rows x 15 columns through bare libxlsxwriter (C) and through
# XLSXWriter (Swift, release), constant-memory and normal mode, best of 3 each.
# Usage: Benchmarks/write/bench_write.sh [rows]   (run from anywhere inside the repository)
set -eu
ROWS=${1:-200000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mktemp -d "${TMPDIR:-/tmp}/ozg-bench-write.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

cc -O2 -o "$OUT/bare_write" "$ROOT/Benchmarks/write/bare_write.c" $(pkg-config --cflags --libs xlsxwriter)
(cd "$ROOT" && swift build -c release --product ozg-bench-write >/dev/null)
SWIFT_BIN="$ROOT/.build/release/ozg-bench-write"

# best of 3 by wall-clock time; prints "wall cpu" of that run.
best() {
    b=""
    for _ in 1 2 3; do
        t=$("$@")
        w=${t% *}
        if [ -z "$b" ] || [ "$(echo "$w < ${b% *}" | bc -l)" = 1 ]; then b=$t; fi
    done
    echo "$b"
}

# CPU time matters on a shared machine, where wall-clock time depends on the neighbours.
printf '%-10s %10s %10s %10s %10s %8s %8s\n' "mode" "C wall" "C cpu" "Swift wall" "Swift cpu" "wall x" "cpu x"
for mode in constant normal; do
    c=$(best "$OUT/bare_write" "$OUT/c-$mode.xlsx" "$mode" "$ROWS")
    s=$(best "$SWIFT_BIN" "$OUT/swift-$mode.xlsx" "$mode" "$ROWS")
    printf '%-10s %10s %10s %10s %10s %8.2f %8.2f\n' "$mode" "${c% *}" "${c#* }" "${s% *}" "${s#* }" \
        "$(echo "${s% *} / ${c% *}" | bc -l)" "$(echo "${s#* } / ${c#* }" | bc -l)"
done
