#!/usr/bin/env python3
"""Generates the filled Paten working sheets of Samples/working-sheets/ and expected.json.

BEISPIELDATEN: every verdict, date and name in these files is made up. The catalogue rows are
real (Samples/data/ozg-katalog-2019.csv). Each file shows real-life variants from DOMAIN.md:

  01-titelzeilen.xlsx      header in row 4 under title rows, full names, a Summe row
  02-zweizeilig.xlsx       two-row header under a merged "Relevanz je Kommunaltyp", wrapped
                           headers, abbreviations GKS/MKS/kreisang. Gemeinde, keys as numbers,
                           ✓ / teilw. / (x)
  03-umgestellt.xlsx       one sheet per Themenfeld, reordered columns, an extra column
                           "Bemerkung Kreis Lippe", a hidden column, WAHR/FALSCH cells, 1/0
                           numbers, Hinweise and Legende sheets
  04-libreoffice.ods       made by LibreOffice from an .xlsx: Kommunale Relevanz over
                           Kreis | GKS | MKS | Gemeinde, and an Umsetzungsplanung with date cells,
                           Q3/2022 and 2022-12
  05-excel-export.csv      semicolon CSV in Windows-1252 as German Excel writes it, keys with spaces
  06-fehler.xlsx           invalid values: sentences, an unknown and a broken key, a contradiction,
                           a date that is none, a serial number, a bad Status and Reifegrad

Usage: sheet_make_samples.py [OUTDIR] [CATALOG_CSV]; needs openpyxl, and soffice for the .ods.
"""
import csv
import datetime
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Samples", "working-sheets")
CATALOG = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Samples", "data", "ozg-katalog-2019.csv")

TYPES = ["Kreis", "Große kreisangehörige Stadt", "Mittlere kreisangehörige Stadt", "Kreisangehörige Stadt/Gemeinde"]
SPELLINGS = {
    "ja": ["ja", "Ja", "x", "X", "✓", "1", "WAHR"],
    "nein": ["nein", "Nein", "-", "0", "FALSCH"],
    "teilweise": ["teilw.", "(x)", "teilweise"],
}

rng = random.Random(20220301)
catalog = list(csv.DictReader(open(CATALOG, encoding="utf-8")))


def trusted(row):
    """The catalogue's test rows (a key that is no LeiKa key, LeiKa-Typ 44) never reach a template."""
    k = row["LeiKa-Schlüssel"]
    return (k == "" or k == "nicht im LeiKa" or (len(k) == 14 and k.startswith("99"))) and row["LeiKa-Typ"] != "44"


def rows_of(themenfeld, start, count):
    rows = [r for r in catalog if r["Themenfeld"] == themenfeld and trusted(r)]
    return rows[start:start + count]


def pick_verdict():
    x = rng.random()
    return "ja" if x < 0.35 else "nein" if x < 0.7 else "teilweise" if x < 0.8 else "offen"


def spelling(verdict, allowed=None):
    if verdict == "offen":
        return None
    choices = SPELLINGS[verdict] if allowed is None else [s for s in SPELLINGS[verdict] if s in allowed]
    return rng.choice(choices)


def key_cell(row, as_number=False):
    k = row["LeiKa-Schlüssel"]
    if as_number and k.isdigit():
        return int(k)
    return k


def cell(col, row):
    return f"{get_column_letter(col)}{row}"


class Expect:
    def __init__(self):
        self.counts = {"ja": 0, "nein": 0, "teilweise": 0}
        self.findings = []
        self.vorhaben = 0
        self.extra = []

    def verdict(self, v):
        if v != "offen":
            self.counts[v] += 1

    def finding(self, sheet, ref, severity):
        self.findings.append({"sheet": sheet, "cell": ref, "severity": severity})

    def as_json(self):
        return {
            "verdicts": sum(self.counts.values()),
            "byRelevanz": self.counts,
            "vorhaben": self.vorhaben,
            "extraColumns": self.extra,
            "findings": self.findings,
        }


