#!/usr/bin/env python3
"""Dumps every sheet python-calamine reads from a file as JSON: {sheet: [[cell, ...], ...]}.

Usage: writer_read_calamine.py FILE  (xlsx, ods or csv converted by LibreOffice)
Dates come out as ISO text, numbers as numbers, booleans as booleans.
"""
import datetime
import json
import re
import sys

from python_calamine import CalamineWorkbook


PT = re.compile(r"^(-?)PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$")


def plain(v):
    # calamine leaves an ODF duration (time-value) as its text PT25H00M00S: give seconds,
    # as it does for an .xlsx duration.
    if isinstance(v, str):
        m = PT.match(v)
        if m:
            secs = int(m.group(2)) * 3600 + int(m.group(3)) * 60 + float(m.group(4))
            return -secs if m.group(1) else secs
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, datetime.timedelta):
        return v.total_seconds()
    return v


wb = CalamineWorkbook.from_path(sys.argv[1])
out = {}
for name in wb.sheet_names:
    rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    out[name] = [[plain(v) for v in row] for row in rows]
json.dump(out, sys.stdout, default=str)
