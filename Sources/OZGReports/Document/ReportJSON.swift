import Foundation
import OZGSpreadsheet

/// The JSON form of a ``ReportDocument``: what `--format json` prints and plug-ins return.
///
/// Required: `{"title":"…","sheets":[{"name":"…","tables":[{"title":"…","columns":["…"],
/// "rows":[[…]]}]}]}`. Optional keys: document `subtitle`, `stand` (`YYYY-MM-DD`),
/// `isSampleData`, `author`, `company`; sheet `charts`, `notes`; table `columnTypes` (one of `text`, `integer`,
/// `number`, `percent`, `date`, `verdict`, `timeline`, `paragraph` per column), `columnWidths` (characters, or null), `rowRoles` (`data`, `group`,
/// `subgroup`, `total` per row), `heatMap`, `frozenColumns`. A column may also be an object
/// `{"name":"…","kind":"…","width":12}`. See docs/REPORTS.md for the schema.
public enum ReportJSON {
    /// The JSON value of a document.
    public static func value(of document: ReportDocument) -> JSONValue {
        var doc: [(String, JSONValue)] = [("title", .string(document.title))]
        if let s = document.subtitle { doc.append(("subtitle", .string(s))) }
        if let s = document.stand { doc.append(("stand", .string(s.iso))) }
        doc.append(("isSampleData", .bool(document.isSampleData)))
        if let s = document.author { doc.append(("author", .string(s))) }
        if let s = document.company { doc.append(("company", .string(s))) }
        doc.append(("sheets", .array(document.sheets.map(value(of:)))))
        return .object(doc)
    }

    static func value(of sheet: ReportSheet) -> JSONValue {
        var o: [(String, JSONValue)] = [("name", .string(sheet.name)), ("tables", .array(sheet.tables.map(value(of:))))]
        if !sheet.charts.isEmpty {
            o.append(("charts", .array(sheet.charts.map { c in
                .object([
                    ("kind", .string(c.kind.rawValue)), ("title", .string(c.title)), ("table", .number(Double(c.table))),
                    ("category", .number(Double(c.categoryColumn))),
                    ("values", .array(c.valueColumns.map { .number(Double($0)) })),
                ])
            })))
        }
        if !sheet.notes.isEmpty { o.append(("notes", .array(sheet.notes.map(JSONValue.string)))) }
        return .object(o)
    }

    static func value(of table: ReportTable) -> JSONValue {
        var o: [(String, JSONValue)] = [
            ("title", .string(table.title)),
            ("columns", .array(table.columns.map { .string($0.name) })),
            ("columnTypes", .array(table.columns.map { .string($0.kind.rawValue) })),
        ]
        if table.columns.contains(where: { $0.width != nil }) {
            o.append(("columnWidths", .array(table.columns.map { $0.width.map(JSONValue.number) ?? .null })))
        }
        if table.rows.contains(where: { $0.role != .data }) {
            o.append(("rowRoles", .array(table.rows.map { .string($0.role.rawValue) })))
        }
        if table.heatMap { o.append(("heatMap", .bool(true))) }
        if let h = table.heatMapColumns { o.append(("heatMapColumns", .array(h.map { .number(Double($0)) }))) }
        if table.frozenColumns > 0 { o.append(("frozenColumns", .number(Double(table.frozenColumns)))) }
        o.append(("rows", .array(table.rows.map { .array($0.cells.map(value(of:))) })))
        return .object(o)
    }

    /// A cell as a plain JSON value.
    public static func value(of v: ReportValue) -> JSONValue {
        switch v {
        case .text(let s), .verdict(let s): return .string(s)
        case .integer(let n): return .number(Double(n))
        case .number(let d), .percent(let d): return .number(d)
        case .date(let d): return .string(d.iso)
        case .empty: return .null
        }
    }

