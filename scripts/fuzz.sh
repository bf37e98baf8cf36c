#!/usr/bin/env bash
# `make fuzz [FUZZ_SECONDS=60]`: builds ozg-fuzz with libFuzzer and AddressSanitizer and runs
# every target for FUZZ_SECONDS seconds, seeded with Samples/, the test fixtures and the
# regression inputs. The corpus grows in fuzz-output/corpus/ and is kept between runs.
# A crash, a sanitizer report, a timeout (> 5 s per input) or an out-of-memory (> 1 GB) stops the
# target; the input lands in fuzz-output/findings/ and the script exits 1 after the summary.
# Make each finding a named regression input in Tests/Fuzz/regressions/TARGET/ (replayed by
# `make test`).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# FUZZ_SEED=N makes the mutations repeatable (`make test` uses 1); unset or 0 picks a new seed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
out=fuzz-output
scratch=.build-fuzz

echo "building ozg-fuzz with -sanitize=fuzzer,address (scratch path $scratch)…"
flags=(-c release --product ozg-fuzz --scratch-path "$scratch"
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DOZG_LIBFUZZER)
swift build "${flags[@]}" 2>&1 | grep -v "Cannot export local symbol" | tail -n 3
bin="$(swift build "${flags[@]}" --show-bin-path)/ozg-fuzz"

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <("$bin" --list)

# Seeds: Samples/, the committed fixtures, generated XLSX/ODS fixtures and the parts inside them.
seeds="$out/seeds"
seeds_version=3   # raise when the seed set changes: the seeds are made again
if [ "$(cat "$seeds/.version" 2>/dev/null)" != "$seeds_version" ]; then
  rm -rf "$seeds"; mkdir -p "$seeds"/{xlsx,ods,csv,xlsx-sheet,xlsx-strings,ods-content,mapping,convert}
  python3 Tests/Scripts/make_xlsx_fixtures.py "$seeds/gen-xlsx" >/dev/null
  python3 Tests/Scripts/ods_make_fixtures.py "$seeds/gen-ods" >/dev/null 2>&1 || true
  small() { find "$@" -type f -size -300k 2>/dev/null || true; }
  # Archives that inflate to more than 1 MB take seconds per run under ASan: no seeds (the hostile
  # suite covers the big ones).
  too_big() { [ "$(unzip -l "$1" 2>/dev/null | tail -n 1 | awk '{print $1}')" -gt 1000000 ] 2>/dev/null; }
  for f in $(small Samples -name '*.xlsx') $(small "$seeds/gen-xlsx" -name '*.xls[xm]'); do
    too_big "$f" && continue
    cp "$f" "$seeds/xlsx/"
    n=$(basename "$f")
    unzip -p "$f" xl/worksheets/sheet1.xml > "$seeds/xlsx-sheet/$n.xml" 2>/dev/null || rm -f "$seeds/xlsx-sheet/$n.xml"
    unzip -p "$f" xl/sharedStrings.xml > "$seeds/xlsx-strings/$n.xml" 2>/dev/null || rm -f "$seeds/xlsx-strings/$n.xml"
  done
  for f in $(small Samples Tests/OZGFormatTests/Fixtures "$seeds/gen-ods" -name '*.ods'); do
    too_big "$f" && continue
    n=$(basename "$f")
    cp "$f" "$seeds/ods/$n"
    unzip -p "$f" content.xml > "$seeds/ods-content/$n.xml" 2>/dev/null || rm -f "$seeds/ods-content/$n.xml"
  done
  for f in $(small Samples Tests/OZGFormatTests/Fixtures -name '*.csv' -o -name '*.tsv' -o -name '*.txt'); do
    cp "$f" "$seeds/csv/"
  done
  cp Samples/working-sheets/*.csv Tests/Fuzz/seeds-mapping/* "$seeds/mapping/" 2>/dev/null || true
  cp "$seeds"/xlsx/* "$seeds"/ods/* "$seeds/convert/"
  find "$seeds" -type f -empty -delete
  echo "$seeds_version" > "$seeds/.version"
fi

dict_for() {
  case "$1" in
    xlsx|xlsx-sheet|xlsx-strings|convert) echo "-dict=Tests/Fuzz/dicts/xlsx.dict" ;;
    ods|ods-content) echo "-dict=Tests/Fuzz/dicts/ods.dict" ;;
    *) echo "-dict=Tests/Fuzz/dicts/csv.dict" ;;
  esac
}

mkdir -p "$out/findings" "$out/logs"
status=0
printf '\n%-14s %10s %8s %8s %8s %9s  %s\n' target executions "exec/s" corpus cov "peak MB" findings
for t in "${targets[@]}"; do
  corpus="$out/corpus/$t"
  mkdir -p "$corpus" "$seeds/$t"
  regressions="Tests/Fuzz/regressions/$t"
  dirs=("$corpus" "$seeds/$t")
  [ -d "$regressions" ] && dirs+=("$regressions")
  log="$out/logs/$t.log"
  rc=0
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" \
    "$bin" "$t" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -malloc_limit_mb=1024 \
      -max_len=262144 -seed="${FUZZ_SEED:-0}" -print_final_stats=1 -artifact_prefix="$out/findings/$t-" "$(dict_for "$t")" \
      "${dirs[@]}" > "$log" 2>&1 || rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*' || echo 0)
  files=$(find "$corpus" -type f | wc -l)
  found=$(ls "$out/findings" 2>/dev/null | grep -c "^$t-" || true)
  if [ "$rc" -ne 0 ]; then
    status=1
    printf '%-14s %10s %8s %8s %8s %9s  %s (exit %s, see %s)\n' "$t" "$execs" "$speed" "$files" "$cov" "$peak" "$found" "$rc" "$log"
    grep -E "ERROR|SUMMARY|==[0-9]+==|Fatal error|Test unit written" "$log" | head -n 8 | sed 's/^/    /'
  else
    printf '%-14s %10s %8s %8s %8s %9s  %s\n' "$t" "$execs" "$speed" "$files" "$cov" "$peak" "$found"
  fi
done
exit $status
