import Foundation
import OZGArchive
import OZGSpreadsheet

/// Writes an OpenDocument spreadsheet (.ods) row by row.
///
/// The tables of `content.xml` are streamed to a temporary file beside the output as rows come
/// in (memory stays flat however large the sheet); the automatic styles, which must come
/// before the tables, are collected on the way and put in front when ``close()`` assembles the
/// package with libzip: `mimetype` first and stored without extra field, then
/// `META-INF/manifest.xml`, `content.xml`, `styles.xml`, `meta.xml` (generator `OZGKit`) and
/// `settings.xml` (frozen panes).
///
/// Formulas: a formula already in OpenFormula (`of:=…`) is written as it is; an Excel A1 formula
/// is translated when it is simple (see ``FormulaTranslator``), otherwise only its cached value
/// is written. Text: line breaks become separate `text:p` paragraphs (as LibreOffice writes
/// them), space runs `text:s`, tabs `text:tab`; control characters XML cannot hold are dropped.
/// Layout written besides cells: widths, merges, validations, auto-filters, protection, frozen
/// panes, the print set-up (a page layout and master page per sheet in `styles.xml`, header rows
/// as `table:table-header-rows`), cell comments (`office:annotation`), conditional formats
/// (``ConditionalFormatXML``) and charts (embedded chart objects `Object N/`, see
/// ``ChartObjectXML``).
public final class ODSWriter: SpreadsheetWriter {
    public let path: String
    private var options: WriteOptions
    private let output: AtomicOutput
    private let bodyPath: String
    private var fd: Int32
    private let body: XMLOutput
    private let styles = StyleRegistry()
    private var sheetSettings: [(name: String, frozen: FrozenPane?)] = []
    private var sheetNames: Set<String> = []
    private var activeSheet: String?
    private var validationsXML = ""
    private var validationCount = 0
    private var databaseRangesXML = ""
    private var current: SheetEmitter?
    private var finished = false
    private var pageLayoutsXML = ""
    private var masterPagesXML = ""
    private var pageCount = 0
    private let conditional = ConditionalFormatXML()
    /// Embedded chart objects: folder name and content.xml.
    private var objects: [(name: String, content: String)] = []

    /// The compression level of `content.xml` (1 fastest … 9 smallest).
    ///
    /// 1 by default: on the 3,000,000-cell benchmark, level 6 takes four times as long to deflate
    /// for a file a third smaller (18.8 MB instead of 27.7 MB).
    public var contentCompressionLevel = 1

    /// Prepares a new .ods at `path`; nothing appears there before ``close()``.
    public init(path: String, options: WriteOptions = WriteOptions()) throws {
        self.path = path
        self.options = options
        output = try AtomicOutput(destination: path)
        bodyPath = output.temporaryPath + ".content"
        fd = open(bodyPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw SpreadsheetError.writeFailed(path: path, reason: "cannot create \(bodyPath): \(String(cString: strerror(errno)))")
        }
        body = XMLOutput(fd: fd)
    }

    deinit { discard() }

    public func beginSheet(_ info: SheetInfo, layout: SheetLayout) throws {
        guard !finished else { throw SpreadsheetError.writeFailed(path: path, reason: "the writer is closed") }
        guard !sheetNames.contains(info.name.lowercased()) else {
            throw SpreadsheetError.invalidValue(path: path, sheet: info.name, cell: "-", reason: "a second sheet with this name")
        }
        guard !info.name.isEmpty else {
            throw SpreadsheetError.invalidValue(path: path, sheet: info.name, cell: "-", reason: "a sheet needs a name")
        }
        try current?.finish()
        sheetNames.insert(info.name.lowercased())
        let index = sheetSettings.count
        sheetSettings.append((info.name, layout.frozen))
        if activeSheet == nil && info.visibility == .visible { activeSheet = info.name }

        var names: [String] = []
        for v in layout.validations {
            validationCount += 1
            let name = "val\(validationCount)"
            names.append(name)
            validationsXML += validationXML(v, name: name, sheet: info.name)
        }
        if let filter = layout.autoFilter {
            let sheet = FormulaTranslator.quoteSheet(info.name)
            databaseRangesXML += "<table:database-range table:name=\"__Anonymous_Sheet_DB__\(index)\" table:target-range-address=\""
                + DataStyleWriter.escape("\(sheet).\(filter.start.a1):\(sheet).\(filter.end.a1)")
                + "\" table:display-filter-buttons=\"true\"/>"
        }
        var master = "Default"
        if let p = layout.print {
            pageCount += 1
            master = "Seite\(pageCount)"
            pageLayoutsXML += PageStyleXML.pageLayout(p, name: "pm\(pageCount + 2)")
            masterPagesXML += PageStyleXML.masterPage(p, name: master, layoutName: "pm\(pageCount + 2)")
        }
        var extras: [CellReference: String] = [:]
        for c in layout.comments where c.cell.row >= 0 && c.cell.column >= 0 && c.cell.row < CellReference.maxRows
            && c.cell.column < CellReference.maxColumns
        {
            extras[c.cell, default: ""] += AnnotationXML.annotation(c)
        }
        for chart in layout.charts {
            let a = chart.anchor
            guard a.row >= 0, a.column >= 0, a.row < CellReference.maxRows, a.column < CellReference.maxColumns else {
                throw SpreadsheetError.invalidValue(path: path, sheet: info.name, cell: a.a1, reason: "the chart anchor is outside the grid")
            }
            let objectName = "Object \(objects.count + 1)"
            objects.append((objectName, ChartObjectXML.content(chart)))
            extras[a, default: ""] += ChartObjectXML.frame(chart, objectName: objectName, index: objects.count - 1)
        }
        let emitter = SheetEmitter(
            name: info.name, layout: layout, validationNames: names, styles: styles, out: body, path: path, extras: extras,
            trailer: conditional.tableXML(layout.conditionalFormats, sheet: info.name))
        emitter.begin(info: info, layout: layout, masterPage: master)
        current = emitter
    }

