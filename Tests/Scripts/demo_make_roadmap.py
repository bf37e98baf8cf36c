#!/usr/bin/env python3
"""Writes Samples/roadmap/umsetzungsplanung-beispiel.xlsx: a made-up roadmap (Beispieldaten).

Usage: demo_make_roadmap.py CATALOGUE.csv OUT.xlsx

About 60 Umsetzungsvorhaben for OZG-Leistungen of several Themenfelder, spread from 2019 to 2024:
some done, some late, some beyond the OZG deadline 31.12.2022, dates written the ways people
write them (date cells, `Q3/2022`, `2022-12`, `31.12.2022`). Deterministic (fixed seed).
"""
import csv
import datetime
import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Font

random.seed(2019)
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
by_theme = {}
for r in rows:
    if r["LeiKa-Schlüssel"].startswith("99"):
        by_theme.setdefault(r["Themenfeld"], []).append(r)

wb = Workbook()
hint = wb.active
hint.title = "Hinweise"
hint["A1"] = "Umsetzungsplanung – Beispieldaten (erfunden, nur zur Vorführung)"
hint["A1"].font = Font(bold=True)
ws = wb.create_sheet("Umsetzungsplanung")
header = ["OZG-ID", "OZG-Leistung", "LeiKa-Schlüssel", "Leistungsbezeichnung", "Vorhaben", "Lösungsansatz",
          "Verantwortlich", "Start", "Ende", "Status", "Reifegrad Ist", "Reifegrad Ziel", "Priorität", "Notiz"]
ws.append(header)
for c in ws[1]:
    c.font = Font(bold=True)

ansatz = ["EfA", "EfA", "Landeslösung", "Eigenentwicklung", "Marktlösung", "Kooperation im Verband"]
wer = ["krz", "Kreis Herford", "Kreis Lippe", "Kreis Minden-Lübbecke", "Land NRW", "Stadt Bünde", "Stadt Detmold"]
themes = sorted(by_theme)
n = 0
for theme in themes:
    pick = random.sample(by_theme[theme], min(5, len(by_theme[theme])))
    for r in pick:
        n += 1
        start = datetime.date(2019, 1, 1) + datetime.timedelta(days=random.randint(0, 1200))
        end = start + datetime.timedelta(days=random.randint(90, 900))
        status = random.choice(["geplant", "in Umsetzung", "umgesetzt", "umgesetzt", "in Umsetzung"])
        if status == "umgesetzt" and end > datetime.date(2022, 6, 30):
            status = "in Umsetzung"
        ist = random.choice([0, 1, 1, 2]) if status != "umgesetzt" else random.choice([3, 4])
        ziel = max(ist, random.choice([3, 3, 4]))
        style = n % 4
        if style == 0:
            end_cell = end
        elif style == 1:
            end_cell = f"Q{(end.month - 1) // 3 + 1}/{end.year}"
        elif style == 2:
            end_cell = end.strftime("%Y-%m")
        else:
            end_cell = end.strftime("%d.%m.%Y")
        ws.append([int(r["OZG-ID"]), r["OZG-Leistung"], r["LeiKa-Schlüssel"], r["Leistungsbezeichnung"],
                   f"{r['OZG-Leistung']} online", random.choice(ansatz), random.choice(wer), start, end_cell,
                   status, ist, ziel, random.choice([1, 2, 3]), "Beispieldaten"])
        ws.cell(ws.max_row, 8).number_format = "DD.MM.YYYY"
        if isinstance(end_cell, datetime.date):
            ws.cell(ws.max_row, 9).number_format = "DD.MM.YYYY"
        ws.cell(ws.max_row, 3).number_format = "@"
wb.properties.title = "Umsetzungsplanung (Beispieldaten)"
wb.save(sys.argv[2])
print(n)
