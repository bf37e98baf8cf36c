#!/usr/bin/env python3
"""Fills a working-sheet template the way a Pate would, with openpyxl, and checks its set-up.

Usage: sheet_fill_openpyxl.py TEMPLATE.xlsx FILLED.xlsx SEED

Checks first what a Pate relies on (exit 2 with a message when not): sheets Hinweise, Bewertung,
Umsetzungsplanung; Bewertung protected, header frozen, an auto-filter, a drop-down on every
Kommunaltyp column, key cells locked, verdict cells unlocked, LeiKa keys stored as text.
Then writes into every verdict cell, chosen by SEED, one of many spellings (text, booleans,
numbers, empty), adds a column "Bemerkung Kreis Lippe", and prints the filled verdicts as JSON:
{"verdicts":[{"row":2,"column":"Kreis","leika":"…","ozgId":10092,"bezeichnung":"…","relevanz":"ja"}],
 "extra": n}
"""
import json
import random
import sys

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

SPELLINGS = [
    ("ja", "ja"), ("Ja", "ja"), ("x", "ja"), ("X", "ja"), ("✓", "ja"), (True, "ja"), (1, "ja"), ("WAHR", "ja"),
    ("nein", "nein"), ("-", "nein"), (0, "nein"), (False, "nein"), ("FALSCH", "nein"),
    ("teilw.", "teilweise"), ("(x)", "teilweise"), ("teilweise", "teilweise"),
    (None, "offen"), ("offen", "offen"),
]
TYPES = ["Kreis", "Große kreisangehörige Stadt", "Mittlere kreisangehörige Stadt", "Kreisangehörige Stadt/Gemeinde"]


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(2)


def main(src, dst, seed):
    rng = random.Random(seed)
    wb = load_workbook(src)
    if wb.sheetnames != ["Hinweise", "Bewertung", "Umsetzungsplanung"]:
        fail(f"sheets: {wb.sheetnames}")
    ws = wb["Bewertung"]
    header = [c.value for c in ws[1]]
    if not ws.protection.sheet:
        fail("Bewertung is not protected")
    # The header row and the key columns up to the Leistungsbezeichnung stay in view.
    name_col = header.index("Leistungsbezeichnung") + 1
    if ws.freeze_panes != f"{get_column_letter(name_col + 1)}2":
        fail(f"freeze panes: {ws.freeze_panes}")
    if ws.protection.autoFilter or ws.protection.sort or ws.protection.formatColumns:
        fail("protection forbids filtering, sorting or resizing")
    if not ws.auto_filter.ref:
        fail("no auto-filter")
    cols = {name: header.index(name) + 1 for name in TYPES}
    key_col = header.index("LeiKa-Schlüssel") + 1
    dv_cells = set()
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list" and "ja" in (dv.formula1 or ""):
            for rng_ in dv.sqref.ranges:
                dv_cells.add(rng_.min_col)
    for name, col in cols.items():
        if col not in dv_cells:
            fail(f"no drop-down on {name}")
    if ws.cell(row=2, column=key_col).protection.locked is False:
        fail("key cell not locked")
    if ws.cell(row=2, column=cols["Kreis"]).protection.locked is not False:
        fail("verdict cell locked")
    out = []
    for r in range(2, ws.max_row + 1):
        key = ws.cell(row=r, column=key_col).value
        if key is not None and not isinstance(key, str):
            fail(f"key in row {r} is not text: {key!r}")
        for name, col in cols.items():
            value, verdict = rng.choice(SPELLINGS)
            ws.cell(row=r, column=col).value = value
            if verdict != "offen":
                out.append({
                    "row": r, "column": name, "leika": key,
                    "ozgId": ws.cell(row=r, column=header.index("OZG-ID") + 1).value,
                    "bezeichnung": ws.cell(row=r, column=header.index("Leistungsbezeichnung") + 1).value,
                    "relevanz": verdict,
                })
    extra_col = len(header) + 1
    ws.cell(row=1, column=extra_col).value = "Bemerkung Kreis Lippe"
    extra = 0
    for r in range(2, ws.max_row + 1, 3):
        ws.cell(row=r, column=extra_col).value = f"Beispiel {r}"
        extra += 1
    wb.save(dst)
    json.dump({"verdicts": out, "extra": extra}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
