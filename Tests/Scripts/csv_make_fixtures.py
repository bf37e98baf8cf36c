#!/usr/bin/env python3
"""Writes the CSV fixtures of CSVReaderTests into Tests/OZGFormatTests/Fixtures/csv.

Run from the repository root: python3 Tests/Scripts/csv_make_fixtures.py
The files are committed; this script documents how they were made.
"""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "OZGFormatTests", "Fixtures", "csv")


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# German Excel, "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF, decimal comma.
write("german-excel-1252.csv", (
    "Kommune;Straße;Größe;Preis;Schlüssel;Aktiv\r\n"
    "München;Maßstraße 1;1,5;12,50 €;99107023017000;WAHR\r\n"
    "Köln;\"Übergang; Süd\";1.234,5;0,99 €;08111000;FALSCH\r\n"
).encode("cp1252"))

# UTF-8 with BOM, commas, LF.
write("utf8-bom.csv", ("\ufeff" + "Name,Wert,Datum\n" "Ärger,1.5,2024-03-15\n" "Emoji 🙂,-2,15.03.2024\n").encode("utf-8"))

# Quoted fields with line breaks (CRLF and LF), doubled quotes, CR-only record ends, blank line.
write("quoted-newlines.csv", (
    b'ID,Text,Hinweis\r\n'
    b'1,"Zeile 1\r\nZeile 2","Er sagte ""Hallo"""\r\n'
    b'\r\n'
    b'2,"a,b","x\ny"\r'
    b'3,ende,\r'
))

# Tab-separated.
write("tabs.tsv", "A\tB\tC\n1\tzwei, drei\t;\n".encode("utf-8"))

# Formula-like text as other programs wrote it.
write("formula-like.csv", "Text;Telefon;Zahl;Leer\r\n=1+1;+49 30 1234;-5;-\r\n@SUM(A1);=HYPERLINK(\"http://x\");+3,5;'=2\r\n".encode("utf-8"))

# UTF-16 little endian with BOM, tabs (Excel's "Unicode text").
write("utf16le-bom.txt", "\ufeffName\tOrt\nÄnne\tGörlitz\n".encode("utf-16-le"))

# Excel's sep= hint line.
write("sep-line.csv", "sep=,\r\nA,B\r\n1;2,3\r\n".encode("utf-8"))

# A NUL byte (binary garbage).
write("nul.csv", b"a,b\n1,\x00x\n")
