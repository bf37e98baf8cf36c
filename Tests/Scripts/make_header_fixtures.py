"""Writes the working sheets that reproduced issue #10's header bugs (openpyxl, as people's
files are): Tests/OZGDomainTests/Fixtures/
  header-bezeichnung-der-leistung.xlsx  two-row header, merged group cells, `Bezeichnung der
                                        Leistung`, `Schlüssel (LeiKa)`, `OZG Nr.`; keyless rows
  header-nummer-leika.xlsx              `Nummer` over 14-digit LeiKa keys (numbers, as Excel
                                        stores them), `Name der Leistung`
Rows come from Samples/data/ozg-katalog-2019.csv. Usage: python3 make_header_fixtures.py OUTDIR"""
import csv, os, sys
from openpyxl import Workbook

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
rows = list(csv.DictReader(open(os.path.join(root, "Samples/data/ozg-katalog-2019.csv"), encoding="utf-8-sig")))
out = sys.argv[1]
verdicts = ["ja", "nein", "teilweise", "x", ""]

# 1. Two-row header with merged group cells; the keyless rows must be found by OZG-ID + name.
wb = Workbook()
ws = wb.active
ws.title = "Bewertung"
ws["A1"] = "Leistung"
ws.merge_cells("A1:C1")
ws["D1"] = "Relevanz je Kommunaltyp"
ws.merge_cells("D1:G1")
for c, h in enumerate(["OZG Nr.", "Bezeichnung der Leistung", "Schlüssel (LeiKa)", "Kreis", "GKS", "MKS", "kreisang. Gemeinde"], 1):
    ws.cell(row=2, column=c, value=h)
keyless = [r for r in rows if r["LeiKa-Schlüssel"] in ("", "nicht im LeiKa")][:7]
keyed = [r for r in rows if r["LeiKa-Schlüssel"].startswith("99")][:5]
r = 3
for i, row in enumerate(keyless + keyed):
    ws.cell(row=r, column=1, value=int(row["OZG-ID"]))
    ws.cell(row=r, column=2, value=row["Leistungsbezeichnung"])
    if row in keyed:
        ws.cell(row=r, column=3, value=row["LeiKa-Schlüssel"])
    for t in range(4):
        v = verdicts[(i + t) % len(verdicts)]
        if v:
            ws.cell(row=r, column=4 + t, value=v)
    r += 1
wb.save(os.path.join(out, "header-bezeichnung-der-leistung.xlsx"))

# 2. `Nummer` over LeiKa keys stored as numbers; `Name der Leistung`; no OZG-ID column.
wb = Workbook()
ws = wb.active
ws.title = "Liste"
ws["A1"] = "Rückmeldung Kreis Lippe, Stand 11/2026"
for c, h in enumerate(["Nummer", "Name der Leistung", "Kreis", "Große kreisang. Stadt", "Mittlere kreisang. Stadt", "Gemeinde"], 1):
    ws.cell(row=3, column=c, value=h)
unique = {}
for row in rows:
    k = row["LeiKa-Schlüssel"]
    if k.startswith("99"):
        unique.setdefault(k, []).append(row)
picked = [v[0] for k, v in unique.items() if len(v) == 1][:10]
for i, row in enumerate(picked):
    ws.cell(row=4 + i, column=1, value=int(row["LeiKa-Schlüssel"]))
    ws.cell(row=4 + i, column=2, value=row["Leistungsbezeichnung"])
    for t in range(4):
        ws.cell(row=4 + i, column=3 + t, value=["ja", "nein", "teilweise", "ja"][(i + t) % 4])
wb.save(os.path.join(out, "header-nummer-leika.xlsx"))
