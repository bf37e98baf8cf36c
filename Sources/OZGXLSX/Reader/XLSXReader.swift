import Foundation
import OZGSpreadsheet
import OZGXML

/// Reads `.xlsx` and `.xlsm` workbooks (transitional and Strict OOXML), streaming the sheets.
///
/// `init` reads the workbook-level parts: the package relationships, the workbook (sheets,
/// date system), shared strings, styles and document properties. ``rows(ofSheet:)`` then
/// streams one worksheet part; ``layout(ofSheet:)`` reads a worksheet part once more for
/// its columns, panes, merges, filters, validations, hyperlinks, protection, print set-up and
/// comments, skipping the
/// cells. Numbers in date, time and duration formats come out as dates, times and durations
/// in the workbook's date system.
public final class XLSXReader: ColumnSelectingReader {
    public let path: String
    public let sheets: [SheetInfo]
    public let properties: DocumentProperties

    private let package: XLSXPackage
    /// The worksheet part of each sheet, `nil` for chart sheets and missing parts.
    private let sheetParts: [String?]
    private let strings: [String]
    private let styles: StylesPart
    private let workbookPart: String

    /// Opens a workbook.
    ///
    /// - Throws: `SpreadsheetError.fileNotFound`; `.legacyExcel` for a Compound File (`.xls`),
    ///   `.encrypted` for a password-protected workbook; `.notASpreadsheet` for a file that is
    ///   not a zip or a zip without a workbook (an OpenDocument file is named as such);
    ///   `.corrupt`, `.malformedXML`, `.limitExceeded` for damaged or hostile files.
    public init(path: String, limits: ReadLimits = .default) throws {
        self.path = path
        try XLSXReader.checkSignature(path)
        let package = try XLSXPackage(path: path, limits: limits)
        self.package = package

        // The workbook through the package relationships; xl/workbook.xml as a fallback.
        let rootRels = try package.relationships(of: "")
        var workbookPart = rootRels.first { $0.type == "officeDocument" && !$0.isExternal }?.target
        if workbookPart.map({ !package.contains($0) }) ?? true {
            workbookPart = package.contains("xl/workbook.xml") ? "xl/workbook.xml" : nil
        }
        guard let workbookPart else { throw XLSXReader.notAWorkbook(package) }
        self.workbookPart = workbookPart

        let workbook = try WorkbookPart(package: package, part: workbookPart)
        let rels = try package.relationships(of: workbookPart)
        let dir = XLSXPackage.directory(of: workbookPart)
        self.sheets = workbook.sheets.map(\.info)
        self.sheetParts = workbook.sheets.map { sheet in
            guard let rel = rels.first(where: { $0.id == sheet.relationshipID }), !rel.isExternal, rel.type == "worksheet"
            else {
                // A chart sheet, or a sheet whose relationship is missing: no cells.
                return nil
            }
            return rel.target
        }
        if let sst = rels.first(where: { $0.type == "sharedStrings" })?.target ?? (package.contains(dir + "sharedStrings.xml") ? dir + "sharedStrings.xml" : nil) {
            strings = try SharedStrings(package: package, part: sst).strings
        } else {
            strings = []
        }
        if let st = rels.first(where: { $0.type == "styles" })?.target ?? (package.contains(dir + "styles.xml") ? dir + "styles.xml" : nil) {
            styles = try StylesPart(package: package, part: st)
        } else {
            styles = StylesPart()
        }
        var props = DocumentProperties(dateSystem: workbook.dateSystem)
        let core = rootRels.first { $0.type == "core-properties" }?.target ?? "docProps/core.xml"
        let app = rootRels.first { $0.type == "extended-properties" }?.target ?? "docProps/app.xml"
        try PropertiesParts.read(package: package, part: core, into: &props)
        try PropertiesParts.read(package: package, part: app, into: &props)
        self.properties = props
    }

    public func rows(ofSheet index: Int) throws -> any RowStream {
        try stream(index, onlyColumns: nil)
    }

    /// The rows with only the cells of `columns`: the other cells are parsed and checked as
    /// always, but their text is not built.
    public func rows(ofSheet index: Int, onlyColumns columns: [Int]) throws -> any RowStream {
        try stream(index, onlyColumns: columns)
    }

    private func stream(_ index: Int, onlyColumns: [Int]?) throws -> any RowStream {
        guard sheets.indices.contains(index) else {
            throw SpreadsheetError.sheetNotFound(file: path, sheet: String(index + 1), available: sheets.map(\.name))
        }
        guard let part = sheetParts[index] else { return ArrayRowStream([]) }
        return try XLSXRowStream(
            package: package, part: part, strings: strings, styles: styles, dateSystem: properties.dateSystem,
            onlyColumns: onlyColumns)
    }

    public func layout(ofSheet index: Int) throws -> SheetLayout {
        guard sheets.indices.contains(index) else {
            throw SpreadsheetError.sheetNotFound(file: path, sheet: String(index + 1), available: sheets.map(\.name))
        }
        guard let part = sheetParts[index] else { return .empty }
        var layout = try SheetLayoutParser.read(package: package, part: part, workbookPart: workbookPart, sheetIndex: index)
        layout.comments = try PrintPartsParser.comments(package: package, part: part)
        return layout
    }

    // MARK: - Recognising what the file is

    /// Refuses Compound Files (legacy `.xls`, or an encrypted OOXML workbook) before libzip
    /// looks at them.
    static func checkSignature(_ path: String) throws {
        guard let h = FileHandle(forReadingAtPath: path) else {
            if !FileManager.default.fileExists(atPath: path) { throw SpreadsheetError.fileNotFound(path: path) }
            throw SpreadsheetError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? h.close() }
        let head = (try? h.read(upToCount: 65536)) ?? Data()
        let cfb: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if head.count >= 8 && Array(head.prefix(8)) == cfb {
            var name = Data()
            for u in "EncryptionInfo".utf16 {
                name.append(UInt8(u & 0xFF))
                name.append(UInt8(u >> 8))
            }
            if head.range(of: name) != nil { throw SpreadsheetError.encrypted(path: path) }
            throw SpreadsheetError.legacyExcel(path: path)
        }
        if head.count < 4 || !(head[0] == 0x50 && head[1] == 0x4B) {
            throw SpreadsheetError.notASpreadsheet(path: path, detected: describe(head))
        }
    }

    private static func describe(_ head: Data) -> String {
        if head.isEmpty { return "an empty file" }
        if head.starts(with: Array("%PDF".utf8)) { return "a PDF document" }
        if head.starts(with: Array("<?xml".utf8)) || head.starts(with: Array("<".utf8)) { return "an XML or HTML file" }
        return "not a zip archive"
    }

    private static func notAWorkbook(_ package: XLSXPackage) -> SpreadsheetError {
        if let mime = try? package.zip.read(named: "mimetype") {
            let m = String(decoding: mime, as: UTF8.self).trimmingXMLSpace()
            if m.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") {
                return .notASpreadsheet(path: package.path, detected: "an OpenDocument spreadsheet (\(m)), not an Excel workbook: open it as .ods")
            }
            return .notASpreadsheet(path: package.path, detected: "an OpenDocument file (\(m))")
        }
        if package.contains("word/document.xml") { return .notASpreadsheet(path: package.path, detected: "a Word document") }
        if package.contains("ppt/presentation.xml") { return .notASpreadsheet(path: package.path, detected: "a PowerPoint presentation") }
        return .notASpreadsheet(path: package.path, detected: "zip archive without a workbook")
    }
}
