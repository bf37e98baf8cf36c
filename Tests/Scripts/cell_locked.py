"""Prints whether the first 30 cells of row 2 of a sheet are locked, as `A2=locked B2=unlocked …`.

Usage: cell_locked.py FILE.xlsx SHEET
"""
import sys

import openpyxl
from openpyxl.utils import get_column_letter

ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(" ".join(
    f"{get_column_letter(c)}2={'locked' if ws.cell(row=2, column=c).protection.locked else 'unlocked'}"
    for c in range(1, 31)))