    public func write(_ row: Row) throws {
        guard let current, !finished else {
            throw SpreadsheetError.writeFailed(path: path, reason: "write(row) before beginSheet")
        }
        try current.write(row)
        if let failure = body.failure { throw SpreadsheetError.writeFailed(path: path, reason: failure) }
    }

    public func close() throws { try close(committingInto: nil) }

    /// Writes the package and hands it to `batch` (``AtomicBatch``), or moves it into place
    /// when `batch` is `nil`.
    public func close(committingInto batch: AtomicBatch?) throws {
        guard !finished else { return }
        if current == nil {
            try beginSheet(SheetInfo(name: "Tabelle1"), layout: .empty)
        }
        try current?.finish()
        current = nil
        body.flush()
        finished = true
        Foundation.close(fd)
        fd = -1
        defer { unlink(bodyPath) }
        if let failure = body.failure {
            output.discard()
            throw SpreadsheetError.writeFailed(path: path, reason: failure)
        }
        let prefix = XMLOutput()
        prefix.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content ")
        prefix.raw(PackageParts.namespaces)
        prefix.raw(" office:version=\"1.2\"><office:font-face-decls><style:font-face style:name=\"Liberation Sans\" svg:font-family=\"&apos;Liberation Sans&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/></office:font-face-decls><office:automatic-styles>")
        prefix.raw(styles.automaticStylesXML())
        prefix.raw("</office:automatic-styles><office:body><office:spreadsheet>")
        if !validationsXML.isEmpty {
            prefix.raw("<table:content-validations>" + validationsXML + "</table:content-validations>")
        }
        var suffix = ""
        if !databaseRangesXML.isEmpty {
            suffix += "<table:database-ranges>" + databaseRangesXML + "</table:database-ranges>"
        }
        suffix += "</office:spreadsheet></office:body></office:document-content>"

        do {
            let zip = try ZipWriter(path: output.temporaryPath)
            do {
                try zip.addEntry("mimetype", text: PackageParts.mimetype, compression: .stored)
                try zip.addEntry("META-INF/manifest.xml", text: PackageParts.manifest(objects: objects.map(\.name)))
                try zip.addEntry(
                    "content.xml",
                    segments: [.bytes(prefix.bytes), .file(path: bodyPath), .bytes(Array(suffix.utf8))],
                    compression: .deflated(level: contentCompressionLevel))
                try zip.addEntry(
                    "styles.xml",
                    text: PackageParts.styles(
                        commonStyles: conditional.commonStylesXML(), pageLayouts: pageLayoutsXML, masterPages: masterPagesXML))
                for object in objects {
                    try zip.addEntry(object.name + "/content.xml", text: object.content)
                    try zip.addEntry(object.name + "/styles.xml", text: ChartObjectXML.styles)
                }
                try zip.addEntry("meta.xml", text: PackageParts.meta(options.properties))
                try zip.addEntry("settings.xml", text: PackageParts.settings(sheets: sheetSettings, active: activeSheet))
                try zip.close()
            } catch {
                zip.discard()
                throw error
            }
            try output.commit(into: batch)
        } catch let e as SpreadsheetError {
            output.discard()
            throw e
        } catch {
            output.discard()
            throw SpreadsheetError.writeFailed(path: path, reason: "\(error)")
        }
    }

    public func discard() {
        if fd >= 0 {
            Foundation.close(fd)
            fd = -1
            unlink(bodyPath)
        }
        finished = true
        output.discard()
    }

    /// Takes a workbook's document properties for `meta.xml` when the writer was created without any.
    public func adoptProperties(_ properties: DocumentProperties) throws {
        if options.properties == DocumentProperties() { options.properties = properties }
    }

    private func validationXML(_ v: ListValidation, name: String, sheet: String) -> String {
        var condition: String
        if let source = v.source, let of = FormulaTranslator.openFormula(source.hasPrefix("=") ? source : "=" + source),
            v.values.isEmpty
        {
            condition = "of:cell-content-is-in-list(" + of.dropFirst(4) + ")"
        } else {
            condition = "of:cell-content-is-in-list("
                + v.values.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ";") + ")"
        }
        let base = FormulaTranslator.quoteSheet(sheet) + "." + v.range.start.a1
        return "<table:content-validation table:name=\"\(name)\" table:condition=\"" + DataStyleWriter.escape(condition)
            + "\" table:allow-empty-cell=\"\(v.allowBlank)\" table:display-list=\"unsorted\" table:base-cell-address=\""
            + DataStyleWriter.escape(base) + "\">" + messageXML(v) + "</table:content-validation>"
    }

    /// The help shown on selection and the message for other input (LibreOffice shows both).
    private func messageXML(_ v: ListValidation) -> String {
        var x = ""
        if let p = v.prompt {
            x += "<table:help-message table:title=\"" + DataStyleWriter.escape(p.title) + "\" table:display=\"true\"><text:p>"
                + DataStyleWriter.escape(p.text) + "</text:p></table:help-message>"
        }
        x += "<table:error-message table:message-type=\"" + (v.strict ? "stop" : "warning") + "\" table:display=\"true\""
        if let e = v.error {
            x += " table:title=\"" + DataStyleWriter.escape(e.title) + "\"><text:p>" + DataStyleWriter.escape(e.text)
                + "</text:p></table:error-message>"
        } else {
            x += "/>"
        }
        return x
    }
}
