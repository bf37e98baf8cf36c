#!/usr/bin/env python3
"""Writes the .xlsx that LibreOffice converts to .ods for the ODS reader test.

usage: ods_lo_source.py OUT.xlsx
Column B is formatted as a whole column (percent), which makes LibreOffice repeat the last
row to the end of the sheet (table:number-rows-repeated="1048…") in the .ods it writes.
"""
import datetime
import sys

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Leistungen"
ws.append(["Leistung", "Anteil", "Frist", "Online", "Wert", "Zeitpunkt", "Dauer"])
ws.append(["Wohngeld", 0.25, datetime.date(2024, 3, 31), True, 1, datetime.datetime(2023, 1, 1, 12, 0), datetime.timedelta(hours=30)])
ws.append(["Elterngeld", 0.5, datetime.date(2024, 4, 30), False, 2, datetime.datetime(2023, 1, 2, 8, 30), datetime.timedelta(minutes=90)])
ws.append(["Summe", None, None, None, "=SUM(E2:E3)*14", None, None])
ws["E4"].value = "=SUM(E2:E3)*14"
ws.append(["verbunden", None])
ws.merge_cells("A5:B5")
for c in ws[1]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
for r in range(2, 4):
    ws.cell(r, 2).number_format = "0%"
    ws.cell(r, 3).number_format = "DD.MM.YYYY"
    ws.cell(r, 6).number_format = "yyyy-mm-dd hh:mm"
    ws.cell(r, 7).number_format = "[h]:mm:ss"
ws.column_dimensions["A"].width = 30
ws.column_dimensions["B"].number_format = "0%"  # formats the whole column
dv = DataValidation(type="list", formula1='"ja,nein"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D2:D3")
ws.auto_filter.ref = "A1:G4"
ws.freeze_panes = "A2"
lists = wb.create_sheet("Listen")
lists["A1"] = "ja"
lists.sheet_state = "hidden"
wb.save(sys.argv[1])