def header_style(ws, row, ncols):
    for c in range(1, ncols + 1):
        ws.cell(row=row, column=c).font = Font(bold=True)
        ws.cell(row=row, column=c).alignment = Alignment(wrap_text=True, vertical="top")


def beispiel_hinweise(wb, title="Hinweise"):
    ws = wb.create_sheet(title)
    ws["A1"] = "Beispieldaten – die Bewertungen sind erfunden."
    ws["A2"] = "Bitte je Kommunaltyp ja, nein oder teilweise eintragen."
    return ws


def file01(path):
    """Header in row 4 under title rows; full names; a Summe row."""
    e = Expect()
    wb = Workbook()
    ws = wb.active
    ws.title = "Bauen & Wohnen"
    ws["A1"] = "FAG OZG – Relevanzprüfung Themenfeld Bauen & Wohnen (Beispieldaten)"
    ws["A2"] = "Themenpate: Erika Beispiel, Stand 01.03.2022"
    header = ["Themenfeld", "Lage", "OZG-ID", "OZG-Leistung", "LeiKa-Schlüssel", "Leistungsbezeichnung", "LeiKa-Typ"] + TYPES + [
        "Anmerkung", "geprüft von", "geprüft am"]
    for c, h in enumerate(header, 1):
        ws.cell(row=4, column=c, value=h)
    header_style(ws, 4, len(header))
    r = 5
    sums = [0, 0, 0, 0]
    for row in rows_of("Bauen & Wohnen", 0, 30):
        values = [row["Themenfeld"], row["Lage"], int(row["OZG-ID"]), row["OZG-Leistung"], key_cell(row),
                  row["Leistungsbezeichnung"], row["LeiKa-Typ"]]
        for c, v in enumerate(values, 1):
            ws.cell(row=r, column=c, value=v)
        for t in range(4):
            v = pick_verdict()
            s = spelling(v, allowed={"ja", "Ja", "x", "X", "nein", "Nein", "-", "teilweise"})
            if s is not None:
                ws.cell(row=r, column=8 + t, value=s)
                e.verdict(v)
                if v != "nein":
                    sums[t] += 1
        ws.cell(row=r, column=13, value="M. Muster")
        ws.cell(row=r, column=14, value=datetime.date(2022, 2, 1 + r % 27)).number_format = "DD.MM.YYYY"
        r += 1
    ws.cell(row=r, column=1, value="Summe")
    for t in range(4):
        ws.cell(row=r, column=8 + t, value=sums[t])
    wb.save(path)
    return e


def file02(path):
    """Two-row header under merged group cells; abbreviations; keys as numbers."""
    e = Expect()
    wb = Workbook()
    ws = wb.active
    ws.title = "Familie"
    ws["A1"] = "OZG-Nr."
    ws["B1"] = "LeiKa-Nr."
    ws["C1"] = "Leistungs-\nbezeichnung"
    ws["D1"] = "Relevanz je Kommunaltyp"
    ws["H1"] = "Bemerkung"
    for col in ("A", "B", "C", "H"):
        ws.merge_cells(f"{col}1:{col}2")
    ws.merge_cells("D1:G1")
    for c, h in enumerate(["Kreis", "GKS", "MKS", "kreisang.\nGemeinde"], 4):
        ws.cell(row=2, column=c, value=h)
    header_style(ws, 1, 8)
    header_style(ws, 2, 8)
    r = 3
    for row in rows_of("Familie & Kind", 0, 25):
        ws.cell(row=r, column=1, value=int(row["OZG-ID"]))
        k = key_cell(row, as_number=True)
        kc = ws.cell(row=r, column=2, value=k)
        if isinstance(k, int):
            kc.number_format = "0"
        ws.cell(row=r, column=3, value=row["Leistungsbezeichnung"])
        for t in range(4):
            v = pick_verdict()
            s = spelling(v, allowed={"✓", "x", "-", "nein", "teilw.", "(x)"})
            if s is not None:
                ws.cell(row=r, column=4 + t, value=s)
                e.verdict(v)
        r += 1
    wb.save(path)
    return e


