import Foundation

/// Imports the federal Dashboard Digitale Verwaltung's export (PVOG data: what is online for one
/// municipality) for one member council: what `ozg import dashboard FILE --kommune NAME` does.
///
/// The file (CSV with `;` or `,`, UTF-8 with or without BOM, or the same table as .xlsx/.ods) is
/// read by ``DashboardExport``; its online rows are stored through ``Workspace/ingest(_:at:)`` as
/// the council's dashboard statuses, which replace that council's earlier dashboard rows and never
/// touch what the council reported itself. The result lists the findings (file, sheet, cell) and
/// the differences between the export and the council's own report.
///
/// ```swift
/// let r = try DashboardImport(workspace: ws).run(file: "pvog-lemgo.csv", kommune: "Lemgo")
/// for d in r.abweichungen { print(d.leika, d.text) }
/// ```
public struct DashboardImport {
    public let workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// A Leistung on which the export and the council's own report disagree.
    public struct Abweichung: Hashable, Sendable, Codable {
        public enum Art: String, Hashable, Sendable, Codable {
            /// The export lists it online; the council reports another Umsetzungsstand.
            case dashboardOnline = "dashboard-online"
            /// The council reports it online; the export does not list it as online.
            case nurKommuneOnline = "nur-kommune-online"
        }
        public var art: Art
        public var leika: String
        public var bezeichnung: String
        /// The council's own Umsetzungsstand (`in Planung`, `online`, …).
        public var kommuneStand: String
        /// Where the council's value came from (`lemgo.xlsx Umsetzungsstand!D12`).
        public var kommuneHerkunft: String?
        /// The export's cell of the row (`pvog.csv pvog!E7`), for ``Art/dashboardOnline``.
        public var dashboardHerkunft: String?
        public var url: String?

        /// One German sentence on the difference.
        public var text: String {
            let own = "Kommune „\(kommuneStand)“" + (kommuneHerkunft.map { " (\($0))" } ?? "")
            switch art {
            case .dashboardOnline:
                return "Dashboard: online" + (url.map { " (\($0))" } ?? "") + "; \(own). Die Meldung der Kommune bleibt."
            case .nurKommuneOnline:
                return "\(own); im Dashboard-Export nicht als online gelistet."
            }
        }
    }

    public struct Result: Sendable {
        public var file: String
        public var kommune: Kommune
        public var export: DashboardExport
        public var outcome: IngestOutcome
        /// Every issue of the file as a finding (file, sheet, cell).
        public var findings: [Finding]
        public var abweichungen: [Abweichung]

        /// Whether a row had to be left out for an error.
        public var hasErrors: Bool { findings.contains { $0.severity == .error } }

        /// The result as one JSON object: `kommune`, `file`, `herkunft`, `datenstand`, `zeilen`,
        /// `gespeichert`, `unveraendert`, `entfernt`, `nichtOnline`, `unbekannteSchluessel`,
        /// `bereitsEingelesen`, `findings` (as `ozg validate --format json`) and `abweichungen`.
        public func json() -> String {
            struct Out: Encodable {
                var kommune, file, herkunft: String
                var datenstand: [String]
                var zeilen, gespeichert, unveraendert, entfernt, nichtOnline, unbekannteSchluessel: Int
                var bereitsEingelesen: Bool
                var findings: [Finding]
                var abweichungen: [Abweichung]
            }
            let out = Out(
                kommune: kommune.name, file: file, herkunft: export.herkunft, datenstand: export.datenstaende, zeilen: export.rows,
                gespeichert: outcome.statusStored, unveraendert: outcome.statusUnchanged, entfernt: outcome.statusRemoved,
                nichtOnline: export.notOnline, unbekannteSchluessel: export.unknownKeys, bereitsEingelesen: outcome.alreadyIngested,
                findings: findings, abweichungen: abweichungen)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(out)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
    }

