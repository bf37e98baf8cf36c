"""Counts the sample roadmap independently of OZGKit: statuses and go-lives per quarter.

Usage: roadmap_count.py ROADMAP.xlsx  → JSON on stdout:
{"total": n, "status": {"geplant": n, ...},
 "actual": {"2021 Q3": n, ...}, "planned": {"2022 Q4": n, ...}}
actual: status umgesetzt, by the quarter of Ende; planned: geplant or in Umsetzung, by the
quarter of Ende. Ende is a date cell, `TT.MM.JJJJ`, `JJJJ-MM` or `Qn/JJJJ`.
"""
import datetime
import json
import re
import sys

import openpyxl


def quarter(value):
    if value is None or value == "":
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"{value.year} Q{(value.month - 1) // 3 + 1}"
    text = str(value).strip()
    m = re.fullmatch(r"Q([1-4])/(\d{4})", text)
    if m:
        return f"{m.group(2)} Q{m.group(1)}"
    m = re.fullmatch(r"(\d{4})-(\d{2})(-\d{2})?", text)
    if m:
        return f"{m.group(1)} Q{(int(m.group(2)) - 1) // 3 + 1}"
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if m:
        return f"{m.group(3)} Q{(int(m.group(2)) - 1) // 3 + 1}"
    raise SystemExit(f"unknown date {text!r}")


def main(path):
    ws = openpyxl.load_workbook(path, data_only=True)["Umsetzungsplanung"]
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows))
    status_col, end_col, title_col = header.index("Status"), header.index("Ende"), header.index("Vorhaben")
    out = {"total": 0, "status": {}, "actual": {}, "planned": {}}
    for row in rows:
        if row[title_col] in (None, ""):
            continue
        status = str(row[status_col]).strip()
        out["total"] += 1
        out["status"][status] = out["status"].get(status, 0) + 1
        q = quarter(row[end_col])
        if q is None:
            continue
        if status == "umgesetzt":
            out["actual"][q] = out["actual"].get(q, 0) + 1
        elif status in ("geplant", "in Umsetzung"):
            out["planned"][q] = out["planned"].get(q, 0) + 1
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