def file03(path):
    """One sheet per Themenfeld, reordered and extra columns, hidden column, booleans, 1/0."""
    e = Expect()
    e.extra = ["Bemerkung Kreis Lippe", "Ansprechpartner"]
    wb = Workbook()
    beispiel_hinweise(wb, "Hinweise")
    wb.remove(wb.active)
    wb.move_sheet("Hinweise", offset=-1)
    for tf, start in (("Recht & Ordnung", 0), ("Gesundheit", 10)):
        ws = wb.create_sheet(tf.split(" ")[0])
        header = ["Gemeinde", "Leistung", "Kreis", "Bemerkung Kreis Lippe", "OZG-ID", "Schlüssel", "MKS", "GKS",
                  "Ansprechpartner", "Lebenslage"]
        for c, h in enumerate(header, 1):
            ws.cell(row=1, column=c, value=h)
        header_style(ws, 1, len(header))
        # The added columns are kept and named in a warning each (not understood).
        e.finding(ws.title, "D1", "warning")
        e.finding(ws.title, "I1", "warning")
        ws.column_dimensions["J"].hidden = True
        cols = {"Gemeinde": 1, "Kreis": 3, "MKS": 7, "GKS": 8}
        r = 2
        for row in rows_of(tf, start, 15):
            ws.cell(row=r, column=2, value=row["Leistungsbezeichnung"])
            ws.cell(row=r, column=5, value=int(row["OZG-ID"]))
            ws.cell(row=r, column=6, value=key_cell(row))
            ws.cell(row=r, column=10, value=row["Lage"])
            for name, col in cols.items():
                v = pick_verdict()
                if v == "offen":
                    continue
                form = rng.choice(["bool", "num", "text"])
                if form == "bool" and v in ("ja", "nein"):
                    ws.cell(row=r, column=col, value=(v == "ja"))
                elif form == "num" and v in ("ja", "nein"):
                    ws.cell(row=r, column=col, value=1 if v == "ja" else 0)
                else:
                    ws.cell(row=r, column=col, value=spelling(v))
                e.verdict(v)
            if r % 4 == 0:
                ws.cell(row=r, column=4, value="Zuständig: Fachbereich 3 (Beispiel)")
            if r % 5 == 0:
                ws.cell(row=r, column=9, value="Herr Beispiel")
            r += 1
    lg = wb.create_sheet("Legende")
    lg["A1"] = "x = ja, - = nein, (x) = teilweise"
    wb.save(path)
    return e


