"""Reads an .xlsx with openpyxl (and its docProps with zipfile) and prints what a reader sees.

Usage: workbook_facts.py FILE.xlsx → JSON on stdout:
{"sheets": [...], "title": …, "subject": …, "creator": …, "company": …,
 "first": [[cell, …], …] (the first sheet's values as text, None as ""),
 "protection": {sheet: {"sheet": bool, "sort": bool, "autoFilter": bool, "formatColumns": bool, ...}},
 "validations": {sheet: [{"sqref": …, "type": …, "errorStyle": …, "formula1": …, "prompt": …}]},
 "frozen": {sheet: "C2"}}
(openpyxl's protection flags are True where the action is *forbidden*.)
"""
import json
import re
import sys
import zipfile

import openpyxl


def main(path):
    wb = openpyxl.load_workbook(path)
    with zipfile.ZipFile(path) as z:
        app = z.read("docProps/app.xml").decode("utf-8") if "docProps/app.xml" in z.namelist() else ""
    m = re.search(r"<Company>(.*?)</Company>", app)
    out = {
        "sheets": wb.sheetnames,
        "title": wb.properties.title,
        "subject": wb.properties.subject,
        "creator": wb.properties.creator,
        "company": m.group(1) if m else None,
        "first": [["" if v is None else str(v) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)],
        "protection": {},
        "validations": {},
        "frozen": {},
        "unlockedBeyond": {},
    }
    for ws in wb.worksheets:
        p = ws.protection
        out["protection"][ws.title] = {
            "sheet": bool(p.sheet), "sort": bool(p.sort), "autoFilter": bool(p.autoFilter),
            "formatColumns": bool(p.formatColumns), "formatRows": bool(p.formatRows),
            "insertColumns": bool(p.insertColumns), "selectLockedCells": bool(p.selectLockedCells),
        }
        out["validations"][ws.title] = [
            {"sqref": str(dv.sqref), "type": dv.type, "errorStyle": dv.errorStyle, "formula1": dv.formula1,
             "prompt": dv.prompt, "showInputMessage": bool(dv.showInputMessage)}
            for dv in ws.data_validations.dataValidation
        ]
        out["frozen"][ws.title] = ws.freeze_panes
        # Column styles beyond the used range: is the first column right of the table unlocked?
        right = ws.max_column + 1
        letter = openpyxl.utils.get_column_letter(right)
        dim = ws.column_dimensions.get(letter)
        locked = True
        if dim is not None and dim.style is not None:
            try:
                locked = bool(wb._cell_styles[dim._style].protectionId and True) and dim.protection.locked
            except Exception:
                locked = dim.protection.locked if dim.protection is not None else True
        out["unlockedBeyond"][ws.title] = not locked
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(sys.argv[1])
