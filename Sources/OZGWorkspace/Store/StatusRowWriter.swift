import GRDB
import GRDBSQLite
import OZGDomain

/// The one writer of status rows: stores a council's or the dashboard's status in
/// `kommune_status` (``SchemaUmsetzung/upsertSQL``, replacing the slot's row) and records it in
/// `status_history` (``SchemaUmsetzung/historySQL``).
///
/// An ingest of 396 councils writes 1.3 million rows, so a row costs as little as SQLite allows:
/// its texts are copied once into one reused buffer and bound to both statements without
/// another copy (`SQLITE_STATIC`; the buffer lives until both statements have run), no argument
/// array is built per row, and no trigger runs per row.
struct StatusRowWriter {
    private let upsert: Statement
    private let history: Statement
    /// The row's texts, one after another (starts with one byte, so that an empty text still
    /// has an address: SQLite binds a null address as NULL).
    private var bytes: [UInt8] = [0]
    private var values: [Value] = []

    private enum Value {
        case null
        case int(Int64)
        case text(offset: Int, count: Int)
    }

    init(_ db: Database) throws {
        upsert = try db.cachedStatement(sql: SchemaUmsetzung.upsertSQL)
        history = try db.cachedStatement(sql: SchemaUmsetzung.historySQL)
        values.reserveCapacity(SchemaUmsetzung.storedColumns.count + 1)
    }

    /// Stores `s` whose Einzelleistung key is `key`, its file, SHA-256 and time being the
    /// `status_source` row `source` and its sheet and cell those of `provenance`. Its history row
    /// is recorded at its time of ingest, or at the time of writing (`recordedNow`, and for a
    /// row without a source): a resolved conflict takes effect when it is resolved.
    mutating func write(_ s: KommuneStatus, key: String, source: Int64?, provenance p: Provenance?, recordedNow: Bool = false) throws {
        bytes.removeSubrange(1...)
        values.removeAll(keepingCapacity: true)
        text(s.kommune); text(key); text(s.quelle.rawValue); text(s.stand.rawValue); text(s.url)
        text(s.loesung); text(s.loesungsart?.rawValue); int(s.reifegrad.map { Int64($0.stufe) })
        text(s.reifegrad?.modell.rawValue); text(s.prioritaet?.rawValue); int(s.fallzahl.map(Int64.init))
        text(s.geplantBis); text(s.geplantBisDatum?.iso); text(s.ansprechpartner); text(s.anmerkung); text(s.datenstand)
        text(s.flaechendeckung); int(source); text(p?.sheet); text(p?.cell)
        assert(values.count == SchemaUmsetzung.storedColumns.count)
        // The history's time: the source's time of ingest, as the status's provenance names it.
        text(source == nil || recordedNow ? nil : p?.ingestedAt)
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            try run(upsert, columns: values.count - 1, base, sql: SchemaUmsetzung.upsertSQL)
            try run(history, columns: values.count, base, sql: SchemaUmsetzung.historySQL)
        }
    }

    private mutating func text(_ v: String?) {
        guard let v else { values.append(.null); return }
        let offset = bytes.count
        bytes.append(contentsOf: v.utf8)
        values.append(.text(offset: offset, count: bytes.count - offset))
    }

    private mutating func int(_ v: Int64?) {
        values.append(v.map(Value.int) ?? .null)
    }

    /// Binds the first `columns` values to `statement` and runs it.
    private func run(_ statement: Statement, columns: Int, _ base: UnsafePointer<UInt8>, sql: String) throws {
        let st = statement.sqliteStatement
        sqlite3_reset(st)
        for i in 0..<columns {
            let n = Int32(i + 1)
            switch values[i] {
            case .null: sqlite3_bind_null(st, n)
            case .int(let v): sqlite3_bind_int64(st, n, v)
            case .text(let offset, let count):
                sqlite3_bind_text(st, n, UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self), Int32(count), nil)
            }
        }
        let rc = sqlite3_step(st)
        // The statement must not keep the buffer's addresses beyond this call.
        sqlite3_reset(st)
        sqlite3_clear_bindings(st)
        guard rc == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(st))), sql: sql)
        }
    }
}
