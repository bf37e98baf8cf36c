#!/usr/bin/env python3
"""Writes the workbook of the `ozg cat --format json` contract with openpyxl.

Usage: cli_make_contract.py OUT.xlsx

Sheet "Tabelle1", row 1: 1.5, "Text", TRUE, (empty), 2021-01-31 (date format),
2021-01-31 10:15 (date-time format), 10:15 (time format), 1 hour ([h]:mm:ss), #DIV/0!.
Then a hidden sheet "Versteckt" with a merged range and a value in C3 only, and an empty sheet "Leer".
"""
import datetime
import sys

from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "Tabelle1"
ws["A1"] = 1.5
ws["B1"] = "Text"
ws["C1"] = True
ws["E1"] = datetime.date(2021, 1, 31)
ws["E1"].number_format = "DD.MM.YYYY"
ws["F1"] = datetime.datetime(2021, 1, 31, 10, 15)
ws["F1"].number_format = "DD.MM.YYYY HH:MM"
ws["G1"] = datetime.time(10, 15)
ws["G1"].number_format = "HH:MM:SS"
ws["H1"] = datetime.timedelta(hours=1)
ws["H1"].number_format = "[h]:mm:ss"
ws["I1"] = "#DIV/0!"
ws["I1"].data_type = "e"

hidden = wb.create_sheet("Versteckt")
hidden.sheet_state = "hidden"
hidden["C3"] = "Mitte"
hidden.merge_cells("C3:D4")

wb.create_sheet("Leer")
wb.save(sys.argv[1])
