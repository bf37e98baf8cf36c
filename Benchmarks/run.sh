#!/usr/bin/env bash
# `make bench`: every benchmark, each printing its figures side by side with a reference run.
# Inputs are generated once into bench-output/ (a few hundred MB) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench-output
for script in Benchmarks/read/bench_read.sh Benchmarks/write/bench_write.sh Benchmarks/ods/bench_ods.sh \
              Benchmarks/domain/bench_domain.sh Benchmarks/reports/bench_reports.sh \
              Benchmarks/catalog/bench_catalog.sh Benchmarks/site/bench_site.sh; do
  if [ -x "$script" ]; then
    echo
    echo "### $script"
    "$script"
  fi
done
