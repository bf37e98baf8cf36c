import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// A protected working sheet's own columns (``SheetProtection/editableColumnsFrom``) get an
/// unlocked column format up to XFD. In constant-memory mode the writer sets those formats
/// when the sheet ends (libxlsxwriter would otherwise walk 16,384 columns for every row); the
/// file must read as the one written in normal mode, where they are set first.
@Suite("XLSX: unlocked columns of a protected sheet")
struct XLSXHeldColumnsTests {
    /// Columns, their width and lock, the dimension, and every cell's value, lock and border.
    static let script = """
        import json, sys, openpyxl
        ws = openpyxl.load_workbook(sys.argv[1])["Stand"]
        cols = {}
        for key, d in sorted(ws.column_dimensions.items()):
            cols[f"{d.min}:{d.max}"] = [round(d.width or 0, 2), d.protection.locked if d.protection else None]
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None or c.has_style:
                    cells[c.coordinate] = [c.value, c.protection.locked, c.border.left.style]
        print(json.dumps({"dimension": ws.calculate_dimension(), "cols": cols, "cells": cells,
                          "protected": ws.protection.sheet}, sort_keys=True))
        """

    /// A sheet of `rows` rows over four columns, C and D for input; `stray` puts a cell without
    /// a format of its own at column F (right of the table) in row 3.
    static func write(_ url: URL, constantMemory: Bool, stray: Bool) throws {
        let input = CellStyle(locked: false, border: true)
        var rows: [Row] = [Row(index: 0, cells: ["Leistung", "Schlüssel", "Stand", "Anmerkung"].enumerated().map {
            Cell(column: $0.offset, value: .text($0.element), style: CellStyle(bold: true, border: true))
        })]
        for r in 1...40 {
            var cells = [
                Cell(column: 0, value: .text("Leistung \(r)"), style: CellStyle(border: true)),
                Cell(column: 1, value: .number(Double(r)), format: .integer, style: CellStyle(border: true)),
                Cell(column: 2, value: r % 3 == 0 ? .text("online") : .empty, style: input),
                Cell(column: 3, value: .empty, style: input),
            ]
            if stray && r == 3 { cells.append(Cell(column: 5, value: .text("eigene Spalte"))) }
            rows.append(Row(index: r, cells: cells))
        }
        var layout = SheetLayout()
        layout.columnWidths = [0: 30, 1: 12, 2: 14, 3: 20, 6: 9]
        layout.protection = .workingSheet(editableColumnsFrom: 4)
        let writer = try XLSXWriter(path: url.path, options: WriteOptions(constantMemory: constantMemory))
        try writer.write(Workbook(sheets: [Sheet(name: "Stand", rows: rows, layout: layout)]))
    }

    static func read(_ url: URL) throws -> String {
        try ExternalTools.check(["python3", "-c", script, url.path]).text
    }

    @Test("constant-memory mode reads as normal mode: widths, unlocked columns to XFD, cells", .requires("openpyxl"), arguments: [false, true])
    func sameAsNormalMode(stray: Bool) throws {
        try ExternalTools.require("openpyxl")
        let dir = TemporaryDirectory("xlsx-held")
        let normal = dir.path("normal.xlsx"), constant = dir.path("constant.xlsx")
        try Self.write(normal, constantMemory: false, stray: stray)
        try Self.write(constant, constantMemory: true, stray: stray)
        let expected = try Self.read(normal), found = try Self.read(constant)
        #expect(found == expected)
        // What both should say: columns E to XFD unlocked, the table's own columns not.
        let book = try #require(try JSONSerialization.jsonObject(with: Data(found.utf8)) as? [String: Any])
        let cols = try #require(book["cols"] as? [String: [Any]])
        #expect(cols["8:16384"]?[1] as? Bool == false)
        #expect(cols["7:7"]?[1] as? Bool == false)
        #expect(cols["1:1"]?[1] as? Bool != false)
        #expect(book["protected"] as? Bool == true)
        if stray {
            // Written without a format of its own, the stray cell takes its column's: unlocked.
            let cells = try #require(book["cells"] as? [String: [Any]])
            #expect(cells["F4"]?[0] as? String == "eigene Spalte")
            #expect(cells["F4"]?[1] as? Bool == false)
        }
    }
}
