import OZGSpreadsheet

/// The federal Dashboard Digitale Verwaltung's export for one municipality (PVOG data), read
/// into dashboard statuses (``StatusQuelle/dashboard``) of one council.
///
/// Columns: ``TableSchemas/dashboard``; the header is the first row that names `leika_key` and
/// `online_status` (title rows above it are skipped). A row is stored when its LeiKa key is in
/// the catalogue, it is `online` and `aktiv`: as `online` with its URL, `datenstand_pvog_import`
/// and `art_flaechendeckung`, its provenance the row's `online_status` cell. Every other row
/// either counts as not online (``notOnline``) or is an issue naming its cell: a key that is no
/// LeiKa key or an online status not understood (errors: the row is left out), a key the
/// catalogue does not hold or a key listed twice (warnings).
public struct DashboardExport: Sendable {
    /// One problem of the export, with its zero-based row and column.
    public struct Issue: Hashable, Sendable {
        public enum Severity: String, Hashable, Sendable { case error, warning }
        public var severity: Severity
        /// Zero-based row and column of the cell (column `nil` for the whole row or file).
        public var row: Int
        public var column: Int?
        public var message: String
        public var value: String?
    }

    /// The online rows as dashboard statuses of the council, in the order of the file.
    public var statuses: [KommuneStatus] = []
    /// Data rows read (blank rows and the header not counted).
    public var rows = 0
    /// Rows of known Leistungen that are not online or not active.
    public var notOnline = 0
    /// Rows whose key the catalogue does not hold.
    public var unknownKeys = 0
    /// The distinct `datenstand_pvog_import` values, in order of first appearance.
    public var datenstaende: [String] = []
    public var issues: [Issue] = []

    /// „PVOG-Export, Datenstand 05.11.2024“ (or without a date when the export has none).
    public var herkunft: String {
        datenstaende.isEmpty ? "PVOG-Export" : "PVOG-Export, Datenstand " + datenstaende.joined(separator: ", ")
    }

    public init() {}