def file04(path, tmp):
    """Made by LibreOffice: an .xlsx converted to .ods; roadmap with dates."""
    e = Expect()
    wb = Workbook()
    ws = wb.active
    ws.title = "Relevanz"
    ws["A1"] = "Themenfeld"
    ws["B1"] = "OZG-ID"
    ws["C1"] = "LeiKa-Schlüssel"
    ws["D1"] = "Bezeichnung"
    ws["E1"] = "Kommunale Relevanz"
    ws.merge_cells("E1:H1")
    for col in "ABCD":
        ws.merge_cells(f"{col}1:{col}2")
    for c, h in enumerate(["Kreis", "GKS", "MKS", "Gemeinde"], 5):
        ws.cell(row=2, column=c, value=h)
    r = 3
    chosen = rows_of("Mobilität & Reisen", 0, 15) + rows_of("Bildung", 0, 10)
    for row in chosen:
        ws.cell(row=r, column=1, value=row["Themenfeld"])
        ws.cell(row=r, column=2, value=int(row["OZG-ID"]))
        ws.cell(row=r, column=3, value=key_cell(row))
        ws.cell(row=r, column=4, value=row["Leistungsbezeichnung"])
        for t in range(4):
            v = pick_verdict()
            s = spelling(v, allowed={"ja", "nein", "x", "-", "teilweise", "(x)"})
            if s is not None:
                ws.cell(row=r, column=5 + t, value=s)
                e.verdict(v)
        r += 1
    up = wb.create_sheet("Umsetzungsplanung")
    header = ["OZG-ID", "LeiKa-Schlüssel", "Lösungsansatz", "Verantwortlich", "Start", "Ende", "Status", "Reifegrad Ist",
              "Reifegrad Ziel", "Priorität"]
    for c, h in enumerate(header, 1):
        up.cell(row=1, column=c, value=h)
    plans = [
        (chosen[0], "EfA", "krz", datetime.date(2021, 10, 1), "Q3/2022", "in Umsetzung", 1, "3 – Online-Leistung", 1),
        (chosen[1], "Landeslösung", "Land NRW", "2022-01", datetime.date(2022, 12, 31), "geplant", "0", 3, "hoch"),
        (chosen[16], "Eigenentwicklung", "Stadt Beispiel", datetime.date(2022, 3, 1), "2022-12", "umgesetzt", 2, 4, 2),
    ]
    for i, p in enumerate(plans, 2):
        row, ansatz, wer, start, ende, status, ist, ziel, prio = p
        up.cell(row=i, column=1, value=int(row["OZG-ID"]))
        up.cell(row=i, column=2, value=key_cell(row))
        up.cell(row=i, column=3, value=ansatz)
        up.cell(row=i, column=4, value=wer)
        for col, v in ((5, start), (6, ende)):
            c = up.cell(row=i, column=col, value=v)
            if isinstance(v, datetime.date):
                c.number_format = "DD.MM.YYYY"
        up.cell(row=i, column=7, value=status)
        up.cell(row=i, column=8, value=ist)
        up.cell(row=i, column=9, value=ziel)
        up.cell(row=i, column=10, value=prio)
        e.vorhaben += 1
    src = os.path.join(tmp, "04-libreoffice.xlsx")
    wb.save(src)
    profile = os.path.join(tmp, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "ods",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "04-libreoffice.ods"), path)
    return e


