#!/usr/bin/env python3
"""Prints what openpyxl reads of a sheet's print set-up and comments, one fact per line.

Usage: print_setup_dump.py FILE.xlsx SHEET
"""
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[sys.argv[2]]
ps = ws.page_setup
print("paper", ps.paperSize)
print("orientation", ps.orientation)
print("fitToWidth", ps.fitToWidth, "fitToPage", ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None)
print("titleRows", ws.print_title_rows)
print("headerLeft", ws.oddHeader.left.text)
print("headerRight", ws.oddHeader.right.text)
print("footerCenter", ws.oddFooter.center.text)
for row in ws.iter_rows():
    for cell in row:
        if cell.comment is not None:
            print("comment", cell.coordinate, cell.comment.author, repr(cell.comment.text))