    /// Reads the rows of one sheet (zero-based row index and the cells' texts) for `kommune`.
    ///
    /// - Parameters:
    ///   - file: the file as given (provenance and messages).
    ///   - sheet: the sheet's name (for a CSV file the one the reader gives).
    public static func read(
        rows: [(index: Int, cells: [String])], file: String, sheet: String, kommune: String, catalog: Catalog
    ) throws -> DashboardExport {
        let schema = TableSchemas.dashboard
        var headerAt: Int?
        var columns = TableColumns<TableSchemas.DashboardField>()
        for (i, r) in rows.prefix(20).enumerated() {
            let found = schema.recognise(rows: [r.cells] + rows.dropFirst(i + 1).prefix(30).map(\.cells))
            if found.missing.isEmpty && found.byContent.isEmpty {
                headerAt = i
                columns = found
                break
            }
        }
        guard let headerAt else {
            let missing = rows.first.map { schema.recognise(rows: [$0.cells]).missing } ?? [.leika, .onlineStatus]
            throw DomainError.missingColumn(schema.spec(missing.first ?? .leika)?.header ?? "leika_key", what: schema.name)
        }
        var byKey: [String: [Int]] = [:]
        for (i, e) in catalog.einzelleistungen.enumerated() {
            if let k = e.leika { byKey[k.digits, default: []].append(i) }
        }
        var out = DashboardExport()
        var firstRow: [String: Int] = [:]
        func text(_ f: TableSchemas.DashboardField, _ cells: [String]) -> String { columns.text(f, in: cells) }
        for r in rows.dropFirst(headerAt + 1) {
            let cells = r.cells
            if cells.allSatisfy({ $0.trimmedWhitespace.isEmpty }) { continue }
            out.rows += 1
            let keyCol = columns[.leika], statusCol = columns[.onlineStatus]
            let rawKey = text(.leika, cells)
            guard let key = LeikaKey(text: rawKey) else {
                out.issues.append(Issue(
                    severity: .error, row: r.index, column: keyCol,
                    message: rawKey.isEmpty ? "Der LeiKa-Schlüssel fehlt; die Zeile wurde nicht übernommen."
                        : "„\(rawKey)“ ist kein LeiKa-Schlüssel (14 Ziffern, beginnend mit 99); die Zeile wurde nicht übernommen.",
                    value: rawKey))
                continue
            }
            let rawStatus = text(.onlineStatus, cells)
            guard let online = DashboardExport.parseOnline(rawStatus) else {
                out.issues.append(Issue(
                    severity: .error, row: r.index, column: statusCol,
                    message: "Online-Status „\(rawStatus)“ nicht verstanden (erwartet: online oder offline); die Zeile wurde nicht übernommen.",
                    value: rawStatus))
                continue
            }
            let rawAktiv = text(.aktiv, cells)
            var aktiv = true
            if !rawAktiv.isEmpty {
                guard let a = DashboardExport.parseFlag(rawAktiv) else {
                    out.issues.append(Issue(
                        severity: .error, row: r.index, column: columns[.aktiv],
                        message: "„aktiv“ ist „\(rawAktiv)“ (erwartet: true/false, ja/nein, 1/0); die Zeile wurde nicht übernommen.",
                        value: rawAktiv))
                    continue
                }
                aktiv = a
            }
            let datenstand = text(.datenstand, cells)
            if !datenstand.isEmpty && !out.datenstaende.contains(datenstand) { out.datenstaende.append(datenstand) }
            guard let targets = byKey[key.digits] else {
                out.unknownKeys += 1
                let name = text(.ozgBezeichnung, cells)
                out.issues.append(Issue(
                    severity: .warning, row: r.index, column: keyCol,
                    message: "Der LeiKa-Schlüssel \(key.digits)\(name.isEmpty ? "" : " („\(name)“)") steht nicht im Katalog; die Zeile wurde nicht übernommen.",
                    value: rawKey))
                continue
            }
            guard online && aktiv else {
                out.notOnline += 1
                continue
            }
            if let first = firstRow[key.digits] {
                out.issues.append(Issue(
                    severity: .warning, row: r.index, column: keyCol,
                    message: "Der LeiKa-Schlüssel \(key.digits) ist mehrfach online gemeldet; es gilt Zeile \(first + 1).", value: rawKey))
                continue
            }
            firstRow[key.digits] = r.index
            let cell = CellReference(row: r.index, column: statusCol ?? keyCol ?? 0).a1
            let url = text(.url, cells), art = text(.flaechendeckung, cells)
            for i in targets {
                out.statuses.append(KommuneStatus(
                    kommune: kommune, einzelleistung: catalog.einzelleistungen[i].id, quelle: .dashboard, stand: .online,
                    url: url.isEmpty ? nil : url, datenstand: datenstand.isEmpty ? nil : datenstand,
                    flaechendeckung: art.isEmpty ? nil : art,
                    provenance: Provenance(file: file, sheet: sheet, cell: cell, sha256: "", ingestedAt: "")))
            }
        }
        return out
    }

    /// `online`, `true`, `ja`, `1` → true; `offline`, `nicht online`, `false`, `nein`, `0` → false.
    public static func parseOnline(_ raw: String) -> Bool? {
        let t = TextNormalization.fold(TextNormalization.collapseSpaces(raw)).replacingOccurrences(of: "_", with: " ")
        switch t {
        case "online", "ja", "true", "wahr", "1", "verfuegbar", "aktiv", "yes": return true
        case "offline", "nicht online", "nein", "false", "falsch", "0", "nicht verfuegbar", "no": return false
        default: return nil
        }
    }

    /// `true`/`false`, `ja`/`nein`, `1`/`0`, `wahr`/`falsch`, `x`.
    public static func parseFlag(_ raw: String) -> Bool? {
        switch TextNormalization.fold(TextNormalization.collapseSpaces(raw)) {
        case "true", "ja", "1", "wahr", "x", "yes", "aktiv", "1.0": return true
        case "false", "nein", "0", "falsch", "no", "inaktiv", "0.0", "-": return false
        default: return nil
        }
    }
}

extension KommuneStatus {
    /// Whether a dashboard offer covers more than this council (the export's
    /// `art_flaechendeckung` names a Land-, Kreis- or Bund-wide offer, or says `flächendeckend`).
    public var isFlaechendeckendesAngebot: Bool {
        guard let f = flaechendeckung else { return false }
        let t = TextNormalization.fold(f)
        if t.contains("nicht") || t.contains("kommunal") || t.contains("lokal") { return false }
        return t.contains("flaechendeckend") || t.contains("land") || t.contains("kreis") || t.contains("bund")
    }
}
