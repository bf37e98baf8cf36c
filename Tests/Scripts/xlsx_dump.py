#!/usr/bin/env python3
"""Prints every non-empty cell of a workbook as read by openpyxl or python-calamine.

Usage: xlsx_dump.py (openpyxl|calamine) FILE
Output lines: SHEET<TAB>A1<TAB>KIND<TAB>VALUE with KIND one of n s b d dt t dur e;
newlines in text are written as \\n. Formula cells give their cached values.
"""
import datetime
import sys


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def norm(v):
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return ("b", "TRUE" if v else "FALSE")
    if isinstance(v, (int, float)):
        return ("n", repr(float(v)))
    if isinstance(v, datetime.datetime):
        if v.hour == v.minute == v.second == v.microsecond == 0:
            return ("d", v.date().isoformat())
        return ("dt", v.replace(microsecond=0).isoformat())
    if isinstance(v, datetime.date):
        return ("d", v.isoformat())
    if isinstance(v, datetime.time):
        return ("t", v.replace(microsecond=0).isoformat())
    if isinstance(v, datetime.timedelta):
        return ("dur", repr(v.total_seconds()))
    s = str(v)
    if s.startswith("#") and s.upper() == s and len(s) < 10:
        return ("e", s)
    return ("s", s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t"))


def main():
    engine, path = sys.argv[1], sys.argv[2]
    out = []
    if engine == "openpyxl":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    n = norm(c.value)
                    if n:
                        out.append((ws.title, c.coordinate) + n)
    else:
        from python_calamine import CalamineWorkbook
        wb = CalamineWorkbook.from_path(path)
        for name in wb.sheet_names:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            for r, row in enumerate(rows):
                for c, v in enumerate(row):
                    n = norm(v)
                    if n:
                        out.append((name, f"{col_name(c)}{r + 1}") + n)
    for line in out:
        print("\t".join(line))


if __name__ == "__main__":
    main()
