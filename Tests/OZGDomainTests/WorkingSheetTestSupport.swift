import Foundation
import OZGDomain
import OZGSpreadsheet
import OZGTestSupport

/// Builders for in-memory working sheets and the catalogues the WorkingSheet tests use.
enum WS {
    /// A small catalogue: two Themenfelder, a key shared by two OZG-Leistungen, a row without key.
    static let smallCatalog: Catalog = {
        func e(_ key: String?, _ bez: String, _ ozg: Int, _ leistung: String, _ tf: String, _ lage: String, _ typ: String)
            -> Einzelleistung
        {
            Einzelleistung(
                leika: key.flatMap { LeikaKey(text: $0) }, bezeichnung: bez, ozgId: ozg, ozgLeistung: leistung, themenfeld: tf,
                lage: lage, typ: LeikaTyp(raw: typ))
        }
        return Catalog(einzelleistungen: [
            e("99107023017000", "Wohngeld Bewilligung", 10092, "Wohngeld", "Bauen & Wohnen", "Wohnen & Umzug", "2/3"),
            e("99107023001000", "Wohngeld Information", 10092, "Wohngeld", "Bauen & Wohnen", "Wohnen & Umzug", "2/3"),
            e("99115005000000", "Meldebescheinigung", 10200, "Meldebescheinigung", "Bauen & Wohnen", "Wohnen & Umzug", "1"),
            e(nil, "Beratung zum Wohnberechtigungsschein", 10093, "Wohnberechtigungsschein", "Bauen & Wohnen", "Wohnen & Umzug", "5"),
            e("99050012104000", "Gewerbeanmeldung", 10120, "Gewerbeanmeldung", "Unternehmensführung & -entwicklung", "Unternehmensgründung", "2/3"),
            e("99050012104000", "Gewerbeanmeldung", 10121, "Gewerbeanmeldung für Reisegewerbe", "Unternehmensführung & -entwicklung", "Unternehmensgründung", "2/3"),
        ])
    }()

    /// The real catalogue of `Samples/data/ozg-katalog-2019.csv`, loaded once.
    static let realCatalog: Catalog? = {
        let url = ExternalTools.sampleData.appendingPathComponent("ozg-katalog-2019.csv")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? Catalog(rows: parseCSV(String(decoding: data, as: UTF8.self)))
    }()

    /// A minimal RFC 4180 reader (comma, quotes) for the catalogue file.
    static func parseCSV(_ text: String, separator: Character = ",") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == separator {
                row.append(field); field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// A value for a cell: String → text, Int/Double → number, Bool → boolean, CalendarDate → date,
    /// CellValue as is, nil → no cell.
    static func value(_ any: Any?) -> CellValue? {
        switch any {
        case nil: return nil
        case let v as CellValue: return v
        case let s as String: return s.isEmpty ? nil : .text(s)
        case let i as Int: return .number(Double(i))
        case let d as Double: return .number(d)
        case let b as Bool: return .boolean(b)
        case let d as CalendarDate: return .date(d)
        default: return .text("\(any!)")
        }
    }

    /// A sheet from rows of values; the first array is row `startRow` (zero-based).
    static func sheet(_ name: String, startRow: Int = 0, _ rows: [[Any?]], merges: [CellRange] = []) -> Sheet {
        var out: [Row] = []
        for (i, values) in rows.enumerated() {
            let cells = values.enumerated().compactMap { col, v in value(v).map { Cell(column: col, value: $0) } }
            if !cells.isEmpty { out.append(Row(index: startRow + i, cells: cells)) }
        }
        return Sheet(name: name, rows: out, layout: SheetLayout(merges: merges))
    }
}

extension WS {
    /// Reads a spreadsheet with another program (openpyxl, python-calamine, Python's csv) through
    /// `Tests/Scripts/sheet_dump.py`, as an in-memory workbook.
    static func dumpWithPython(_ url: URL) throws -> Workbook {
        let out = try ExternalTools.python(script: "sheet_dump.py", [url.path])
        guard let object = try JSONSerialization.jsonObject(with: out.stdout) as? [String: Any],
            let sheets = object["sheets"] as? [[String: Any]]
        else { throw DumpError.badOutput(url.path) }
        var result: [Sheet] = []
        for s in sheets {
            let name = s["name"] as? String ?? "?"
            var rows: [Int: [Cell]] = [:]
            for case let c as [Any] in s["cells"] as? [Any] ?? [] {
                guard c.count == 4, let r = c[0] as? Int, let col = c[1] as? Int, let t = c[2] as? String else { continue }
                let value: CellValue
                switch t {
                case "b": value = .boolean((c[3] as? Bool) ?? false)
                case "n": value = .number((c[3] as? NSNumber)?.doubleValue ?? 0)
                case "d": value = (c[3] as? String).flatMap { CalendarDate(iso: Substring($0)) }.map(CellValue.date) ?? .empty
                default: value = .text(c[3] as? String ?? "")
                }
                rows[r, default: []].append(Cell(column: col, value: value))
            }
            let sorted = rows.keys.sorted().map { Row(index: $0, cells: rows[$0]!.sorted { $0.column < $1.column }) }
            result.append(Sheet(name: name, rows: sorted))
        }
        return Workbook(sheets: result)
    }

    enum DumpError: Error { case badOutput(String) }

    /// `Samples/working-sheets`.
    static var samplesFolder: URL { ExternalTools.samples.appendingPathComponent("working-sheets") }

    /// What `expected.json` says about one sample file.
    struct Expected {
        var verdicts: Int
        var byRelevanz: [String: Int]
        var vorhaben: Int
        var extraColumns: [String]
        /// `sheet!cell severity`, sorted.
        var findings: [String]
    }

    static func expectedSamples() throws -> [String: Expected] {
        let data = try Data(contentsOf: samplesFolder.appendingPathComponent("expected.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        var out: [String: Expected] = [:]
        for (name, any) in object?["files"] as? [String: [String: Any]] ?? [:] {
            let findings = (any["findings"] as? [[String: String]] ?? []).map {
                "\($0["sheet"] ?? "")!\($0["cell"] ?? "") \($0["severity"] ?? "")"
            }
            out[name] = Expected(
                verdicts: any["verdicts"] as? Int ?? -1, byRelevanz: any["byRelevanz"] as? [String: Int] ?? [:],
                vorhaben: any["vorhaben"] as? Int ?? -1, extraColumns: any["extraColumns"] as? [String] ?? [],
                findings: findings.sorted())
        }
        return out
    }
}

import OZGFiles

extension WS {
    /// Writes a workbook through OZGFiles (format by extension: XLSXWriter or ODSWriter).
    static func write(_ workbook: Workbook, to path: String) throws {
        try SpreadsheetFile.write(workbook, to: path)
    }

    /// Opens a file through OZGFiles (format by content).
    static func open(_ path: String) throws -> any SpreadsheetReader { try SpreadsheetFile.open(path) }
}
