#!/usr/bin/env python3
"""Fills the status sheet (`Umsetzungsstand`) of a council pack the way a clerk would, with
openpyxl, checks the sheet's set-up first, and prints what the ingest must make of it.

Usage: status_fill_openpyxl.py PACK.xlsx FILLED.xlsx SCENARIO [--rename-kommune NAME]

Checks (exit 2 with a message when not): a sheet `Umsetzungsstand` after `Relevante Leistungen`,
protected; its header row with the key columns LeiKa-Schlüssel, OZG-ID, Leistung, Themenfeld,
Relevanz (locked) and the input columns (unlocked, drop-downs that warn on Umsetzungsstand, Art
der Lösung, Reifegrad and Priorität); the Reifegrad header naming its model; the `Hinweise`
sheet with `Für` and `Vorbelegt am`.

SCENARIO is one of
  clerk     abbreviations, `online seit 2023`, URLs without scheme, `ca. 1.200`, `Q3/2027`,
            `3. Quartal 2027`, `31.03.2027`, `2027`, a Reifegrad beyond the scale, `nicht
            zuständig`, an unreadable status, Fallzahl and date, text where a URL belongs
  short     two plain answers (for the file-name and .ods cases)
  change    changes the Umsetzungsstand of the first data row to `in Umsetzung`

Prints JSON:
{"kommune": "…", "vorbelegtAm": "…" | null, "hinweiseCell": "B6", "modell": "1.1",
 "rows": [{"leika": "…", "ozgId": 10515, "stand": "online", "url": …, "loesung": …, "loesungsart": …,
           "reifegrad": 3 | null, "prioritaet": …, "fallzahl": 1200 | null, "geplantBis": …,
           "geplantBisDatum": "2027-09-30" | null, "ansprechpartner": …, "anmerkung": …}],
 "findings": [{"sheet": "Umsetzungsstand", "cell": "J9", "severity": "error", "kind": "reifegrad"}]}
The expectations are written here beside the inputs, independently of the Swift reader.
"""
import json
import re
import sys

from openpyxl import load_workbook

KEYS = ["LeiKa-Schlüssel", "OZG-ID", "Leistung", "Themenfeld", "Relevanz"]
INPUTS = ["Umsetzungsstand", "Online-Dienst (URL)", "Lösung", "Art der Lösung", None, "Priorität",
          "Fallzahl pro Jahr", "geplant bis", "Ansprechpartner", "Anmerkung"]
FIELDS = ["stand", "url", "loesung", "loesungsart", "reifegrad", "prioritaet", "fallzahl", "geplantBis",
          "ansprechpartner", "anmerkung"]


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(2)


def blank_row():
    return {f: None for f in FIELDS} | {"geplantBisDatum": None}