    /// The document as JSON text (UTF-8).
    public static func encode(_ document: ReportDocument, pretty: Bool = true) -> Data {
        Data((value(of: document).serialized(pretty: pretty) + (pretty ? "\n" : "")).utf8)
    }

    /// Reads a document from JSON; `source` names the origin in errors (a plug-in, a file).
    public static func decode(_ data: Data, source: String = "JSON") throws -> ReportDocument {
        let json: JSONValue
        do {
            json = try JSONValue.parse(data)
        } catch {
            throw ReportError.invalidJSON(source: source, reason: "kein JSON (\(error))")
        }
        return try document(from: json, source: source)
    }

    static func document(from json: JSONValue, source: String) throws -> ReportDocument {
        func fail(_ reason: String) -> ReportError { .invalidJSON(source: source, reason: reason) }
        guard case .object = json else { throw fail("ein Objekt wird erwartet") }
        guard let title = json["title"]?.stringValue else { throw fail("„title“ fehlt") }
        guard let sheetsJSON = json["sheets"]?.arrayValue else { throw fail("„sheets“ fehlt") }
        var stand: CalendarDate?
        if let s = json["stand"]?.stringValue {
            guard let d = CalendarDate(iso: Substring(s)) else { throw fail("„stand“ ist kein Datum JJJJ-MM-TT: \(s)") }
            stand = d
        }
        var sheets: [ReportSheet] = []
        for (si, sj) in sheetsJSON.enumerated() {
            guard let name = sj["name"]?.stringValue else { throw fail("sheets[\(si)]: „name“ fehlt") }
            let tablesJSON = sj["tables"]?.arrayValue ?? []
            var tables: [ReportTable] = []
            for (ti, tj) in tablesJSON.enumerated() {
                tables.append(try table(from: tj, path: "sheets[\(si)].tables[\(ti)]", fail: fail))
            }
            var charts: [ReportChart] = []
            for (ci, cj) in (sj["charts"]?.arrayValue ?? []).enumerated() {
                guard let kindText = cj["kind"]?.stringValue, let kind = ReportChart.Kind(rawValue: kindText) else {
                    throw fail("sheets[\(si)].charts[\(ci)]: „kind“ muss bar, column, stackedBar oder line sein")
                }
                let values = (cj["values"]?.arrayValue ?? []).compactMap { $0.numberValue.map { Int($0) } }
                charts.append(ReportChart(
                    kind: kind, title: cj["title"]?.stringValue ?? "", table: Int(cj["table"]?.numberValue ?? 0),
                    categoryColumn: Int(cj["category"]?.numberValue ?? 0), valueColumns: values))
            }
            let notes = (sj["notes"]?.arrayValue ?? []).compactMap(\.stringValue)
            sheets.append(ReportSheet(name: name, tables: tables, charts: charts, notes: notes))
        }
        let doc = ReportDocument(
            title: title, subtitle: json["subtitle"]?.stringValue, stand: stand,
            isSampleData: json["isSampleData"]?.boolValue ?? false, sheets: sheets,
            author: json["author"]?.stringValue, company: json["company"]?.stringValue)
        do {
            try doc.validate()
        } catch let ReportError.invalidDocument(reason) {
            throw fail(reason)
        }
        return doc
    }

