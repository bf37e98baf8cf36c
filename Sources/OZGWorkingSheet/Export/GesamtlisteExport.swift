import OZGDomain
import OZGSpreadsheet

/// The Gesamtliste: the whole catalogue with every verdict and the roadmap.
///
/// As a workbook it has the working-sheet layout (all Themenfelder in one `Bewertung` sheet),
/// so ``WorkingSheetMapper`` reads it back into the same verdicts, exceptions and Vorhaben. As
/// JSON it is `{"einzelleistungen":[{"leika":…,"ozgId":…,"bezeichnung":…,"themenfeld":…,
/// "lage":…,"typ":…,"relevanz":{"Kreis":"ja",…}}]}` with every catalogue row and every
/// Kommunaltyp (`offen` where nothing is known).
public enum GesamtlisteExport {
    /// The Gesamtliste as a workbook in the working-sheet layout.
    ///
    /// - Parameters:
    ///   - extraColumns: columns Paten added, written back to the right of the sheet; by default
    ///     the model's own (``DomainModel/addedColumns``, what the workspace stored).
    ///   - annotations: Zuständigkeit, Anmerkung, geprüft von/am per row.
    public static func workbook(
        model: DomainModel, extraColumns: ExtraColumns? = nil, annotations: [RowAnnotation] = []
    ) -> Workbook {
        var content = WorkingSheetTemplate.Content()
        content.knownVerdicts = model.verdicts
        content.vorhaben = model.vorhaben
        content.exceptions = model.exceptions
        content.kommunen = model.kommunen
        content.extraColumns = extraColumns ?? ExtraColumns(model)
        content.annotations = annotations
        content.stand = model.stand
        content.isSampleData = model.isSampleData
        content.blankRoadmapRows = 0
        content.title = "OZG-Gesamtliste: Relevanz je Kommunaltyp und Umsetzungsplanung"
        var workbook = WorkingSheetTemplate.make(catalog: model.catalog, themenfeld: nil, kommunaltypen: model.kommunaltypen, content: content)
        applyPrint(&workbook, title: model.isSampleData ? "OZG-Gesamtliste (Beispieldaten)" : "OZG-Gesamtliste", stand: model.stand)
        return workbook
    }

    /// A4 print set-up on every sheet: landscape where the sheet is wide, its header rows
    /// repeated, title and Stand in the page header, page numbers in the footer; header cells
    /// of tables wrap between words only.
    static func applyPrint(_ workbook: inout Workbook, title: String, stand: CalendarDate?) {
        for i in workbook.sheets.indices {
            if let header = workbook.sheets[i].layout.print?.repeatRows?.upperBound {
                HeaderWrap.widenColumns(of: &workbook.sheets[i], headerRow: header)
            }
            let layout = workbook.sheets[i].layout
            var widths = layout.columnWidths
            for c in layout.hiddenColumns { widths[c] = nil }
            let repeatRows = layout.print?.repeatRows ?? layout.frozen.flatMap { $0.rows > 0 ? 0...($0.rows - 1) : nil }
            workbook.sheets[i].layout.print = .a4(
                title: title + " – " + workbook.sheets[i].name, stand: stand?.german,
                landscape: !PrintSetup.fitsPortrait(columnWidths: widths), repeatRows: repeatRows)
        }
    }

    /// The Gesamtliste as JSON, keys in the documented order, one Einzelleistung per line.
    public static func json(model: DomainModel) -> String {
        let types = model.kommunaltypen.names
        var out = "{\"einzelleistungen\":["
        var first = true
        for e in model.catalog.einzelleistungen {
            out += first ? "\n" : ",\n"
            first = false
            out += "{\"leika\":" + (e.leika.map { JSONString.quoted($0.digits) } ?? "null")
            out += ",\"ozgId\":\(e.ozgId)"
            out += ",\"bezeichnung\":" + JSONString.quoted(e.bezeichnung)
            out += ",\"themenfeld\":" + JSONString.quoted(e.themenfeld)
            out += ",\"lage\":" + JSONString.quoted(e.lage)
            out += ",\"typ\":" + JSONString.quoted(e.typ.raw)
            out += ",\"relevanz\":{"
            out += types.map { JSONString.quoted($0) + ":" + JSONString.quoted(model.relevanz(e.id, $0).rawValue) }.joined(separator: ",")
            out += "}}"
        }
        out += first ? "]}\n" : "\n]}\n"
        return out
    }
}
