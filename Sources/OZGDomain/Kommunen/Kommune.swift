import OZGSpreadsheet

/// A member council with its Kommunaltyp and Kreis.
public struct Kommune: Hashable, Codable, Sendable, CustomStringConvertible {
    public var name: String
    /// The Kreis a kreisangehörige Kommune belongs to; `nil` for a Kreis itself.
    public var kreis: String?
    /// The canonical name of its ``Kommunaltyp``.
    public var kommunaltyp: String
    /// How sure the type is (`bestätigt (VO zu § 4 GO NRW, § 1)`, `ungeprüft`).
    public var status: String?

    public init(name: String, kreis: String? = nil, kommunaltyp: String, status: String? = nil) {
        self.name = name
        self.kreis = kreis
        self.kommunaltyp = kommunaltyp
        self.status = status
    }

    public var description: String { name }

    /// Reads councils from a sheet in the layout of `krz-verband-kommunen.csv`; see ``list(rows:kommunaltypen:)``.
    public static func list(sheet: Sheet, kommunaltypen: KommunaltypSet = .krzVerband) throws -> [Kommune] {
        try list(rows: sheet.textRows(), kommunaltypen: kommunaltypen)
    }

    /// Reads councils from rows in the layout of `krz-verband-kommunen.csv`
    /// (`Kommune,Kreis,Kommunaltyp,Status der Angabe`, header first, columns by
    /// ``TableSchemas/kommunen``).
    ///
    /// Each Kommunaltyp is matched against `kommunaltypen` (aliases allowed) and stored under
    /// its canonical name; an unknown type throws ``DomainError/unknownKommunaltyp(_:kommune:)``.
    public static func list(rows: [[String]], kommunaltypen: KommunaltypSet = .krzVerband) throws -> [Kommune] {
        guard rows.first != nil else { throw DomainError.missingHeader(what: "Kommunen") }
        let columns = TableSchemas.kommunen.recognise(rows: rows)
        try columns.requireAll(TableSchemas.kommunen)
        var out: [Kommune] = []
        for (r, row) in rows.enumerated().dropFirst() {
            if row.allSatisfy({ TextNormalization.collapseSpaces($0).isEmpty }) { continue }
            let name = columns.text(.name, in: row)
            guard !name.isEmpty else {
                throw DomainError.badConfigurationRow(row: r + 1, column: "Kommune", value: "", reason: "Name fehlt")
            }
            let typeText = columns.text(.kommunaltyp, in: row)
            guard let typ = kommunaltypen.type(named: typeText) else {
                throw DomainError.unknownKommunaltyp(typeText, kommune: name)
            }
            let kreis = columns.text(.kreis, in: row), status = columns.text(.status, in: row)
            out.append(Kommune(
                name: name, kreis: kreis.isEmpty ? nil : kreis, kommunaltyp: typ.name,
                status: status.isEmpty ? nil : status))
        }
        return out
    }
}
