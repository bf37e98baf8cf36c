#!/usr/bin/env bash
# `make test`: builds and runs every test of the package and of the sample plug-in package,
# runs the SwiftPM command plug-in, and replays/fuzzes every libFuzzer target briefly.
#
# A test whose external tool is missing is reported as skipped (its `.requires(…)` trait). With
# CI=true nothing may be skipped: the tests then always run (a missing tool fails them), and a
# run whose output still reports a skipped test fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-swift}"
fuzz_seconds="${FUZZ_TEST_SECONDS:-20}"
log="$(mktemp "${TMPDIR:-/tmp}/ozg-test-log.XXXXXX")"
trap 'rm -f "$log"' EXIT

$SWIFT build --build-tests
$SWIFT build --build-tests --package-path Samples/plugins/swift
$SWIFT test --skip-build 2>&1 | tee "$log"
$SWIFT test --skip-build --package-path Samples/plugins/swift 2>&1 | tee -a "$log"

skipped="$(grep -E '(^|[^A-Za-z])Test .* skipped' "$log" || true)"
if [ -n "$skipped" ]; then
  echo "Skipped tests:"
  echo "$skipped"
  if [ "${CI:-}" = true ]; then
    echo "error: with CI=true no test may be skipped (install what is missing: scripts/install-deps.sh)" >&2
    exit 1
  fi
fi

echo "SwiftPM command plug-in: swift package ozg-report list (in the sample package)"
out="$($SWIFT package --package-path Samples/plugins/swift --allow-writing-to-package-directory ozg-report list)"
echo "$out"
echo "$out" | grep -q '^abdeckung'

FUZZ_SEED=1 scripts/fuzz.sh "$fuzz_seconds"