    /// Reads `file` for the council `kommune` (name as in the council list, any case) and stores it.
    public func run(file: String, kommune name: String) throws -> Result {
        let model = try workspace.snapshot()
        let key = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
        guard let kommune = model.kommunen.first(where: { $0.name.lowercased() == key }) else {
            throw DashboardImportError.unknownKommune(name, available: model.kommunen.map(\.name))
        }
        let (export, sheet) = try Self.read(file, kommune: kommune.name, catalog: model.catalog)
        var batch = IngestBatch(file: file, sha256: try SHA256.hex(ofFile: file))
        batch.umsetzung = export.statuses
        batch.dashboardKommune = kommune.name
        let outcome = try workspace.ingest(batch)
        let findings = export.issues.map { i in
            Finding(
                file: file, sheet: sheet, cell: i.column.map { CellReference(row: i.row, column: $0).a1 } ?? "\(i.row + 1)",
                severity: i.severity == .error ? .error : .warning, message: i.message, raw: i.value)
        }
        return Result(
            file: file, kommune: kommune, export: export, outcome: outcome, findings: findings,
            abweichungen: Self.abweichungen(model: try workspace.snapshot(), kommune: kommune.name))
    }

    /// The first sheet of `file` with the export's header, read; and that sheet's name.
    static func read(_ file: String, kommune: String, catalog: Catalog) throws -> (DashboardExport, String) {
        let reader = try SpreadsheetFile.open(file)
        var firstError: (any Error)?
        for s in reader.sheets.indices {
            let stream = try reader.rows(ofSheet: s)
            var rows: [(index: Int, cells: [String])] = []
            while let row = try stream.next() {
                var texts = [String](repeating: "", count: (row.cells.last?.column ?? -1) + 1)
                for c in row.cells where c.column < texts.count { texts[c.column] = c.value.plainText }
                rows.append((row.index, texts))
            }
            do {
                let export = try InputFileError.naming(file) {
                    try DashboardExport.read(rows: rows, file: file, sheet: reader.sheets[s].name, kommune: kommune, catalog: catalog)
                }
                return (export, reader.sheets[s].name)
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        throw firstError ?? InputFileError(path: file, underlying: .missingHeader(what: TableSchemas.dashboard.name))
    }

    /// The Leistungen on which a council's own report and its dashboard rows disagree, in
    /// catalogue order.
    public static func abweichungen(model: DomainModel, kommune: String) -> [Abweichung] {
        func herkunft(_ p: Provenance?) -> String? { p.map { "\($0.file) \($0.sheet)!\($0.cell)" } }
        var out: [Abweichung] = []
        for e in model.catalog.einzelleistungen {
            let own = model.status(e.id, kommune: kommune, quelle: .kommune)
            let dash = model.status(e.id, kommune: kommune, quelle: .dashboard)
            if let own, let dash, dash.isOnline, !own.isOnline {
                out.append(Abweichung(
                    art: .dashboardOnline, leika: e.leikaDisplay, bezeichnung: e.bezeichnung, kommuneStand: own.stand.label,
                    kommuneHerkunft: herkunft(own.provenance), dashboardHerkunft: herkunft(dash.provenance), url: dash.url))
            } else if let own, own.isOnline, dash?.isOnline != true {
                out.append(Abweichung(
                    art: .nurKommuneOnline, leika: e.leikaDisplay, bezeichnung: e.bezeichnung, kommuneStand: own.stand.label,
                    kommuneHerkunft: herkunft(own.provenance), dashboardHerkunft: nil, url: own.url))
            }
        }
        return out
    }
}

/// A dashboard import that cannot run as asked.
public enum DashboardImportError: OZGError, Hashable {
    /// `--kommune` names no member council.
    case unknownKommune(String, available: [String])

    public func message(_ language: MessageLanguage) -> String {
        switch self {
        case .unknownKommune(let n, let available):
            let list = available.prefix(8).joined(separator: ", ") + (available.count > 8 ? ", …" : "")
            return language == .german
                ? "Die Kommune „\(n)“ gehört nicht zum Verband (bekannt: \(available.isEmpty ? "keine; zuerst ozg catalog import" : list)). Prüfen Sie die Schreibweise."
                : "The council \"\(n)\" is not a member (known: \(available.isEmpty ? "none; run ozg catalog import first" : list)). Check the spelling."
        }
    }

    public var technicalDetail: String {
        switch self {
        case .unknownKommune(let n, let a):
            return TechnicalDetail.format("DashboardImportError", "unknownKommune", ["kommune": n, "available": a.joined(separator: ", ")])
        }
    }

    public var category: ErrorCategory { .usage }
}
