/// Where ``Workspace`` reads a model from: the current tables, or the history as it stood at
/// a moment. Each member is an SQL table expression with the columns of the current table.
struct ModelSource {
    var verdict: String
    var exception: String
    var vorhaben: String
    var addedValue: String
    var status: String
    /// The column that keeps exceptions in the order they were stored.
    var exceptionOrder: String
    /// The catalogue version to read (`nil`: the current catalogue).
    var catalogVersion: Int64?

    /// The current state.
    static let current = ModelSource(
        verdict: "verdict", exception: "kommune_exception", vorhaben: "vorhaben", addedValue: "added_value",
        status: "kommune_status_row", exceptionOrder: "rowid", catalogVersion: nil)

    /// The state at `at` (an ISO 8601 instant written by ``isoTimestamp(_:)``): per slot the
    /// last value recorded at or before it.
    static func asOf(_ at: String, catalogVersion: Int64?) -> ModelSource {
        // `at` is ours (digits, `-`, `:`, `T`, `Z`); keep anything else out of the SQL text.
        let t = "'" + at.filter { $0.isNumber || "-:TZ".contains($0) } + "'"
        func latest(_ table: String, _ columns: String, slot: String) -> String {
            "(SELECT \(columns), seq FROM \(table) WHERE seq IN (SELECT MAX(seq) FROM \(table) WHERE recorded_at <= \(t) GROUP BY \(slot)))"
        }
        let p = "file, sheet, cell, sha256, ingested_at"
        return ModelSource(
            verdict: latest("verdict_history", "einzelleistung, kommunaltyp, relevanz, raw, \(p)", slot: "einzelleistung, kommunaltyp"),
            exception: latest("exception_history", "kommune, einzelleistung, relevanz, note, \(p)", slot: "kommune, einzelleistung"),
            vorhaben: latest(
                "vorhaben_history",
                "identity, position, einzelleistung, ozg_id, titel, loesungsansatz, verantwortlich, start, ende, status, "
                    + "reifegrad_ist, reifegrad_ziel, prioritaet, notiz, \(p)", slot: "identity"),
            addedValue: latest("added_value_history", "einzelleistung, column_name, text, \(p)", slot: "einzelleistung, column_name"),
            status: "(SELECT * FROM status_history_row WHERE removed = 0 AND seq IN (SELECT MAX(seq) FROM status_history "
                + "WHERE recorded_at <= \(t) GROUP BY kommune, einzelleistung, quelle))",
            exceptionOrder: "seq", catalogVersion: catalogVersion)
    }
}
