#!/usr/bin/env python3
"""Writes a council list of N councils: the Verband's, then copies named „… (2)“, „… (3)“, …

Usage: repeat_kommunen.py KOMMUNEN.csv N OUT.csv
"""
import csv
import sys

src, n, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = list(csv.reader(open(src, encoding="utf-8")))
header, real = rows[0], rows[1:]
name = header.index("Kommune")
out, copy = list(real), 2
while len(out) < n:
    for r in real:
        if len(out) == n:
            break
        c = list(r)
        c[name] = f"{r[name]} ({copy})"
        out.append(c)
    copy += 1
with open(dst, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(header)
    w.writerows(out)
