#!/usr/bin/env bash
# Runs the whole pipeline on Samples/ and says where the output is.
set -euo pipefail
out="${1:-demo-output}"
bin="$(swift build -c release --show-bin-path)/ozg"
mkdir -p "$out"
"$bin" demo --output "$out"
