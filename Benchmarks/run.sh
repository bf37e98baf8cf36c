#!/usr/bin/env bash
# `make bench`: every benchmark, each printing its figures side by side with a reference run.
# Inputs are generated once into bench-output/ (a few hundred MB) and reused. The last two
# parts are issue #15's table (each row beside its reference) and the reports' scale curve
# (39, 396, 1,000 councils). BENCH_QUICK=1 runs only those two.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench-output
scripts=(Benchmarks/read/bench_read.sh Benchmarks/write/bench_write.sh Benchmarks/ods/bench_ods.sh Benchmarks/domain/bench_domain.sh)
if [ -n "${BENCH_QUICK:-}" ]; then scripts=(); fi
for script in "${scripts[@]}" Benchmarks/summary/bench_issue15.sh Benchmarks/reports/bench_reports.sh \
              Benchmarks/catalog/bench_catalog.sh Benchmarks/site/bench_site.sh Benchmarks/umsetzung/bench_umsetzung.sh; do
  if [ -x "$script" ]; then
    echo
    echo "### $script"
    "$script"
  fi
done