def file05(path):
    """Semicolon CSV, Windows-1252, keys with spaces, as German Excel writes it."""
    e = Expect()
    lines = [["OZG-ID", "LeiKa-Schlüssel", "Leistungsbezeichnung", "Kreis", "GKS", "MKS", "kreisang. Gemeinde", "Anmerkung"]]
    for i, row in enumerate(rows_of("Steuern & Zoll", 0, 20)):
        k = row["LeiKa-Schlüssel"]
        if i % 3 == 0 and k.isdigit():
            k = f"{k[:5]} {k[5:11]} {k[11:]}"
        line = [row["OZG-ID"], k, row["Leistungsbezeichnung"]]
        for t in range(4):
            v = pick_verdict()
            s = spelling(v, allowed={"ja", "Ja", "x", "nein", "-", "teilw.", "(x)"})
            line.append(s or "")
            if s is not None:
                e.verdict(v)
        line.append("Gebühren prüfen (Beispiel)" if i % 6 == 0 else "")
        lines.append(line)
    with open(path, "w", encoding="cp1252", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(lines)
    return e


def file06(path):
    """Invalid values, each of which must become a finding with its cell."""
    e = Expect()
    wb = Workbook()
    ws = wb.active
    ws.title = "Bewertung"
    header = ["OZG-ID", "LeiKa-Schlüssel", "Leistungsbezeichnung", "Kreis", "GKS", "MKS", "Gemeinde", "geprüft am"]
    for c, h in enumerate(header, 1):
        ws.cell(row=1, column=c, value=h)
    rows = rows_of("Umwelt", 0, 12)
    r = 2
    for i, row in enumerate(rows):
        ws.cell(row=r, column=1, value=int(row["OZG-ID"]))
        ws.cell(row=r, column=2, value=key_cell(row))
        ws.cell(row=r, column=3, value=row["Leistungsbezeichnung"])
        for t in range(4):
            v = ["ja", "nein", "teilweise", "ja"][(i + t) % 4]
            ws.cell(row=r, column=4 + t, value=v)
            e.verdict(v)
        r += 1
    # A sentence and a "vielleicht" in otherwise good rows: the cell is an error, the rest counts.
    ws["E3"] = "nur wenn der Kreis zuständig ist"
    e.counts[["ja", "nein", "teilweise", "ja"][(1 + 1) % 4]] -= 1
    e.finding("Bewertung", "E3", "error")
    ws["G5"] = "vielleicht"
    e.counts[["ja", "nein", "teilweise", "ja"][(3 + 3) % 4]] -= 1
    e.finding("Bewertung", "G5", "error")
    # A date that is none, and a serial number in a General cell (read with a warning).
    ws["H2"] = "irgendwann"
    e.finding("Bewertung", "H2", "error")
    ws["H4"] = 44926
    e.finding("Bewertung", "H4", "warning")
    # An unknown key and a broken key: the rows' verdicts are not taken.
    for key, name in (("99999999999999", "Erfundene Leistung (Beispiel)"), ("12345", "Kaputter Schlüssel (Beispiel)")):
        ws.cell(row=r, column=1, value=int(rows[0]["OZG-ID"]))
        ws.cell(row=r, column=2, value=key)
        ws.cell(row=r, column=3, value=name)
        ws.cell(row=r, column=4, value="ja")
        e.finding("Bewertung", cell(2, r), "error")
        r += 1
    # The first row once more with a contradicting Kreis verdict: neither is taken.
    first = rows[0]
    ws.cell(row=r, column=1, value=int(first["OZG-ID"]))
    ws.cell(row=r, column=2, value=key_cell(first))
    ws.cell(row=r, column=3, value=first["Leistungsbezeichnung"])
    ws.cell(row=r, column=4, value="nein")  # row 2 said "ja"
    e.counts["ja"] -= 1
    e.finding("Bewertung", cell(4, r), "error")
    r += 1
    ws.cell(row=r, column=1, value="Gesamt")
    up = wb.create_sheet("Umsetzungsplanung")
    for c, h in enumerate(["OZG-ID", "LeiKa-Schlüssel", "Status", "Reifegrad Ziel", "Start", "Ende"], 1):
        up.cell(row=1, column=c, value=h)
    up.append([int(rows[1]["OZG-ID"]), key_cell(rows[1]), "vielleicht bald", 3, "2022-01", "2022-06"])
    e.finding("Umsetzungsplanung", "C2", "error")
    up.append([int(rows[2]["OZG-ID"]), key_cell(rows[2]), "geplant", 7, "2022-01", "Q5/2022"])
    e.finding("Umsetzungsplanung", "D3", "error")
    e.finding("Umsetzungsplanung", "F3", "error")
    up.append([int(rows[3]["OZG-ID"]), key_cell(rows[3]), "geplant", 3, "2022-09", "2022-03"])
    e.finding("Umsetzungsplanung", "F4", "warning")
    e.vorhaben += 1
    wb.save(path)
    return e


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {"note": "Beispieldaten: made up by Tests/Scripts/sheet_make_samples.py", "files": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for name, fn in (
            ("01-titelzeilen.xlsx", file01),
            ("02-zweizeilig.xlsx", file02),
            ("03-umgestellt.xlsx", file03),
            ("04-libreoffice.ods", lambda p: file04(p, tmp)),
            ("05-excel-export.csv", file05),
            ("06-fehler.xlsx", file06),
        ):
            expected["files"][name] = fn(os.path.join(OUT, name)).as_json()
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
