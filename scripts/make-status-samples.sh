#!/usr/bin/env bash
# Makes Samples/status/: returned status sheets of three sample councils (Beispieldaten) that
# `ozg demo` / `make demo` ingest after the Paten's sheets, so reports and the site show statuses.
# The packs come from a workspace built like the demo's (catalogue, councils, the sample working
# sheets); Tests/Scripts/status_make_samples.py fills them. Deterministic; needs openpyxl.
#   scripts/make-status-samples.sh [OZG_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-$(swift build --show-bin-path)/ozg}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
ws="$tmp/ws"
"$bin" catalog import Samples/data/ozg-katalog-2019.csv --kommunen Samples/data/krz-verband-kommunen.csv \
  --version 2019 --workspace "$ws" --quiet >/dev/null
"$bin" ingest Samples/working-sheets/*.xlsx Samples/working-sheets/*.ods Samples/working-sheets/*.csv Samples/roadmap/*.xlsx \
  --workspace "$ws" >/dev/null 2>&1 || true   # the samples carry deliberate errors (06-fehler.xlsx)
mkdir -p Samples/status
for k in Lemgo Detmold "Kreis Lippe"; do
  stem="$(echo "$k" | tr ' ' '-')"
  "$bin" report kommunen-matrix --kommune "$k" --stand 2022-06-30 -o "$tmp/$stem.xlsx" --workspace "$ws" >/dev/null
  python3 Tests/Scripts/status_make_samples.py "$tmp/$stem.xlsx" "Samples/status/umsetzungsstand-$stem.xlsx"
  echo "Samples/status/umsetzungsstand-$stem.xlsx"
done
