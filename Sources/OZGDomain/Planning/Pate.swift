/// A Themenpate: the member of the group responsible for one Themenfeld.
public struct Pate: Hashable, Codable, Sendable {
    public var themenfeld: String
    public var name: String
    public var email: String?

    public init(themenfeld: String, name: String, email: String? = nil) {
        self.themenfeld = themenfeld
        self.name = name
        self.email = email
    }
}

extension Pate {
    /// Reads Paten from rows with a header (`Themenfeld,Pate,E-Mail`, columns by
    /// ``TableSchemas/paten``); rows without Themenfeld or name are skipped. A list without a
    /// Themenfeld or Pate column throws ``DomainError/missingColumn(_:what:)``.
    public static func list(rows: [[String]]) throws -> [Pate] {
        guard rows.first != nil else { throw DomainError.missingHeader(what: TableSchemas.paten.name) }
        let columns = TableSchemas.paten.recognise(rows: rows)
        try columns.requireAll(TableSchemas.paten)
        return rows.dropFirst().compactMap { row in
            let themenfeld = columns.text(.themenfeld, in: row), name = columns.text(.name, in: row)
            guard !themenfeld.isEmpty, !name.isEmpty else { return nil }
            let mail = columns.text(.email, in: row)
            return Pate(themenfeld: themenfeld, name: name, email: mail.isEmpty ? nil : mail)
        }
    }
}
