#!/usr/bin/env python3
"""Compares two folders of workbooks written by OZGKit part by part.

usage: same_workbooks.py DIR_A DIR_B

Every .xlsx in DIR_A must exist in DIR_B (and the other way round) with the same zip members
holding the same bytes; only the creation and modification times in docProps/core.xml may
differ (they are the clock's). Prints the first difference of each file that differs and
exits with 1 when any does. Used to check that a faster path writes what the old one wrote.
"""
import os
import re
import sys
import zipfile

TIMES = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def members(path):
    with zipfile.ZipFile(path) as z:
        out = {}
        for name in z.namelist():
            data = z.read(name)
            if name == "docProps/core.xml":
                data = TIMES.sub(b"", data)
            out[name] = data
        return out


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


def main():
    da, db = sys.argv[1], sys.argv[2]
    names_a = sorted(f for f in os.listdir(da) if f.endswith(".xlsx"))
    names_b = sorted(f for f in os.listdir(db) if f.endswith(".xlsx"))
    bad = 0
    if names_a != names_b:
        print(f"file lists differ: only in {da}: {sorted(set(names_a) - set(names_b))[:5]}, "
              f"only in {db}: {sorted(set(names_b) - set(names_a))[:5]}")
        bad += 1
    for name in sorted(set(names_a) & set(names_b)):
        ma, mb = members(os.path.join(da, name)), members(os.path.join(db, name))
        if list(ma) != list(mb):
            print(f"{name}: members differ: {list(ma)} vs {list(mb)}")
            bad += 1
            continue
        for part in ma:
            if ma[part] != mb[part]:
                i = first_difference(ma[part], mb[part])
                print(f"{name}: {part} differs at byte {i}: {ma[part][max(0, i - 60):i + 60]!r} vs {mb[part][max(0, i - 60):i + 60]!r}")
                bad += 1
                break
    print(f"{len(names_a)} workbooks compared, {bad} differ")
    sys.exit(1 if bad else 0)


main()
