import Foundation
import OZGArchive
import OZGSpreadsheet
import OZGXML

/// Reads an OpenDocument spreadsheet (.ods), streaming `content.xml` row by row.
///
/// `init` checks the package (the `mimetype` entry: an .odt renamed to .ods is
/// ``SpreadsheetError/notASpreadsheet(path:detected:)`` naming "OpenDocument text document";
/// a manifest with `manifest:encryption-data` is ``SpreadsheetError/encrypted(path:)``), reads
/// `styles.xml`, `meta.xml` (properties; the generator becomes `application`) and
/// `settings.xml` (frozen panes), and finds the sheets: when `meta.xml` counts a single table
/// only the head of `content.xml` is read, otherwise one pass over it collects the names.
///
/// Values: `float` → number; `percentage` and `currency` → number with their format;
/// `date` → date, or date-time when the value has a time of day (or is written with one
/// and no date style says otherwise); `time` → `.time` below 24 hours in a clock style, and
/// `.duration` in an elapsed style (`number:truncate-on-overflow="false"`), from 24 hours up
/// or when negative; `boolean`; `string` (`office:string-value` or the paragraphs joined by
/// "\n"); a cell without type holding text is text; LibreOffice's error results are
/// `.error`. Formulas are kept in ODF syntax (`of:=SUM([.A1:.A3])`) in ``Cell/formula`` with
/// the cached value. Annotations are comments, never part of a value. Covered cells keep
/// their column; spans become merges. Data styles become Excel-syntax formats.
///
/// ``layout(ofSheet:)`` reads all of `content.xml` once (auto-filters come after the tables)
/// and caches the layouts of every sheet. A validation's range is the bounding box of the
/// cells that name it.
public final class ODSReader: SpreadsheetReader {
    public let path: String
    public let limits: ReadLimits
    public private(set) var sheets: [SheetInfo] = []
    public private(set) var properties = DocumentProperties()

    private let zip: ZipArchive
    private let names = ODSNames()
    private let baseStyles = ODSStyleSheet()
    private var frozen: [String: FrozenPane] = [:]
    private var pageStyles = ODSPageStyles()
    private var layouts: [SheetLayout]?

    public init(path: String, limits: ReadLimits = .default) throws {
        self.path = path
        self.limits = limits
        guard FileManager.default.fileExists(atPath: path) else { throw SpreadsheetError.fileNotFound(path: path) }
        zip = try ZipArchive(path: path, limits: limits)
        try ODSPackage.check(zip, path: path)
        var tableCount: Int?
        if let bytes = try zip.read(named: "styles.xml") {
            try parse("styles.xml") {
                let x = XMLScanner(bytes: bytes, names: names.table, limits: limits)
                while true {
                    let ev = try x.next()
                    if case .endOfDocument = ev { break }
                    if case .startElement(let el) = ev, el == names.styles || el == names.automaticStyles {
                        try baseStyles.read(x, names)
                    }
                }
                pageStyles = try ODSPageStyles(styles: bytes, limits: limits)
            }
        }
        if let bytes = try zip.read(named: "meta.xml") {
            try parse("meta.xml") { (properties, tableCount) = try ODSPackage.meta(bytes, limits: limits) }
        }
        if let bytes = try zip.read(named: "settings.xml") {
            try parse("settings.xml") { frozen = try ODSPackage.frozenPanes(bytes, limits: limits) }
        }
        try parse("content.xml") {
            let parser = try makeParser(background: tableCount != 1)
            guard try parser.readHead() else { return }
            repeat {
                if let name = parser.tableName {
                    sheets.append(SheetInfo(name: name, visibility: parser.tableHidden ? .hidden : .visible))
                }
                if tableCount == 1 { break }
            } while try parser.nextTable()
        }
    }

    private func parse(_ part: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let e as XMLError {
            throw ODSPackage.mapXML(e, path: path, part: part)
        }
    }

    private func makeParser(background: Bool) throws -> ODSContentParser {
        guard let entry = zip.entry(named: "content.xml") else {
            throw SpreadsheetError.corrupt(path: path, part: "content.xml", reason: "missing")
        }
        let stream = try zip.stream(entry, background: background)
        let scanner = XMLScanner(source: ZipXMLSource(stream), names: names.table, limits: limits)
        let styles = ODSStyleSheet()
        styles.cellStyles = baseStyles.cellStyles
        styles.dataStyles = baseStyles.dataStyles
        styles.columnWidths = baseStyles.columnWidths
        styles.hiddenTables = baseStyles.hiddenTables
        styles.tableMasterPages = baseStyles.tableMasterPages
        return ODSContentParser(scanner: scanner, names: names, styles: styles, path: path, limits: limits)
    }

    public func layout(ofSheet index: Int) throws -> SheetLayout {
        guard sheets.indices.contains(index) else {
            throw SpreadsheetError.sheetNotFound(file: path, sheet: String(index + 1), available: sheets.map(\.name))
        }
        if let layouts, layouts.indices.contains(index) { return layouts[index] }
        var all: [SheetLayout] = []
        var tableNames: [String] = []
        try parse("content.xml") {
            let parser = try makeParser(background: true)
            parser.wantValues = false
            guard try parser.readHead() else { return }
            repeat {
                tableNames.append(parser.tableName ?? "")
                let master = parser.tableStyle.flatMap { parser.styles.tableMasterPages[$0] }
                try parser.drainToEnd()
                var layout = parser.finishLayout()
                for f in parser.objectFrames where !f.href.contains("..") && !f.href.hasPrefix("/") {
                    guard let bytes = try zip.read(named: f.href + "/content.xml") else { continue }
                    if let chart = try ODSChartReader.read(bytes, anchor: f.cell, width: f.width, height: f.height, limits: limits) {
                        layout.charts.append(chart)
                    }
                }
                // The plain default page (no header, footer or scaling, as ODSWriter writes it for
                // sheets without a print set-up) is no print set-up.
                if let m = master, var setup = pageStyles.byMasterPage[m],
                    !(m == "Default" && setup.header == nil && setup.footer == nil && setup.fitToWidth == 0)
                {
                    setup.repeatRows = layout.print?.repeatRows
                    layout.print = setup
                }
                all.append(layout)
            } while try parser.nextTable()
            for (i, name) in tableNames.enumerated() {
                all[i].autoFilter = parser.filters[name]
                all[i].frozen = frozen[name]
            }
        }
        layouts = all
        guard all.indices.contains(index) else { return SheetLayout() }
        return all[index]
    }

    public func rows(ofSheet index: Int) throws -> any RowStream {
        guard sheets.indices.contains(index) else {
            throw SpreadsheetError.sheetNotFound(file: path, sheet: String(index + 1), available: sheets.map(\.name))
        }
        var result: ODSContentParser?
        try parse("content.xml") {
            let parser = try makeParser(background: true)
            guard try parser.readHead() else { return }
            for _ in 0..<index { guard try parser.nextTable() else { return } }
            result = parser
        }
        return ODSRowStream(parser: result, path: path)
    }
}

/// The rows of one table of `content.xml`.
final class ODSRowStream: RowStream {
    private let parser: ODSContentParser?
    private let path: String

    init(parser: ODSContentParser?, path: String) {
        self.parser = parser
        self.path = path
    }

    func next() throws -> Row? {
        guard let parser else { return nil }
        do {
            return try parser.nextRow()
        } catch let e as XMLError {
            throw ODSPackage.mapXML(e, path: path, part: "content.xml")
        }
    }
}
