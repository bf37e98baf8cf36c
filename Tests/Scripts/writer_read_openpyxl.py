#!/usr/bin/env python3
"""Dumps what openpyxl reads from an .xlsx as JSON (for XLSXWriterTests).

Usage: writer_read_openpyxl.py FILE.xlsx

Per sheet: state, cells (value, data_type, number_format, bold, italic, font colour, fill,
wrap, horizontal, locked, border), merges, freeze_panes, auto_filter, data validations,
column widths and hidden columns, row heights and hidden rows, hyperlinks, protection,
print set-up, conditional formats; the chart parts of the package with their ranges; and the
document properties.
"""
import datetime
import json
import re
import sys
import zipfile

import openpyxl


def plain(v):
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, datetime.timedelta):
        return v.total_seconds()
    return v


def rgb(color):
    if color is None or color.type != "rgb" or color.rgb is None:
        return None
    return str(color.rgb)[-6:].upper()


def main(path):
    wb = openpyxl.load_workbook(path)  # formulas as written
    out = {"sheets": {}, "sheetnames": wb.sheetnames}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and not c.has_style:
                    continue
                fill = c.fill.fgColor if c.fill is not None and c.fill.fill_type == "solid" else None
                cells[c.coordinate] = {
                    "value": plain(c.value),
                    "type": c.data_type,
                    "format": c.number_format,
                    "bold": bool(c.font.b),
                    "italic": bool(c.font.i),
                    "fontColor": rgb(c.font.color) if c.font is not None else None,
                    "fill": rgb(fill) if fill is not None else None,
                    "wrap": bool(c.alignment.wrap_text),
                    "horizontal": c.alignment.horizontal,
                    "locked": c.protection.locked,
                    "border": c.border.left.style if c.border is not None and c.border.left is not None else None,
                }
        widths = {}
        hidden_cols = []
        for key, dim in ws.column_dimensions.items():
            for idx in range(dim.min or 0, (dim.max or 0) + 1):
                if idx == 0:
                    continue
                letter = openpyxl.utils.get_column_letter(idx)
                if dim.width:
                    widths[letter] = dim.width
                if dim.hidden:
                    hidden_cols.append(letter)
        rows = {}
        for idx, dim in ws.row_dimensions.items():
            if dim.height is not None or dim.hidden:
                rows[str(idx)] = {"height": dim.ht, "hidden": bool(dim.hidden)}
        dvs = []
        for dv in ws.data_validations.dataValidation:
            dvs.append({
                "type": dv.type,
                "formula1": dv.formula1,
                "sqref": str(dv.sqref),
                "allow_blank": bool(dv.allow_blank),
                "error_style": dv.errorStyle,
            })
        links = {}
        for row in ws.iter_rows():
            for c in row:
                h = getattr(c, "hyperlink", None)
                if h is not None:
                    links[c.coordinate] = {"target": h.target, "location": h.location, "tooltip": h.tooltip}
        cfs = []
        for rng, rules in ws.conditional_formatting._cf_rules.items():
            for rule in rules:
                entry = {"range": str(rng.sqref), "type": rule.type, "operator": rule.operator,
                         "formula": list(rule.formula or [])}
                if rule.colorScale is not None:
                    entry["colors"] = [rgb(col) for col in rule.colorScale.color]
                if rule.dxf is not None and rule.dxf.font is not None:
                    entry["dxfBold"] = bool(rule.dxf.font.b)
                cfs.append(entry)
        out["sheets"][ws.title] = {
            "state": ws.sheet_state,
            "cells": cells,
            "merges": sorted(str(r) for r in ws.merged_cells.ranges),
            "freeze_panes": ws.freeze_panes,
            "auto_filter": ws.auto_filter.ref,
            "validations": dvs,
            "widths": widths,
            "hidden_columns": hidden_cols,
            "rows": rows,
            "hyperlinks": links,
            "protected": bool(ws.protection.sheet),
            "landscape": ws.page_setup.orientation == "landscape",
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage),
            # The attribute's default is 1 (libxlsxwriter leaves it out then).
            "fit_to_width": int(ws.page_setup.fitToWidth) if ws.page_setup.fitToWidth is not None else 1,
            "fit_to_height": int(ws.page_setup.fitToHeight) if ws.page_setup.fitToHeight is not None else 1,
            "print_title_rows": ws.print_title_rows,
            "conditional_formats": cfs,
        }
    with zipfile.ZipFile(path) as z:
        # openpyxl drops the style of cells covered by a merge: read their style index from the
        # sheet XML (libxlsxwriter names the parts sheet1.xml, sheet2.xml, ... in order).
        for i, ws in enumerate(wb.worksheets):
            xml = z.read("xl/worksheets/sheet%d.xml" % (i + 1)).decode("utf-8")
            styles = dict(re.findall(r'<c r="([A-Z]+[0-9]+)" s="([0-9]+)"', xml))
            covered = {}
            for rng in ws.merged_cells.ranges:
                refs = [openpyxl.utils.get_column_letter(c) + str(r)
                        for r in range(rng.min_row, rng.max_row + 1) for c in range(rng.min_col, rng.max_col + 1)]
                covered[str(rng)] = [styles.get(ref) for ref in refs]
            out["sheets"][ws.title]["merge_styles"] = covered
    charts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"xl/charts/chart\d+\.xml$", name):
                xml = z.read(name).decode("utf-8")
                kinds = re.findall(r"<c:(barChart|lineChart|pieChart|areaChart)>", xml)
                bar_dir = re.findall(r'<c:barDir val="(\w+)"', xml)
                grouping = re.findall(r'<c:grouping val="(\w+)"', xml)
                charts.append({
                    "part": name,
                    "kinds": kinds,
                    "barDir": bar_dir,
                    "grouping": grouping,
                    "refs": re.findall(r"<c:f>([^<]*)</c:f>", xml),
                    "titles": re.findall(r"<a:t>([^<]*)</a:t>", xml),
                    "colors": re.findall(r'<a:srgbClr val="(\w+)"', xml),
                })
        out["drawings"] = sorted(n for n in z.namelist() if n.startswith("xl/drawings/") and n.endswith(".xml"))
    out["charts"] = charts
    p = wb.properties
    out["properties"] = {
        "title": p.title, "creator": p.creator, "subject": p.subject, "keywords": p.keywords,
        "created": plain(p.created),
    }
    json.dump(out, sys.stdout, indent=1, sort_keys=True, default=str)


if __name__ == "__main__":
    main(sys.argv[1])
