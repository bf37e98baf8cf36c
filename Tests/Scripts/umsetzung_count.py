#!/usr/bin/env python3
"""An external report program (ozg-report-NAME) for the tests: reads the model as JSON on
stdin and counts, per council, the relevant Einzelleistungen by state from the model's
`umsetzung` entries, with its own reading of the documented schema (docs/REPORTS.md). It also
reports which keys and values the entries carried, so the test sees what the program received.
Standard library only."""
import json
import sys

model = json.load(sys.stdin)


def key(ident):
    return json.dumps(ident, sort_keys=True)


types = {}
for t in model["kommunaltypen"]["types"]:
    for n in [t["name"]] + t.get("aliases", []):
        types[n] = t["name"]
verdicts = {}
for v in model.get("verdicts", []):
    verdicts[(key(v["einzelleistung"]), types.get(v["kommunaltyp"], v["kommunaltyp"]))] = v["relevanz"]
exceptions = {(e["kommune"], key(e["einzelleistung"])): e["relevanz"] for e in model.get("exceptions", [])}
own, dash = {}, {}
fields, quellen, modelle = set(), set(), set()
for s in model.get("umsetzung", []):
    fields.update(s.keys())
    quellen.add(s["quelle"])
    if "reifegrad" in s:
        modelle.add(s["reifegrad"]["modell"])
    target = own if s["quelle"] == "kommune" else dash
    target[(s["kommune"], key(s["einzelleistung"]))] = s

rows = []
for k in model["kommunen"]:
    counts = {"relevant": 0, "online": 0, "in Umsetzung": 0, "in Planung": 0, "offen": 0, "dashboard": 0, "nicht zuständig": 0}
    for e in model["catalog"]["einzelleistungen"]:
        ident = key(e["id"])
        r = exceptions.get((k["name"], ident)) or verdicts.get((ident, types.get(k["kommunaltyp"], k["kommunaltyp"])), "offen")
        if r not in ("ja", "teilweise"):
            continue
        counts["relevant"] += 1
        s = own.get((k["name"], ident))
        if s is not None:
            counts[s["stand"]] += 1
        elif (k["name"], ident) in dash and dash[(k["name"], ident)]["stand"] == "online":
            counts["dashboard"] += 1
        else:
            counts["offen"] += 1
    rows.append([k["name"]] + list(counts.values()))

json.dump({
    "title": "Umsetzung gezählt",
    "sheets": [{
        "name": "Zählung",
        "tables": [
            {"title": "je Kommune",
             "columns": ["Kommune", "relevant", "online", "in Umsetzung", "in Planung", "offen", "nur Dashboard", "nicht zuständig"],
             "rows": rows},
            {"title": "empfangen", "columns": ["Art", "Werte"],
             "rows": [["Felder", ", ".join(sorted(fields))], ["Quellen", ", ".join(sorted(quellen))],
                      ["Reifegradmodelle", ", ".join(sorted(modelle))]]},
        ],
    }],
}, sys.stdout, ensure_ascii=False)
