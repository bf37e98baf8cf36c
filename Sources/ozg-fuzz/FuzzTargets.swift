import Foundation
import OZGArchive
import OZGDomain
import OZGFiles
import OZGSpreadsheet
import OZGWorkingSheet

/// The fuzz targets: each takes arbitrary bytes and runs one reader (or the working-sheet
/// mapping) over them. A thrown error is a correct answer; a trap, a sanitizer report, a hang
/// or a runaway allocation is a finding.
enum FuzzTarget: String, CaseIterable {
    /// The bytes are an .xlsx file (zip archive).
    case xlsx
    /// The bytes are an .ods file.
    case ods
    /// The bytes are a .csv file (any encoding, any delimiter).
    case csv
    /// The bytes are `xl/worksheets/sheet1.xml` inside a well-formed, stored .xlsx package, so
    /// that mutations reach the sheet parser instead of the zip checks. This and the other part
    /// targets go on as ``convert`` does: JSON dump, conversion to .xlsx and .ods, read back.
    case xlsxSheet = "xlsx-sheet"
    /// The bytes are `xl/sharedStrings.xml` of such a package (rich text, phonetic runs).
    case xlsxStrings = "xlsx-strings"
    /// The bytes are `content.xml` inside a well-formed, stored .ods package.
    case odsContent = "ods-content"
    /// The bytes are a returned working sheet as CSV, mapped against the real catalogue.
    case mapping
    /// The bytes are any spreadsheet (the content decides the format): `ozg cat --format json`
    /// of every sheet, then `ozg convert` to .xlsx and .ods and both read back, so that values
    /// that read fine but cannot be written are found as well.
    case convert

    /// Limits low enough that a single input cannot take seconds, high enough for the seeds.
    /// Cells: the `convert` path reads, writes twice and reads back every cell; under
    /// AddressSanitizer 100,000 cells take about 12 s, so 20,000 keep an input within the 5 s
    /// timeout (the readers' real limit is tested by the hostile suite).
    static let limits = ReadLimits(
        maxEntrySize: 16 << 20, maxTotalSize: 64 << 20, maxCells: 20_000, maxXMLDepth: 128,
        maxStringBytes: 1 << 20, maxEntries: 200)

    func run(_ data: UnsafeBufferPointer<UInt8>, scratch: Scratch) {
        switch self {
        case .xlsx: readAll(path: scratch.write(data, as: "xlsx"))
        case .ods: readAll(path: scratch.write(data, as: "ods"))
        case .csv: readAll(path: scratch.write(data, as: "csv"))
        case .xlsxSheet:
            convert(path: scratch.package(XLSXPackageTemplate.entries(sheet: Array(data)), as: "xlsx"), scratch: scratch)
        case .xlsxStrings:
            convert(path: scratch.package(XLSXPackageTemplate.entries(sharedStrings: Array(data)), as: "xlsx"), scratch: scratch)
        case .odsContent:
            convert(path: scratch.package(ODSPackageTemplate.entries(content: Array(data)), as: "ods"), scratch: scratch)
        case .mapping: map(path: scratch.write(data, as: "csv"))
        case .convert: convert(path: scratch.write(data, as: "input"), scratch: scratch)
        }
    }

    private func convert(path: String?, scratch: Scratch) {
        guard let path, let reader = try? SpreadsheetFile.open(path, limits: Self.limits) else { return }
        let sink = ByteSink(fileDescriptor: scratch.devNull)
        try? SheetDumper(format: .json, sink: sink).dump(reader, sheets: Array(reader.sheets.indices))
        sink.flush()
        for ext in ["xlsx", "ods"] {
            let out = (scratch.directory as NSString).appendingPathComponent("converted.\(ext)")
            if (try? Converter(limits: Self.limits).convert(path, to: out)) != nil { readAll(path: out) }
        }
    }

    /// Opens the file and reads every sheet: properties, layout and every row.
    private func readAll(path: String?) {
        guard let path, let reader = try? SpreadsheetFile.open(path, limits: Self.limits) else { return }
        _ = reader.properties
        for i in reader.sheets.indices {
            _ = try? reader.layout(ofSheet: i)
            guard let rows = try? reader.rows(ofSheet: i) else { continue }
            var count = 0
            while let row = try? rows.next() {
                for cell in row.cells { count &+= cell.value.plainText.utf8.count }
            }
            _ = count
        }
    }

