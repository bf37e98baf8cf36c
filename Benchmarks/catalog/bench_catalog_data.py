#!/usr/bin/env python3
"""Test data for bench_catalog.sh, written straight into a workspace's SQLite file.

verdicts DB                 a verdict for every Einzelleistung × Kommunaltyp (file bench.xlsx)
new-catalogue IN OUT        the catalogue with 200 renames, 50 moves to another OZG-ID,
                            100 type changes, 30 removals, 30 additions
changes DB MEETINGS N       MEETINGS rounds of N changed verdicts, a meeting snapshot before
                            the first (`FAG 1`) and after each
copy-current DB BASE OUT    a workspace folder OUT with BASE's schema and DB's current state,
                            but no history (to compare `ozg export` with and without history)
"""
import csv
import os
import shutil
import sqlite3
import sys

CYCLE = ["ja", "nein", "teilweise"]


def slots(db):
    ids = [r[0] for r in db.execute("SELECT id FROM einzelleistung WHERE in_catalog = 1 ORDER BY position")]
    types = [r[0] for r in db.execute("SELECT name FROM kommunaltyp ORDER BY position")]
    return [(i, t) for i in ids for t in types]


def stamp(day, second):
    return f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}T{(second // 3600) % 24:02d}:{(second // 60) % 60:02d}:{second % 60:02d}Z"


def verdicts(path):
    db = sqlite3.connect(path)
    rows = [(e, t, CYCLE[n % 3], None, "bench.xlsx", "Bewertung", f"H{n + 5}", "0" * 64, "2026-01-01T08:00:00Z")
            for n, (e, t) in enumerate(slots(db))]
    db.executemany("INSERT OR REPLACE INTO verdict VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()


def changes(path, meetings, n):
    db = sqlite3.connect(path)
    all_slots = slots(db)
    db.execute("INSERT OR IGNORE INTO meeting_snapshot VALUES ('FAG 1', ?)", (stamp(0, 86399),))
    for m in range(meetings):
        rows = []
        for k in range(n):
            e, t = all_slots[k % len(all_slots)]
            rows.append((e, t, CYCLE[(k + m + 1) % 3], None, f"runde-{m + 1}.xlsx", "Bewertung", f"H{k + 5}",
                         f"{m:064d}", stamp(m + 1, k % 86400)))
        db.executemany("INSERT OR REPLACE INTO verdict VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.execute("INSERT OR REPLACE INTO meeting_snapshot VALUES (?, ?)", (f"FAG {m + 2}", stamp(m + 1, 86399)))
        db.commit()


def new_catalogue(src, dst):
    rows = list(csv.reader(open(src, encoding="utf-8")))
    header, body = rows[0], rows[1:]
    keyed = [i for i, r in enumerate(body) if r[4].startswith("99")]
    ozg_ids = sorted({r[2] for r in body})
    for n, i in enumerate(keyed[:200]):
        body[i][5] += " (neu gefasst)"
    for n, i in enumerate(keyed[200:250]):
        body[i][2] = ozg_ids[(ozg_ids.index(body[i][2]) + 1) % len(ozg_ids)]
    for i in keyed[250:350]:
        body[i][6] = "4" if body[i][6] != "4" else "5"
    removed = set(keyed[350:380])
    body = [r for i, r in enumerate(body) if i not in removed]
    for n in range(30):
        base = body[n * 97]
        body.append(base[:4] + [f"9999999900{n:04d}", f"Neue Leistung {n + 1}", "3"] + base[7:])
    with open(dst, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(body)


def copy_current(path, base, out):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    shutil.copy(base, os.path.join(out, "ozg.sqlite"))
    db = sqlite3.connect(os.path.join(out, "ozg.sqlite"))
    db.execute("ATTACH DATABASE ? AS src", (path,))
    db.execute("DELETE FROM verdict")
    db.execute("INSERT INTO verdict SELECT * FROM src.verdict")
    db.execute("DELETE FROM verdict_history")
    db.commit()


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "verdicts":
        verdicts(args[0])
    elif cmd == "changes":
        changes(args[0], int(args[1]), int(args[2]))
    elif cmd == "new-catalogue":
        new_catalogue(args[0], args[1])
    elif cmd == "copy-current":
        copy_current(*args)
    else:
        sys.exit(__doc__)