def main(src, dst, scenario, rename):
    wb = load_workbook(src)
    names = wb.sheetnames
    if "Umsetzungsstand" not in names or names.index("Umsetzungsstand") != names.index("Relevante Leistungen") + 1:
        fail(f"sheets: {names}")
    ws = wb["Umsetzungsstand"]
    if not ws.protection.sheet:
        fail("Umsetzungsstand not protected")
    header = next((r for r in range(1, 15) if ws.cell(r, 1).value == "LeiKa-Schlüssel"), None)
    if header is None:
        fail("no header row")
    heads = [ws.cell(header, c).value for c in range(1, 16)]
    if heads[:5] != KEYS:
        fail(f"keys: {heads[:5]}")
    for i, h in enumerate(INPUTS):
        if h is not None and heads[5 + i] != h:
            fail(f"input column {5 + i}: {heads[5 + i]!r}")
    m = re.match(r"Reifegrad \(Modell (1\.1|2\.0): 0–(\d)\)", heads[9] or "")
    if not m:
        fail(f"Reifegrad header: {heads[9]!r}")
    modell, top = m.group(1), int(m.group(2))
    first = header + 1
    last = first
    while ws.cell(last + 1, 1).value:
        last += 1
    if ws.cell(first, 1).protection.locked is not True or ws.cell(first, 6).protection.locked is not False:
        fail("key cells must be locked, input cells unlocked")
    lists = {}
    for dv in ws.data_validations.dataValidation:
        if dv.errorStyle != "warning":
            fail(f"drop-down refuses instead of warning: {dv.sqref}")
        lists[str(dv.sqref)[0]] = dv.formula1
    for col in "FIJK":
        if col not in lists:
            fail(f"no drop-down in column {col}: {lists}")
    if "nicht zuständig" not in lists["F"] or str(top) not in lists["J"]:
        fail(f"lists: {lists}")

    h = wb["Hinweise"]
    kommune, vorbelegt, hinweise_cell = None, None, None
    for row in h.iter_rows():
        if row[0].value == "Für":
            kommune, hinweise_cell = row[1].value, row[1].coordinate
            if rename:
                row[1].value = rename
                kommune = rename
        if row[0].value == "Vorbelegt am":
            vorbelegt = None if row[1].value in (None, "—") else row[1].value
    if kommune is None:
        fail("Hinweise without Für")
    kommune = re.sub(r" \(.*\)$", "", kommune)

    rows, findings = [], []

    def key(r):
        return {"leika": ws.cell(r, 1).value, "ozgId": ws.cell(r, 2).value}

    def put(r, values, expect):
        for col, v in values.items():
            ws.cell(r, col).value = v
        if expect is not None:
            rows.append(key(r) | blank_row() | expect)

    def finding(r, col, severity, kind):
        findings.append({"sheet": "Umsetzungsstand", "cell": f"{'ABCDEFGHIJKLMNO'[col - 1]}{r}", "severity": severity, "kind": kind})

    r = first
    if scenario == "clerk":
        if last - first < 8:
            fail(f"need 9 rows, have {last - first + 1}")
        put(r, {6: "online seit 2023", 7: "www.lemgo.de/wohngeld", 8: "Wohngeld-Digital", 9: "EfA", 10: 3, 11: "h",
                12: "ca. 1.200", 14: "Frau Muster", 15: "seit März"},
            {"stand": "online", "url": "www.lemgo.de/wohngeld", "loesung": "Wohngeld-Digital", "loesungsart": "EfA",
             "reifegrad": 3, "prioritaet": "hoch", "fallzahl": 1200, "ansprechpartner": "Frau Muster", "anmerkung": "seit März"})
        put(r + 1, {6: "i.P.", 9: "Land", 11: "mittel", 12: 250, 13: "Q3/2027"},
            {"stand": "in Planung", "loesungsart": "Landeslösung", "prioritaet": "mittel", "fallzahl": 250,
             "geplantBis": "Q3/2027", "geplantBisDatum": "2027-09-30"})
        put(r + 2, {6: "in Bearb.", 9: "RZ", 10: "Stufe 2", 13: "3. Quartal 2027"},
            {"stand": "in Umsetzung", "loesungsart": "Lösung des Rechenzentrums", "reifegrad": 2,
             "geplantBis": "3. Quartal 2027", "geplantBisDatum": "2027-09-30"})
        # A Reifegrad beyond the configured scale: an error, the rest of the row stored.
        put(r + 3, {6: "umgesetzt", 7: "https://service.example.org/bauantrag", 9: "Marktprodukt", 10: top + 2,
                    13: "31.03.2027"},
            {"stand": "online", "url": "https://service.example.org/bauantrag", "loesungsart": "Marktprodukt",
             "geplantBis": "31.03.2027", "geplantBisDatum": "2027-03-31"})
        finding(r + 3, 10, "error", "reifegrad")
        # Relevant by its type, and yet `nicht zuständig`: stored, a warning for the staff.
        put(r + 4, {6: "nicht zuständig", 15: "macht der Kreis"},
            {"stand": "nicht zuständig", "anmerkung": "macht der Kreis"})
        finding(r + 4, 6, "warning", "nichtZustaendig")
        # An unreadable status: the row is not stored.
        put(r + 5, {6: "vielleicht", 8: "irgendwas"}, None)
        finding(r + 5, 6, "error", "stand")
        # An unreadable Fallzahl: an error, the rest stored; a bare year as planned date.
        put(r + 6, {6: "offen", 12: "viele", 13: "2027"},
            {"stand": "offen", "geplantBis": "2027", "geplantBisDatum": "2027-12-31"})
        finding(r + 6, 12, "error", "fallzahl")
        # Text where the URL belongs: kept, not a link (warning); an unreadable date (error).
        put(r + 7, {6: "Online", 7: "siehe Homepage", 13: "irgendwann"},
            {"stand": "online", "url": "siehe Homepage"})
        finding(r + 7, 7, "warning", "url")
        finding(r + 7, 13, "error", "geplantBis")
        # A prefilled or untouched row stays out of it; the next one is written as a number-cell date.
        put(r + 8, {6: "P", 11: 3, 12: "1200 pro Jahr"},
            {"stand": "in Planung", "prioritaet": "niedrig", "fallzahl": 1200})
    elif scenario == "short":
        put(r, {6: "online", 7: "https://www.example.org/dienst", 9: "EfA", 10: 1},
            {"stand": "online", "url": "https://www.example.org/dienst", "loesungsart": "EfA", "reifegrad": 1})
        put(r + 1, {6: "geplant", 13: "Q1/2028"}, {"stand": "in Planung", "geplantBis": "Q1/2028", "geplantBisDatum": "2028-03-31"})
    elif scenario == "change":
        prior = {f: ws.cell(r, 6 + i).value for i, f in enumerate(FIELDS)}
        put(r, {6: "in Umsetzung"}, None)
        row = key(r) | blank_row()
        for f, v in prior.items():
            row[f] = v
        row["stand"] = "in Umsetzung"
        rows.append(row)
    else:
        fail(f"unknown scenario {scenario}")
    wb.save(dst)
    findings.sort(key=lambda f: (int(re.sub(r"\D", "", f["cell"])), f["cell"]))
    print(json.dumps({"kommune": kommune, "vorbelegtAm": vorbelegt, "hinweiseCell": hinweise_cell, "modell": modell,
                      "rows": rows, "findings": findings}, ensure_ascii=False))


if __name__ == "__main__":
    args = sys.argv[1:]
    rename = None
    if "--rename-kommune" in args:
        i = args.index("--rename-kommune")
        rename = args[i + 1]
        del args[i:i + 2]
    if len(args) != 3:
        fail(__doc__)
    main(args[0], args[1], args[2], rename)
