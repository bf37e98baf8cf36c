#!/usr/bin/env bash
# Reading benchmark: XLSXReader against python-calamine and the inflate floor.
#
# Generates once (cached in bench-output/read/) a 200,000-row x 15-column workbook in two
# flavours with libxlsxwriter (gen_xlsx.c): inline strings (constant-memory mode) and shared
# strings (normal mode). Then prints, per file: the time of the release ozg-bench-read reading
# every cell, python-calamine reading every cell, `unzip -p` of the sheet XML to /dev/null,
# and peak RSS. Best of $RUNS runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT="$ROOT/bench-output/read"
RUNS=${RUNS:-3}
ROWS=${ROWS:-200000}
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time for peak RSS" >&2
    apt-get install -y time >/dev/null 2>&1 || true
fi

GEN="$OUT/gen_xlsx"
if [ ! -x "$GEN" ] || [ "$ROOT/Benchmarks/read/gen_xlsx.c" -nt "$GEN" ]; then
    gcc -O2 -o "$GEN" "$ROOT/Benchmarks/read/gen_xlsx.c" $(pkg-config --cflags --libs xlsxwriter)
fi
for flavour in inline shared; do
    f="$OUT/bench-$flavour-$ROWS.xlsx"
    [ -f "$f" ] || { echo "generating $f" >&2; "$GEN" "$f" "$flavour" "$ROWS"; }
done

swift build -c release --product ozg-bench-read >&2
BIN="$ROOT/.build/release/ozg-bench-read"

cat > "$OUT/calamine_read.py" <<'PY'
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
n = 0
for name in wb.sheet_names:
    for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
        n += len(row)
print(n)
PY

# best_of CMD...: prints "seconds peakKB" of the fastest run.
best_of() {
    local best="" bestrss=""
    for _ in $(seq "$RUNS"); do
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f "%e %M" -o "$OUT/.time" "$@" >/dev/null
            read -r t rss < "$OUT/.time"
        else
            local s=$(date +%s.%N); "$@" >/dev/null; local e=$(date +%s.%N)
            t=$(echo "$e - $s" | bc); rss="?"
        fi
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; bestrss=$rss; fi
    done
    echo "$best $bestrss"
}

printf "%-8s %-28s %10s %12s\n" "file" "reader" "seconds" "peak RSS MB"
for flavour in inline shared; do
    f="$OUT/bench-$flavour-$ROWS.xlsx"
    read -r t rss <<<"$(best_of "$BIN" "$f")"
    printf "%-8s %-28s %10s %12s\n" "$flavour" "ozg-bench-read (XLSXReader)" "$t" "$((rss / 1024))"
    if [ -x "$ROOT/.build/release/ozg" ]; then
        read -r t rss <<<"$(best_of "$ROOT/.build/release/ozg" cat "$f" --format csv)"
        printf "%-8s %-28s %10s %12s\n" "$flavour" "ozg cat --format csv" "$t" "$((rss / 1024))"
    fi
    if python3 -c "import python_calamine" 2>/dev/null; then
        read -r t rss <<<"$(best_of python3 "$OUT/calamine_read.py" "$f")"
        printf "%-8s %-28s %10s %12s\n" "$flavour" "python-calamine" "$t" "$((rss / 1024))"
    fi
    read -r t rss <<<"$(best_of unzip -p "$f" xl/worksheets/sheet1.xml)"
    printf "%-8s %-28s %10s %12s\n" "$flavour" "unzip -p sheet1.xml (floor)" "$t" "$((rss / 1024))"
done
