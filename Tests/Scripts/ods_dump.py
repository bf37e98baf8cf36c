#!/usr/bin/env python3
"""Dumps a spreadsheet as JSON for the ODS tests.

usage: ods_dump.py openpyxl FILE.xlsx   values, number formats, merges, widths, panes,
                                        validations, auto-filter, sheet states, fonts, fills
       ods_dump.py calamine FILE        values per sheet (python-calamine)
       ods_dump.py pandas FILE.ods      values per sheet (pandas + odfpy)
"""
import datetime
import json
import sys


def val(v):
    if isinstance(v, datetime.datetime):
        return {"datetime": v.isoformat()}
    if isinstance(v, datetime.date):
        return {"date": v.isoformat()}
    if isinstance(v, datetime.time):
        return {"time": v.isoformat()}
    if isinstance(v, datetime.timedelta):
        return {"seconds": v.total_seconds()}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, (int, float)):
        return {"number": float(v)}
    if v is None or v == "":
        return None
    return {"text": str(v)}


def openpyxl_dump(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                cells[c.coordinate] = {
                    "value": val(c.value),
                    "format": c.number_format,
                    "bold": bool(c.font and c.font.b),
                    "italic": bool(c.font and c.font.i),
                    "fill": (c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None),
                    "formula": c.value if isinstance(c.value, str) and c.value.startswith("=") else None,
                }
        widths = {k: v.width for k, v in ws.column_dimensions.items() if v.width}
        hidden = [k for k, v in ws.column_dimensions.items() if v.hidden]
        dv = []
        for v in ws.data_validations.dataValidation:
            dv.append({"type": v.type, "formula": v.formula1, "ranges": str(v.sqref)})
        out[ws.title] = {
            "cells": cells,
            "merges": sorted(str(m) for m in ws.merged_cells.ranges),
            "widths": widths,
            "hidden_columns": hidden,
            "freeze": ws.freeze_panes,
            "validations": dv,
            "autofilter": ws.auto_filter.ref,
            "state": ws.sheet_state,
            "protected": bool(ws.protection.sheet),
        }
    return out


def calamine_dump(path):
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    out = {}
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        out[name] = [[val(v) for v in r] for r in rows]
    return out


def pandas_dump(path):
    import pandas
    frames = pandas.read_excel(path, engine="odf", sheet_name=None, header=None)
    out = {}
    for name, df in frames.items():
        rows = []
        for r in df.itertuples(index=False):
            rows.append([None if (isinstance(v, float) and v != v) else val(v.to_pydatetime() if hasattr(v, "to_pydatetime") else v) for v in r])
        out[name] = rows
    return out


if __name__ == "__main__":
    mode, path = sys.argv[1], sys.argv[2]
    fn = {"openpyxl": openpyxl_dump, "calamine": calamine_dump, "pandas": pandas_dump}[mode]
    json.dump(fn(path), sys.stdout, indent=1, sort_keys=True, default=str)
