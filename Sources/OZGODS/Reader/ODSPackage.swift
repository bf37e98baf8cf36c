import Foundation
import OZGArchive
import OZGSpreadsheet
import OZGXML

/// Feeds a zip entry's inflated bytes to an XML scanner.
final class ZipXMLSource: XMLByteSource {
    let reader: ZipEntryReader
    init(_ reader: ZipEntryReader) { self.reader = reader }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int { try reader.read(into: buffer) }
}

/// The workbook-level parts of an .ods: mimetype and manifest checks, meta.xml, settings.xml.
enum ODSPackage {
    static let kinds: [String: String] = [
        "application/vnd.oasis.opendocument.text": "OpenDocument text document",
        "application/vnd.oasis.opendocument.text-template": "OpenDocument text template",
        "application/vnd.oasis.opendocument.presentation": "OpenDocument presentation",
        "application/vnd.oasis.opendocument.graphics": "OpenDocument drawing",
        "application/vnd.oasis.opendocument.chart": "OpenDocument chart",
        "application/vnd.oasis.opendocument.formula": "OpenDocument formula",
        "application/vnd.oasis.opendocument.text-master": "OpenDocument master document",
        "application/vnd.oasis.opendocument.database": "OpenDocument database",
    ]

    /// Checks the `mimetype` entry and the manifest; throws for other OpenDocument kinds and
    /// for encrypted documents.
    static func check(_ zip: ZipArchive, path: String) throws {
        var mime: String?
        if let bytes = try zip.read(named: "mimetype") {
            mime = String(decoding: bytes.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let manifest = try zip.read(named: "META-INF/manifest.xml")
        if let manifest {
            let text = String(decoding: manifest, as: UTF8.self)
            if text.contains("encryption-data") { throw SpreadsheetError.encrypted(path: path) }
            if mime == nil, let r = text.range(of: "full-path=\"/\"") {
                // The root entry names the document's media type.
                let tail = text[r.upperBound...].prefix(400)
                if let m = tail.range(of: "media-type=\""), let close = tail[m.upperBound...].firstIndex(of: "\"") {
                    mime = String(tail[m.upperBound..<close])
                }
            }
        }
        if let mime, !mime.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") {
            let detected = kinds[mime] ?? (mime.hasPrefix("application/vnd.oasis.opendocument") ? "OpenDocument file (\(mime))" : "zip archive with mimetype \(mime)")
            throw SpreadsheetError.notASpreadsheet(path: path, detected: detected)
        }
        guard zip.contains("content.xml") else {
            throw SpreadsheetError.notASpreadsheet(path: path, detected: mime == nil ? "zip archive without content.xml" : "OpenDocument file without content.xml")
        }
    }

    /// A scanner over a small part held in memory.
    static func scanner(_ bytes: [UInt8], limits: ReadLimits, names: ODSNames) -> XMLScanner {
        XMLScanner(bytes: bytes, names: names.table, limits: limits)
    }

    static func mapXML(_ e: Error, path: String, part: String) -> Error {
        guard let x = e as? XMLError else { return e }
        switch x {
        case .limitExceeded(_, let limit, let value, let maximum):
            return SpreadsheetError.limitExceeded(path: path, part: part, limit: limit, value: String(value), maximum: String(maximum))
        default:
            return SpreadsheetError.malformedXML(path: path, part: part, offset: x.offset, reason: x.reason)
        }
    }

    /// `meta.xml` into document properties; the number of tables LibreOffice counted, if any.
    static func meta(_ bytes: [UInt8], limits: ReadLimits) throws -> (DocumentProperties, Int?) {
        var t = XMLNameTable()
        let generator = t.register("generator", in: ODSNames.meta), title = t.register("title", in: ODSNames.dc)
        let subject = t.register("subject", in: ODSNames.dc), creator = t.register("creator", in: ODSNames.dc)
        let initial = t.register("initial-creator", in: ODSNames.meta), desc = t.register("description", in: ODSNames.dc)
        let keyword = t.register("keyword", in: ODSNames.meta), created = t.register("creation-date", in: ODSNames.meta)
        let date = t.register("date", in: ODSNames.dc), stats = t.register("document-statistic", in: ODSNames.meta)
        let tableCount = t.register("table-count", in: ODSNames.meta), user = t.register("user-defined", in: ODSNames.meta)
        let metaName = t.register("name", in: ODSNames.meta)
        let x = XMLScanner(bytes: bytes, names: t, limits: limits)
        var p = DocumentProperties()
        var count: Int?
        var keywords: [String] = []
        while true {
            let ev = try x.next()
            if case .endOfDocument = ev { break }
            guard case .startElement(let el) = ev else { continue }
            switch el {
            case generator: p.application = try x.elementText()
            case title: p.title = try x.elementText()
            case subject: p.subject = try x.elementText()
            case initial: p.author = try x.elementText()
            case creator:
                let c = try x.elementText()
                if p.author == nil { p.author = c }
            case desc: p.comments = try x.elementText()
            case keyword: keywords.append(try x.elementText())
            case created: p.created = dateTime(try x.elementText())
            case date: p.modified = dateTime(try x.elementText())
            case stats: count = x.attributeInt(tableCount)
            case user:
                if x.attribute(metaName) == "Company" { p.company = try x.elementText() }
            default: break
            }
        }
        if !keywords.isEmpty { p.keywords = keywords.joined(separator: ", ") }
        return (p, count)
    }

    static func dateTime(_ s: String) -> LocalDateTime? {
        var t = s.trimmingCharacters(in: .whitespaces)
        if let dot = t.firstIndex(of: "."), t.contains("T") { t = String(t[..<dot]) }
        switch LocalDateTime.parseISO(t) {
        case .dateTime(let dt)?: return dt
        case .date(let d)?: return LocalDateTime(date: d, time: TimeOfDay(seconds: 0))
        default: return nil
        }
    }

    /// Frozen panes per sheet name from `settings.xml`.
    static func frozenPanes(_ bytes: [UInt8], limits: ReadLimits) throws -> [String: FrozenPane] {
        var t = XMLNameTable()
        let entry = t.register("config-item-map-entry", in: ODSNames.config)
        let named = t.register("config-item-map-named", in: ODSNames.config)
        let item = t.register("config-item", in: ODSNames.config)
        let name = t.register("name", in: ODSNames.config)
        let x = XMLScanner(bytes: bytes, names: t, limits: limits)
        var result: [String: FrozenPane] = [:]
        var inTables = false
        var tablesDepth = 0
        var sheet: String?
        var sheetDepth = 0
        var items: [String: Int] = [:]
        while true {
            let ev = try x.next()
            switch ev {
            case .endOfDocument:
                return result
            case .startElement(let el):
                if el == named, x.attribute(name) == "Tables" {
                    inTables = true
                    tablesDepth = x.depth
                } else if inTables, el == entry, sheet == nil, x.depth == tablesDepth + 1 {
                    sheet = x.attribute(name)
                    sheetDepth = x.depth
                    items = [:]
                } else if el == item, sheet != nil, x.depth == sheetDepth + 1, let key = x.attribute(name) {
                    if let v = Int(try x.elementText().trimmingCharacters(in: .whitespaces)) { items[key] = v }
                }
            case .endElement(let el):
                if el == entry, let s = sheet, x.depth == sheetDepth - 1 {
                    let cols = items["HorizontalSplitMode"] == 2 ? items["HorizontalSplitPosition"] ?? 0 : 0
                    let rows = items["VerticalSplitMode"] == 2 ? items["VerticalSplitPosition"] ?? 0 : 0
                    if cols > 0 || rows > 0 { result[s] = FrozenPane(rows: rows, columns: cols) }
                    sheet = nil
                } else if el == named, inTables, x.depth == tablesDepth - 1 {
                    inTables = false
                }
            default: break
            }
        }
    }
}
