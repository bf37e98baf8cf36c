import OZGSpreadsheet
import OZGXML

/// What `xl/workbook.xml` says: the sheets in order and the date system.
struct WorkbookPart {
    struct SheetEntry {
        var info: SheetInfo
        var relationshipID: String
    }

    var sheets: [SheetEntry] = []
    var dateSystem: DateSystem = .excel1900

    private static let names: (
        table: XMLNameTable, workbook: XMLName, workbookPr: XMLName, sheets: XMLName, sheet: XMLName,
        name: XMLName, state: XMLName, rid: XMLName, date1904: XMLName
    ) = {
        var t = XMLNameTable()
        let workbook = t.register("workbook", in: XLSXNamespaces.main)
        let workbookPr = t.register("workbookPr", in: XLSXNamespaces.main)
        let sheets = t.register("sheets", in: XLSXNamespaces.main)
        let sheet = t.register("sheet", in: XLSXNamespaces.main)
        let name = t.register("name", in: XMLNamespace.none)
        let state = t.register("state", in: XMLNamespace.none)
        let rid = t.register("id", in: XLSXNamespaces.officeRelationships)
        let date1904 = t.register("date1904", in: XMLNamespace.none)
        return (t, workbook, workbookPr, sheets, sheet, name, state, rid, date1904)
    }()

    /// Parses the workbook part. Only `workbookPr` in the main namespace, directly under
    /// `workbook`, sets the 1904 system (an `x15:workbookPr` in `extLst` does not).
    init(package: XLSXPackage, part: String) throws {
        let n = WorkbookPart.names
        guard let s = try package.scanner(part: part, names: n.table) else {
            throw SpreadsheetError.notASpreadsheet(path: package.path, detected: "zip archive without a workbook")
        }
        var sheets: [SheetEntry] = []
        var dateSystem = DateSystem.excel1900
        try package.mapping(part: part) {
            var sawRoot = false
            while true {
                let e = try s.next()
                guard case .startElement(let name) = e else {
                    if e == .endOfDocument { break }
                    continue
                }
                if s.depth == 1 {
                    guard name == n.workbook else {
                        throw SpreadsheetError.corrupt(
                            path: package.path, part: part, reason: "the root element is <\(s.localName)>, not a workbook")
                    }
                    sawRoot = true
                } else if s.depth == 2 && name == n.workbookPr {
                    if let i = s.attributeIndex(of: n.date1904), s.attribute(at: i, equals: "1") || s.attribute(at: i, equals: "true") {
                        dateSystem = .excel1904
                    }
                } else if s.depth == 3 && name == n.sheet {
                    let state = s.attribute(n.state) ?? "visible"
                    let visibility: SheetVisibility =
                        state == "hidden" ? .hidden : state == "veryHidden" ? .veryHidden : .visible
                    sheets.append(
                        SheetEntry(
                            info: SheetInfo(name: s.attribute(n.name) ?? "Sheet\(sheets.count + 1)", visibility: visibility),
                            relationshipID: s.attribute(n.rid) ?? ""))
                } else if s.depth == 2 && name != n.sheets {
                    try s.skipElement()
                }
            }
            _ = sawRoot
        }
        self.sheets = sheets
        self.dateSystem = dateSystem
    }
}
