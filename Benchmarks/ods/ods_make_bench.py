#!/usr/bin/env python3
"""Writes the 200,000 x 15 benchmark workbook (text, numbers, dates, booleans) as .xlsx.

usage: ods_make_bench.py OUT.xlsx [ROWS]
openpyxl write-only mode; LibreOffice converts it to .ods in bench_ods.sh.
"""
import datetime
import random
import sys

import openpyxl

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
rnd = random.Random(42)
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Daten")
kinds = ["Antrag", "Bescheid", "Auskunft", "Anzeige", "Erlaubnis"]
ws.append(["Nr", "Leistung", "Typ", "Betrag", "Datum", "Aktiv", "Anteil", "Kommune",
           "Menge", "Faktor", "Frist", "Bemerkung", "Online", "Wert", "Schlüssel"])
base = datetime.date(2019, 1, 1)
for i in range(1, rows + 1):
    ws.append([
        i, f"Leistung {i}", kinds[i % 5], round(rnd.random() * 10000, 2),
        base + datetime.timedelta(days=i % 2000), i % 3 == 0, rnd.random(), f"Kommune {i % 577}",
        rnd.randint(0, 1000), rnd.random() * 3, base + datetime.timedelta(days=(i * 7) % 3000),
        f"Bemerkung zu {i}", i % 2 == 0, rnd.random() * 1e6, f"99{i:08d}",
    ])
wb.save(out)
