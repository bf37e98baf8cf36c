import OZGDomain
import OZGSpreadsheet

/// The council pack: the workbook a member council receives by e-mail.
///
/// It opens on `Hinweise` (whom it is for, the Kommunaltyp and whether the council list confirms
/// it, Stand, what the council is asked to do and by when, whom to ask, what the pack holds, the
/// time of the prefill), then `Relevante Leistungen` (with a filled `Hinweis` column and a column
/// for the reply), then the input sheet `Umsetzungsstand` (see ``statusTable()``), then
/// `Vorhaben` where the group plans Umsetzungsvorhaben for those Leistungen. Contact, reply-by
/// date, cover text and publisher come from the workspace's ``WorkspaceSettings``.
struct KommunenPack {
    let model: DomainModel
    let options: ReportOptions
    let kommune: Kommune
    let leistungen: ReportTable
    let counts: KommunenMatrixReport.Counts
    let plans: VorhabenLookup

    static let hinweiseSheet = "Hinweise"
    static let vorhabenSheet = "Vorhaben"

    /// What the council is asked to do when the group has set no cover text.
    static func defaultRequest(hasContact: Bool) -> String {
        "Bitte prüfen Sie die Liste auf dem Blatt „\(KommunenMatrixReport.leistungenSheet)“: Betrifft jede dieser "
            + "Leistungen Ihre Verwaltung? Tragen Sie Abweichungen, Fragen oder Ergänzungen in die Spalte "
            + "„\(KommunenMatrixReport.replyColumn)“ ein und senden Sie die Datei "
            + (hasContact ? "an die unten genannte Ansprechperson zurück." : "an die Absenderin oder den Absender dieser Mappe zurück.")
    }

    func document() -> ReportDocument {
        let vorhaben = concerningVorhaben()
        var sheets = [
            ReportSheet(name: KommunenPack.hinweiseSheet, tables: [hinweise(vorhabenCount: vorhaben.count)]),
            ReportSheet(
                name: KommunenMatrixReport.leistungenSheet, tables: [leistungen],
                notes: [
                    "Relevanz: ja oder teilweise für den Kommunaltyp „\(kommune.kommunaltyp)“. Wo die Arbeitsgruppe für \(kommune.name) "
                        + "eigens anders bewertet hat, gilt diese Bewertung; die Spalte „Hinweis“ sagt es dann.",
                ]),
            ReportSheet(name: StatusSheet.sheetName, tables: [statusTable()], notes: statusNotes()),
        ]
        if !vorhaben.isEmpty {
            sheets.append(ReportSheet(name: KommunenPack.vorhabenSheet, tables: [vorhabenTable(vorhaben)]))
        }
        var subtitle = "Kommunaltyp: \(kommune.kommunaltyp)"
        if let kreis = kommune.kreis { subtitle += " · \(kreis)" }
        return ReportDocument(
            title: "OZG-Leistungen für \(kommune.name)", subtitle: subtitle, stand: options.stand(for: model),
            isSampleData: model.isSampleData, sheets: sheets, author: model.settings.herausgeber,
            company: model.settings.herausgeber)
    }

    /// Whether the council list confirms the council's Kommunaltyp (`bestätigt …`).
    static func isConfirmed(_ k: Kommune) -> Bool {
        (k.status ?? "").lowercased().hasPrefix("bestätigt")
    }

