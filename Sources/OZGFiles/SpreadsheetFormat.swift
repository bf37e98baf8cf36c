import Foundation
import OZGSpreadsheet

/// The file formats OZGKit reads and writes.
public enum SpreadsheetFormat: String, CaseIterable, Sendable {
    case xlsx, ods, csv

    /// The format for a file name's extension (`.xlsx`, `.xlsm`, `.ods`, `.csv`, `.tsv`, `.txt`).
    public init?(pathExtension ext: String) {
        switch ext.lowercased() {
        case "xlsx", "xlsm": self = .xlsx
        case "ods": self = .ods
        case "csv", "tsv", "txt": self = .csv
        default: return nil
        }
    }

    /// Tells the format from a file's first bytes, which win over its name: an .ods saved with an
    /// .xlsx name still opens. Throws for what OZGKit cannot read, naming what the file is.
    ///
    /// - Zip archives whose first entry is a stored `mimetype` are OpenDocument; the media type
    ///   says which kind (a text document renamed to .ods is refused with its real kind).
    /// - Other zip archives are OOXML (the XLSX reader checks for a workbook).
    /// - A Compound File (`D0 CF 11 E0`) is a legacy .xls or an encrypted OOXML workbook.
    /// - Text without NUL bytes is CSV.
    public static func detect(path: String) throws -> SpreadsheetFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                throw SpreadsheetError.unreadable(path: path, reason: isDir.boolValue ? "it is a folder" : "permission denied")
            }
            throw SpreadsheetError.fileNotFound(path: path)
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 65_536)) ?? Data())
        if head.isEmpty {
            let byName = SpreadsheetFormat(pathExtension: (path as NSString).pathExtension)
            if byName == nil || byName == .csv { return .csv }
            throw SpreadsheetError.corrupt(path: path, part: nil, reason: "the file is empty (0 bytes)")
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            if let mime = storedMimetype(head) {
                if mime == "application/vnd.oasis.opendocument.spreadsheet"
                    || mime == "application/vnd.oasis.opendocument.spreadsheet-template"
                {
                    return .ods
                }
                throw SpreadsheetError.notASpreadsheet(path: path, detected: describeMimetype(mime))
            }
            return .xlsx
        }
        if head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            throw SpreadsheetError.corrupt(path: path, part: nil, reason: "empty zip archive")
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            if containsUTF16(head, "EncryptionInfo") || containsUTF16(head, "EncryptedPackage") {
                throw SpreadsheetError.encrypted(path: path)
            }
            if containsUTF16(head, "Workbook") || containsUTF16(head, "Book") {
                throw SpreadsheetError.legacyExcel(path: path)
            }
            throw SpreadsheetError.notASpreadsheet(path: path, detected: "a Microsoft Office compound document (.doc/.xls/.ppt)")
        }
        if head.starts(with: [0x25, 0x50, 0x44, 0x46]) {
            throw SpreadsheetError.notASpreadsheet(path: path, detected: "a PDF document")
        }
        if head.starts(with: [0x1F, 0x8B]) {
            throw SpreadsheetError.notASpreadsheet(path: path, detected: "a gzip archive")
        }
        let utf16BOM = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        if !utf16BOM, head.contains(0) {
            throw SpreadsheetError.notASpreadsheet(path: path, detected: "a binary file")
        }
        let text = String(decoding: head.prefix(512), as: UTF8.self).lowercased()
        if text.contains("<html") || text.contains("<?xml") {
            throw SpreadsheetError.notASpreadsheet(
                path: path, detected: text.contains("<html") ? "an HTML page" : "an XML file (Excel 2003 XML is not supported)")
        }
        return .csv
    }

    /// The content of a first zip entry named `mimetype` when it is stored uncompressed.
    static func storedMimetype(_ b: [UInt8]) -> String? {
        guard b.count >= 30 else { return nil }
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        let method = u16(8), size = u32(18), nameLen = u16(26), extraLen = u16(28)
        guard method == 0, 30 + nameLen <= b.count,
            String(decoding: b[30..<(30 + nameLen)], as: UTF8.self) == "mimetype"
        else { return nil }
        let start = 30 + nameLen + extraLen
        guard size > 0, size < 200, start + size <= b.count else { return nil }
        return String(decoding: b[start..<(start + size)], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func describeMimetype(_ mime: String) -> String {
        switch mime {
        case "application/vnd.oasis.opendocument.text": return "an OpenDocument text document (.odt)"
        case "application/vnd.oasis.opendocument.presentation": return "an OpenDocument presentation (.odp)"
        case "application/vnd.oasis.opendocument.graphics": return "an OpenDocument drawing (.odg)"
        case "application/epub+zip": return "an EPUB e-book"
        default: return "a zip archive of type \(mime)"
        }
    }

    static func containsUTF16(_ b: [UInt8], _ s: String) -> Bool {
        let pattern: [UInt8] = s.utf8.flatMap { [$0, 0] as [UInt8] }
        guard pattern.count <= b.count else { return false }
        var i = 0
        while i + pattern.count <= b.count {
            if b[i] == pattern[0], Array(b[i..<(i + pattern.count)]) == pattern { return true }
            i += 1
        }
        return false
    }
}
