#!/usr/bin/env python3
"""Runs a command RUNS times and prints "wall cpu peakMB" of the fastest run.

usage: measure.py RUNS COMMAND [ARG...]

wall is elapsed seconds, cpu the user + system seconds of the command and every process it
waited for, peakMB the largest resident set among them (Linux wait4). stdout of the command
is discarded; a failing command aborts with its exit status.
"""
import os
import subprocess
import sys
import time

runs = int(sys.argv[1])
cmd = sys.argv[2:]
best = None
for _ in range(max(1, runs)):
    t = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.stderr.write(f"measure.py: {' '.join(cmd)} failed with {code}\n")
        sys.exit(code if code > 0 else 1)
    row = (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024)
    if best is None or row[0] < best[0]:
        best = row
print(f"{best[0]:.2f} {best[1]:.2f} {best[2]:.0f}")