    /// The facts of the cover sheet as an `Angabe | Inhalt` table.
    func hinweise(vorhabenCount: Int) -> ReportTable {
        let settings = model.settings
        var rows: [(String, String)] = []
        rows.append((StatusSheet.kommuneLabel, kommune.name + (kommune.kreis.map { " (\($0))" } ?? "")))
        if KommunenPack.isConfirmed(kommune) {
            rows.append(("Kommunaltyp", "\(kommune.kommunaltyp) (in der Mitgliederliste bestätigt)"))
        } else {
            let status = kommune.status.map { "als „\($0)“ vermerkt" } ?? "ohne Bestätigung eingetragen"
            rows.append((
                "Kommunaltyp",
                "\(kommune.kommunaltyp), noch nicht bestätigt: In der Mitgliederliste ist diese Angabe \(status). "
                    + "Bitte prüfen Sie, ob der Kommunaltyp stimmt, denn die Liste der Leistungen hängt davon ab."
            ))
        }
        rows.append(("Stand", options.stand(for: model).map(ReportValue.germanDate) ?? "ohne Datum"))
        rows.append(("Worum wir Sie bitten", settings.anschreiben ?? KommunenPack.defaultRequest(hasContact: settings.kontakt != nil)))
        rows.append(("Umsetzungsstand", statusRequest()))
        if let d = settings.rueckmeldungBis { rows.append(("Rückmeldung bis", ReportValue.germanDate(d))) }
        if let c = settings.kontakt { rows.append(("Ansprechperson", c)) }
        var inhalt = "Blatt „\(KommunenMatrixReport.leistungenSheet)“: \(KommunenPack.number(counts.ja + counts.teilweise)) "
            + "Einzelleistungen, die für \(kommune.name) relevant sind (\(KommunenPack.number(counts.ja)) mit ja, "
            + "\(KommunenPack.number(counts.teilweise)) mit teilweise bewertet)"
        inhalt += counts.ausnahmen > 0
            ? "; \(KommunenPack.number(counts.ausnahmen)) davon sind für \(kommune.name) eigens bewertet."
            : "."
        inhalt += "\nBlatt „\(StatusSheet.sheetName)“: dieselben Leistungen zum Ausfüllen, was Sie heute anbieten."
        if vorhabenCount > 0 {
            inhalt += "\nBlatt „\(KommunenPack.vorhabenSheet)“: \(KommunenPack.number(vorhabenCount)) "
                + "Vorhaben der Arbeitsgruppe, diese Leistungen online anzubieten."
        }
        rows.append(("Inhalt", inhalt))
        if counts.offen > 0 {
            rows.append((
                "Noch nicht bewertet",
                "Für \(KommunenPack.number(counts.offen)) von \(KommunenPack.number(counts.total)) Einzelleistungen hat die "
                    + "Arbeitsgruppe für Ihren Kommunaltyp noch keine Bewertung. Sie stehen noch nicht in der Liste und "
                    + "kommen mit den nächsten Bewertungen hinzu."
            ))
        }
        rows.append((
            "Bedeutung",
            "ja: Die Leistung betrifft Ihre Verwaltung.\nteilweise: Nur ein Teil der Leistung liegt bei Ihrer Verwaltung."
                + "\nHinweis: Besonderheiten zu einer Leistung, etwa eine eigene Bewertung für \(kommune.name) oder ein geplantes Vorhaben."
        ))
        rows.append((StatusSheet.vorbelegtLabel, vorbelegtAm ?? "—"))
        if model.isSampleData {
            rows.append(("Beispieldaten", "Die Bewertungen und Planungen in dieser Mappe sind erfunden und dienen nur der Vorführung."))
        }
        return ReportTable(
            title: "Hinweise zu dieser Mappe",
            // Narrow enough for A4 portrait even where a writer does not scale to the page width.
            columns: [ReportColumn("Angabe", kind: .paragraph, width: 14), ReportColumn("Inhalt", kind: .paragraph, width: 50)],
            rows: rows.map { ReportRow([.text($0.0), .text($0.1)]) }, isFilterable: false)
    }

    /// The Vorhaben for the council's relevant Einzelleistungen, each once, by end date.
    func concerningVorhaben() -> [Umsetzungsvorhaben] {
        let relevantKeys = Set(leistungen.rows.compactMap { row -> String? in
            if case .text(let key) = row[3] { return key }
            return nil
        })
        var seen = Set<String>()
        var out: [Umsetzungsvorhaben] = []
        for e in model.catalog.einzelleistungen where relevantKeys.contains(e.leikaDisplay) {
            for v in plans.vorhaben(for: e) where seen.insert(v.identity).inserted { out.append(v) }
        }
        let never = CalendarDate(year: 9999, month: 12, day: 31)
        return out.sorted { ($0.ende ?? never, $0.titel) < ($1.ende ?? never, $1.titel) }
    }

    func vorhabenTable(_ list: [Umsetzungsvorhaben]) -> ReportTable {
        let rows = list.map { v in
            ReportRow([
                .text(v.titel), .integer(v.ozgId), v.loesungsansatz.map(ReportValue.text) ?? .empty,
                v.verantwortlich.map(ReportValue.text) ?? .empty, v.start.map(ReportValue.date) ?? .empty,
                v.ende.map(ReportValue.date) ?? .empty, .verdict(v.status.label),
            ])
        }
        return ReportTable(
            title: "Vorhaben der Arbeitsgruppe zu Ihren Leistungen",
            columns: [
                ReportColumn("Vorhaben", kind: .paragraph, width: 40), ReportColumn("OZG-ID", kind: .integer, width: 8),
                ReportColumn("Lösungsansatz", width: 18), ReportColumn("Verantwortlich", kind: .paragraph, width: 22),
                ReportColumn("Start", kind: .date, width: 11), ReportColumn("Ende", kind: .date, width: 11),
                ReportColumn("Status", kind: .verdict, width: 14),
            ], rows: rows)
    }

    /// The `Hinweis` of one relevant Einzelleistung, in plain German; empty when there is nothing to say.
    static func hint(
        relevanz: Relevanz, exception: KommuneException?, kommune: Kommune, vorhaben: [Umsetzungsvorhaben], pate: Pate?
    ) -> String {
        var parts: [String] = []
        if let exception {
            parts.append("Für \(kommune.name) eigens bewertet" + (exception.note.map { ": \($0)" } ?? ""))
        } else if relevanz == .teilweise {
            parts.append("Nur ein Teil der Leistung liegt bei Ihrer Verwaltung")
        }
        if let v = vorhaben.first {
            var text = "Vorhaben: \(v.status.label)"
            if let ende = v.ende { text += v.status == .umgesetzt ? " seit \(ReportValue.germanDate(ende))" : " bis \(ReportValue.germanDate(ende))" }
            if let l = v.loesungsansatz { text += " (\(l))" }
            parts.append(text)
        }
        if let pate { parts.append("Ansprechperson im Themenfeld: \(pate.name)") }
        return parts.joined(separator: ". ")
    }

    /// `5109` → `5.109`.
    static func number(_ n: Int) -> String {
        let digits = Array(String(abs(n)))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }
}
