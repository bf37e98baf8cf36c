import GRDB
import OZGDomain

/// Mapping of ``Umsetzungsvorhaben`` to the `vorhaben` table.
enum VorhabenRow {
    static func arguments(_ v: Umsetzungsvorhaben, identity: String, position: Int, provenance p: Provenance)
        -> StatementArguments
    {
        [identity, position, v.einzelleistung?.key, v.ozgId, v.titel, v.loesungsansatz, v.verantwortlich, v.start?.iso,
         v.ende?.iso, v.status.rawValue, v.reifegradIst?.rawValue, v.reifegradZiel?.rawValue, v.prioritaet, v.notiz,
         p.file, p.sheet, p.cell, p.sha256, p.ingestedAt]
    }

    static func vorhaben(_ r: GRDB.Row, id: EinzelleistungID?) -> Umsetzungsvorhaben {
        let file: String? = r["file"]
        return Umsetzungsvorhaben(
            einzelleistung: id, ozgId: r["ozg_id"], titel: r["titel"], loesungsansatz: r["loesungsansatz"],
            verantwortlich: r["verantwortlich"], start: CalendarDateText.parse(r["start"]),
            ende: CalendarDateText.parse(r["ende"]),
            status: VorhabenStatus(rawValue: r["status"]) ?? .geplant,
            reifegradIst: (r["reifegrad_ist"] as Int?).flatMap { Reifegrad(rawValue: $0) },
            reifegradZiel: (r["reifegrad_ziel"] as Int?).flatMap { Reifegrad(rawValue: $0) },
            prioritaet: r["prioritaet"], notiz: r["notiz"],
            provenance: file.map {
                Provenance(file: $0, sheet: r["sheet"] ?? "", cell: r["cell"] ?? "", sha256: r["sha256"] ?? "",
                    ingestedAt: r["ingested_at"] ?? "")
            })
    }
}

extension Umsetzungsvorhaben {
    /// Equal apart from provenance.
    func sameContent(as other: Umsetzungsvorhaben) -> Bool {
        var a = self, b = other
        a.provenance = nil
        b.provenance = nil
        return a == b
    }
}
