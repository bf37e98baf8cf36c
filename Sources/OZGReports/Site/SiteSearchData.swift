import OZGBase
import OZGDomain

/// The search page's data (`assets/daten.js`): a script that assigns one JSON object to
/// `window.OZG_DATA`, so the search works from `file://`, where browsers block `fetch()`.
///
/// `l` holds one row per Einzelleistung: `[LeiKa-Schlüssel, Bezeichnung, OZG-ID, OZG-Leistung,
/// Themenfeld index, verdicts (one letter per Kommunaltyp: j, t, n, o), status index or -1, Lage,
/// Synonyme (joined by ` | `, empty when none), number of councils that offer it online]`.
/// A council carries its Kommunaltyp index `t`, its exceptions `x` (row → letter) and its
/// Umsetzungsstand `s` (row → index into `staende`, only where known).
enum SiteSearchData {
    static func letter(_ r: Relevanz) -> String {
        switch r {
        case .ja: return "j"
        case .teilweise: return "t"
        case .nein: return "n"
        case .offen: return "o"
        }
    }

    static func script(_ ctx: SiteContext) -> String {
        let model = ctx.model
        let themen = model.catalog.themenfelder
        var themaIndex: [String: Int] = [:]
        for (i, t) in themen.enumerated() { themaIndex[t] = i }
        let statuses = ctx.statusesPresent
        var statusIndex: [VorhabenStatus: Int] = [:]
        for (i, s) in statuses.enumerated() { statusIndex[s] = i }
        let typeCount = ctx.index.typeNames.count

        var rows: [JSONValue] = []
        rows.reserveCapacity(model.catalog.einzelleistungen.count)
        for (i, e) in model.catalog.einzelleistungen.enumerated() {
            var verdicts = ""
            for t in 0..<typeCount { verdicts += letter(ctx.index.relevanz(row: i, type: t)) }
            let status = ctx.vorhaben[i].flatMap { statusIndex[$0.status] } ?? -1
            rows.append(.array([
                .string(e.leikaDisplay), .string(e.bezeichnung), .number(Double(e.ozgId)), .string(e.ozgLeistung),
                .number(Double(themaIndex[e.themenfeld] ?? 0)), .string(verdicts), .number(Double(status)), .string(e.lage),
                .string((e.synonyme ?? []).joined(separator: " | ")), .number(Double(ctx.onlineBei[i]?.count ?? 0)),
            ]))
        }
        let staende = Umsetzungsstand.allCases.sorted()
        var standIndex: [Umsetzungsstand: Int] = [:]
        for (i, s) in staende.enumerated() { standIndex[s] = i }
        let kommunen: [JSONValue] = model.kommunen.map { k in
            let exceptions = (ctx.index.exceptions[k.name] ?? [:]).sorted { $0.key < $1.key }
                .map { (String($0.key), JSONValue.string(letter($0.value.relevanz))) }
            let stand = (ctx.umsetzung[k.name] ?? [:]).sorted { $0.key < $1.key }
                .map { (String($0.key), JSONValue.number(Double(standIndex[$0.value.stand] ?? 0))) }
            return .object([
                ("n", .string(k.name)), ("t", .number(Double(ctx.typeIndex(of: k) ?? -1))),
                ("u", .string(ctx.paths.kommunen[k.name] ?? "")), ("x", .object(exceptions)), ("s", .object(stand)),
            ])
        }
        let data = JSONValue.object([
            ("beispieldaten", .bool(model.isSampleData)),
            ("typen", .array(model.kommunaltypen.types.map { t in
                .object([("n", .string(t.name)), ("k", .string(t.kurzname ?? t.name))])
            })),
            ("themen", .array(themen.map { t in .object([("n", .string(t)), ("u", .string(ctx.paths.themenfelder[t] ?? ""))]) })),
            ("kommunen", .array(kommunen)),
            ("status", .array(statuses.map { .string($0.label) })),
            ("staende", .array(ctx.umsetzung.isEmpty ? [] : staende.map { .string($0.label) })),
            ("klassen", .object(Relevanz.allCases.map { r in
                (letter(r), JSONValue.string(HTMLReportRenderer.paletteClasses[r.rawValue] ?? ""))
            } + staende.compactMap { s in HTMLReportRenderer.paletteClasses[s.label].map { (s.label, JSONValue.string($0)) } })),
            ("l", .array(rows)),
        ])
        return "window.OZG_DATA = " + data.serialized() + ";\n"
    }
}
