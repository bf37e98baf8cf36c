#!/usr/bin/env python3
"""Runs a command under a time limit and reports exit status, signal, time and peak memory.

Usage: hostile_run.py TIMEOUT_SECONDS -- COMMAND ARGS...
Prints one JSON object: {"status": int|null, "signal": int|null, "timedOut": bool,
"seconds": float, "maxRssMB": float, "stderr": "..."}. stdout of the command is discarded.
"""
import json
import resource
import subprocess
import sys
import time

timeout = float(sys.argv[1])
cmd = sys.argv[sys.argv.index("--") + 1:]
start = time.monotonic()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
timed_out = False
try:
    _, err = proc.communicate(timeout=timeout)
except subprocess.TimeoutExpired:
    timed_out = True
    proc.kill()
    _, err = proc.communicate()
elapsed = time.monotonic() - start
rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
rc = proc.returncode
print(json.dumps({
    "status": rc if rc is not None and rc >= 0 else None,
    "signal": -rc if rc is not None and rc < 0 else None,
    "timedOut": timed_out,
    "seconds": round(elapsed, 3),
    "maxRssMB": round(rss_kb / 1024, 1),
    "stderr": err.decode("utf-8", "replace")[-2000:],
}))
