#!/usr/bin/env bash
# `ozg site` for the full catalogue (5,225 Einzelleistungen with verdicts for every Kommunaltyp,
# from the domain benchmark's workspace) and 396 councils (the 39 of the Verband repeated under
# new names), release build: a first run into an empty folder (every page and every download
# in .xlsx, .ods and .csv) and a second run with nothing changed (incremental). Target: under 10 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product ozg >/dev/null
bin="$(swift build -c release --show-bin-path)/ozg"
out=bench-output/site
mkdir -p "$out"
ws39="bench-output/domain/ws"
if [ ! -f "$ws39/ozg.sqlite" ]; then Benchmarks/domain/bench_domain.sh >/dev/null; fi

# 396 councils: the 39 real ones, then copies of them named „… (2)“, „… (3)“, …
python3 - "$out/kommunen-396.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open("Samples/data/krz-verband-kommunen.csv", encoding="utf-8")))
header, real = rows[0], rows[1:]
name = header.index("Kommune")
out, copy = list(real), 2
while len(out) < 396:
    for r in real:
        if len(out) == 396:
            break
        c = list(r)
        c[name] = f"{r[name]} ({copy})"
        out.append(c)
    copy += 1
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(header); w.writerows(out)
PY
rm -rf "$out/ws396"; cp -r "$ws39" "$out/ws396"
"$bin" catalog import Samples/data/ozg-katalog-2019.csv --kommunen "$out/kommunen-396.csv" --workspace "$out/ws396" --quiet >/dev/null

run() { # label
  /usr/bin/env python3 - "$bin" "$out/ws396" "$out/website" "$1" <<'PY'
import os, resource, subprocess, sys, time
bin, ws, site, label = sys.argv[1:5]
t = time.monotonic()
r = subprocess.run([bin, "site", "-o", site, "--workspace", ws, "--no-external"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
el = time.monotonic() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
files = sum(len(f) for _, _, f in os.walk(site))
mb = sum(os.path.getsize(os.path.join(d, n)) for d, _, fs in os.walk(site) for n in fs) / 1e6
print(f"{label:<34} {el:7.2f} s wall  {u.ru_utime + u.ru_stime:7.2f} s CPU  peak RSS {u.ru_maxrss / 1024:7.1f} MB  "
      f"{files} files, {mb:.0f} MB   [{r.stderr.strip()}]")
PY
}
echo "ozg site: full catalogue, 396 councils (target: under 10 s)"
rm -rf "$out/website"
run "first run (empty folder)"
run "second run (nothing changed)"