    static func table(from tj: JSONValue, path: String, fail: (String) -> ReportError) throws -> ReportTable {
        guard let columnsJSON = tj["columns"]?.arrayValue else { throw fail("\(path): „columns“ fehlt") }
        let rowsJSON = tj["rows"]?.arrayValue ?? []
        let types = tj["columnTypes"]?.arrayValue?.map { $0.stringValue.flatMap(ReportColumn.Kind.init(rawValue:)) }
        var columns: [ReportColumn] = []
        for (i, c) in columnsJSON.enumerated() {
            if let name = c.stringValue {
                let kind = (types.flatMap { i < $0.count ? $0[i] : nil }) ?? inferKind(column: i, rows: rowsJSON)
                columns.append(ReportColumn(name, kind: kind))
            } else if let name = c["name"]?.stringValue {
                let kind = c["kind"]?.stringValue.flatMap(ReportColumn.Kind.init(rawValue:))
                    ?? inferKind(column: i, rows: rowsJSON)
                columns.append(ReportColumn(name, kind: kind, width: c["width"]?.numberValue))
            } else {
                throw fail("\(path).columns[\(i)]: Text oder Objekt mit „name“ erwartet")
            }
        }
        if let widths = tj["columnWidths"]?.arrayValue {
            for (i, w) in widths.enumerated() where i < columns.count {
                if let n = w.numberValue { columns[i].width = n }
            }
        }
        let roles = tj["rowRoles"]?.arrayValue?.map { $0.stringValue.flatMap(ReportRow.Role.init(rawValue:)) ?? .data }
        var rows: [ReportRow] = []
        for (r, rj) in rowsJSON.enumerated() {
            guard let cellsJSON = rj.arrayValue else { throw fail("\(path).rows[\(r)]: eine Liste von Werten wird erwartet") }
            guard cellsJSON.count <= columns.count else {
                throw fail("\(path).rows[\(r)]: \(cellsJSON.count) Werte bei \(columns.count) Spalten")
            }
            var cells: [ReportValue] = []
            for (c, v) in cellsJSON.enumerated() {
                guard let value = cellValue(v, kind: columns[c].kind) else {
                    throw fail("\(path).rows[\(r)][\(c)]: nur Text, Zahl, Wahrheitswert oder null sind erlaubt")
                }
                cells.append(value)
            }
            let role = roles.flatMap { r < $0.count ? $0[r] : nil } ?? .data
            rows.append(ReportRow(cells, role: role))
        }
        return ReportTable(
            title: tj["title"]?.stringValue ?? "", columns: columns, rows: rows,
            heatMap: tj["heatMap"]?.boolValue ?? false,
            heatMapColumns: tj["heatMapColumns"]?.arrayValue?.compactMap { $0.numberValue.map { Int($0) } },
            frozenColumns: Int(tj["frozenColumns"]?.numberValue ?? 0))
    }

    /// A plain JSON value as a cell of a column of `kind`; `nil` for arrays and objects.
    static func cellValue(_ v: JSONValue, kind: ReportColumn.Kind) -> ReportValue? {
        switch v {
        case .null: return .empty
        case .bool(let b): return kind == .verdict ? .verdict(b ? "ja" : "nein") : .text(b ? "ja" : "nein")
        case .number(let n):
            switch kind {
            case .percent: return .percent(n)
            case .number: return .number(n)
            default: return n == n.rounded() && abs(n) < 1e15 ? .integer(Int(n)) : .number(n)
            }
        case .string(let s):
            switch kind {
            case .date: return CalendarDate(iso: Substring(s)).map(ReportValue.date) ?? .text(s)
            case .verdict, .timeline: return .verdict(s)
            default: return .text(s)
            }
        case .array, .object: return nil
        }
    }

    /// A column's kind from its values when the JSON does not say: integer, number or text.
    static func inferKind(column: Int, rows: [JSONValue]) -> ReportColumn.Kind {
        var sawNumber = false, sawFraction = false
        for r in rows {
            guard let cells = r.arrayValue, column < cells.count else { continue }
            switch cells[column] {
            case .null: continue
            case .number(let n):
                sawNumber = true
                if n != n.rounded() { sawFraction = true }
            default: return .text
            }
        }
        return sawNumber ? (sawFraction ? .number : .integer) : .text
    }
}

extension ReportDocument: Codable {
    /// Decodes the JSON form described in ``ReportJSON``.
    public init(from decoder: Decoder) throws {
        let json = try JSONValue(from: decoder)
        self = try ReportJSON.document(from: json, source: "JSON")
    }

    public func encode(to encoder: Encoder) throws {
        try ReportJSON.value(of: self).encode(to: encoder)
    }
}