    private func map(path: String?) {
        guard let path, let reader = try? SpreadsheetFile.open(path, limits: Self.limits) else { return }
        let result = try? FuzzCatalog.mapper.map(reader: reader, file: path, sha256: "", ingestedAt: "")
        if let result {
            // Every finding must name a cell and carry a sentence.
            for f in result.findings where f.message.isEmpty { oracleFailed("a finding without message at \(f.cell)") }
        }
    }
}

/// A property the target checks does not hold: a finding for libFuzzer (which catches the abort
/// and keeps the input), and a failure for the regression replay.
func oracleFailed(_ what: String) -> Never {
    FileHandle.standardError.write(Data("ozg-fuzz: \(what)\n".utf8))
    abort()
}

/// The real catalogue (the seed sheets refer to it), loaded once.
enum FuzzCatalog {
    static let path: String = {
        if let p = ProcessInfo.processInfo.environment["OZG_FUZZ_CATALOG"] { return p }
        // Sources/ozg-fuzz/FuzzTargets.swift → package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent("Samples/data/ozg-katalog-2019.csv").path
    }()

    static let mapper: WorkingSheetMapper = {
        do {
            let workbook = try SpreadsheetFile.read(path)
            let catalog = try Catalog(sheet: workbook.sheets[0])
            return WorkingSheetMapper(catalog: catalog)
        } catch {
            FileHandle.standardError.write(Data("ozg-fuzz: cannot load the catalogue \(path): \(error) (set OZG_FUZZ_CATALOG)\n".utf8))
            exit(66)
        }
    }()
}

/// A per-process scratch folder for the files the readers open (they read from paths).
final class Scratch {
    let directory: String

    init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        directory = (base as NSString).appendingPathComponent("ozg-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// `/dev/null`, for output that is produced and thrown away.
    let devNull: Int32 = open("/dev/null", O_WRONLY)

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func write(_ data: UnsafeBufferPointer<UInt8>, as ext: String) -> String? {
        let path = (directory as NSString).appendingPathComponent("input.\(ext)")
        guard let f = fopen(path, "wb") else { return nil }
        defer { fclose(f) }
        if data.count > 0, fwrite(data.baseAddress, 1, data.count, f) != data.count { return nil }
        return path
    }

    func package(_ entries: [(String, [UInt8])], as ext: String) -> String? {
        let path = (directory as NSString).appendingPathComponent("package.\(ext)")
        do {
            let zip = try ZipWriter(path: path)
            for (name, bytes) in entries { try zip.addEntry(name, bytes: bytes, compression: .stored) }
            try zip.close()
            return path
        } catch {
            return nil
        }
    }
}

/// A minimal .xlsx package around a fuzzed part.
enum XLSXPackageTemplate {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>
        """
    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="Bewertung" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    static let workbookRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """
    /// Number formats that exercise the date classifier: a date, a time, an elapsed time, a percent.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/></numFmts>\
        <fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>\
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="10"/><xf numFmtId="49"/></cellXfs>\
        </styleSheet>
        """
    static let sharedStrings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">\
        <si><t>LeiKa-Schlüssel</t></si><si><r><t>Kre</t></r><r><rPr><b/></rPr><t>is</t></r><rPh><t>x</t></rPh></si><si><t xml:space="preserve"> ja </t></si></sst>
        """
    static let sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
        <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>43831</v></c><c r="C2" s="3"><v>1.5</v></c></row></sheetData>\
        </worksheet>
        """

    static func entries(sheet: [UInt8] = Array(sheet.utf8), sharedStrings: [UInt8] = Array(sharedStrings.utf8))
        -> [(String, [UInt8])]
    {
        [
            ("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(rootRels.utf8)),
            ("xl/workbook.xml", Array(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Array(workbookRels.utf8)),
            ("xl/styles.xml", Array(styles.utf8)), ("xl/sharedStrings.xml", sharedStrings),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    }
}

/// A minimal .ods package around a fuzzed `content.xml`.
enum ODSPackageTemplate {
    static let mimetype = "application/vnd.oasis.opendocument.spreadsheet"
    static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
        </manifest:manifest>
        """

    static func entries(content: [UInt8]) -> [(String, [UInt8])] {
        [("mimetype", Array(mimetype.utf8)), ("META-INF/manifest.xml", Array(manifest.utf8)), ("content.xml", content)]
    }
}
