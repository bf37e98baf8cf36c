#!/usr/bin/env python3
"""Dumps a spreadsheet's cells as typed JSON, read by other programs than OZGKit.

.xlsx through openpyxl (cached values), .ods through python-calamine, .csv through Python's csv
module (UTF-8 with or without BOM, else Windows-1252; semicolon or comma). Output:
{"sheets":[{"name":"…","cells":[[row,col,"s|n|b|d",value],…]}]} with zero-based row and column,
dates as YYYY-MM-DD. Usage: sheet_dump.py FILE
"""
import csv
import datetime
import json
import sys


def typed(v):
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, (int, float)):
        return ["n", v]
    if isinstance(v, datetime.datetime):
        return ["d", v.date().isoformat()]
    if isinstance(v, datetime.date):
        return ["d", v.isoformat()]
    return ["s", str(v)]


def dump_rows(name, rows):
    cells = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t = typed(v)
            if t is not None:
                cells.append([r, c] + t)
    return {"name": name, "cells": cells}


def main(path):
    sheets = []
    lower = path.lower()
    if lower.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        for ws in wb.worksheets:
            sheets.append(dump_rows(ws.title, ws.iter_rows(values_only=True)))
    elif lower.endswith(".ods"):
        from python_calamine import CalamineWorkbook
        wb = CalamineWorkbook.from_path(path)
        for name in wb.sheet_names:
            sheets.append(dump_rows(name, wb.get_sheet_by_name(name).to_python(skip_empty_area=False)))
    elif lower.endswith(".csv"):
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        first = text.split("\n", 1)[0]
        delim = ";" if first.count(";") >= first.count(",") else ","
        sheets.append(dump_rows("Tabelle1", csv.reader(text.splitlines(), delimiter=delim)))
    else:
        sys.exit("unknown extension: " + path)
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
