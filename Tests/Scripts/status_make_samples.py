#!/usr/bin/env python3
"""Fills council packs' status sheets with made-up answers (Beispieldaten) for Samples/status/.

Usage: status_make_samples.py PACK.xlsx OUT.xlsx
(scripts/make-status-samples.sh makes the packs from the sample workspace and calls this.)

Each relevant Leistung gets, deterministically by council and LeiKa key, what a council's clerk
might write: a status (a third online, the rest in Umsetzung, in Planung, offen, now and then
`nicht zuständig`), for online ones an invented address under example.org (some without scheme),
a solution and its kind, a Reifegrad on the pack's scale, a priority, a case count (`ca. 1.200`
now and then), a planned date as quarter or date, a contact. The cover sheet and the document
properties say Beispieldaten.
"""
import random
import re
import sys

from openpyxl import load_workbook

SOLUTIONS = [
    ("Wohngeld-Digital", "EfA"), ("Antragsportal NRW (Beispiel)", "Landeslösung"), ("Formularserver des Rechenzentrums", "Lösung des Rechenzentrums"),
    ("Bürgerportal Muster", "Marktprodukt"), ("eigenes Online-Formular", "Eigenentwicklung"), ("Serviceportal Lippe (Beispiel)", "Lösung des Rechenzentrums"),
]
STATES = ["online"] * 6 + ["in Umsetzung"] * 4 + ["in Planung"] * 4 + ["offen"] * 5 + ["nicht zuständig"]


def main(src, dst):
    wb = load_workbook(src)
    ws = wb["Umsetzungsstand"]
    header = next(r for r in range(1, 15) if ws.cell(r, 1).value == "LeiKa-Schlüssel")
    top = int(re.search(r"0–(\d)", ws.cell(header, 10).value).group(1))
    hinweise = wb["Hinweise"]
    kommune = next(row[1].value for row in hinweise.iter_rows() if row[0].value == "Für")
    kommune = re.sub(r" \(.*\)$", "", kommune)
    slug = re.sub(r"[^a-z]+", "-", kommune.lower().replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")).strip("-")
    r = header + 1
    while ws.cell(r, 1).value:
        key = str(ws.cell(r, 1).value)
        rng = random.Random(f"{kommune}|{key}|{r}")
        if rng.random() < 0.35:  # not answered yet
            r += 1
            continue
        state = rng.choice(STATES)
        ws.cell(r, 6).value = state if rng.random() < 0.8 else {"online": "online seit 2023", "in Planung": "geplant",
                                                                "in Umsetzung": "in Bearbeitung"}.get(state, state)
        if state in ("online", "in Umsetzung"):
            name, kind = rng.choice(SOLUTIONS)
            ws.cell(r, 8).value = name
            ws.cell(r, 9).value = kind
            ws.cell(r, 10).value = rng.randint(2, top) if state == "online" else rng.randint(0, 2)
        if state == "online":
            url = f"service.example.org/{slug}/{key[-6:]}"
            ws.cell(r, 7).value = url if rng.random() < 0.3 else "https://" + url
        if state != "nicht zuständig":
            ws.cell(r, 11).value = rng.choice(["hoch", "mittel", "niedrig"])
            n = rng.choice([40, 120, 350, 800, 1200, 2500])
            ws.cell(r, 12).value = f"ca. {n:,}".replace(",", ".") if rng.random() < 0.3 else n
        if state in ("in Planung", "in Umsetzung"):
            y = rng.choice([2026, 2027, 2028])
            ws.cell(r, 13).value = f"Q{rng.randint(1, 4)}/{y}" if rng.random() < 0.6 else f"31.12.{y}"
        ws.cell(r, 14).value = "Fachdienst Bürgerservice (Beispieldaten)"
        if state == "nicht zuständig":
            ws.cell(r, 15).value = "Beispieldaten: erledigt der Kreis"
        r += 1
    last = hinweise.max_row + 1
    hinweise.cell(last, 1).value = "Beispieldaten"
    hinweise.cell(last, 2).value = "Diese Rückmeldung ist erfunden und dient nur der Vorführung."
    wb.properties.keywords = "OZG; Beispieldaten"
    wb.save(dst)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
