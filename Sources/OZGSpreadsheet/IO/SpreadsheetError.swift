/// Why a spreadsheet could not be read or written, with the file, part and cell it concerns.
public enum SpreadsheetError: Error, Hashable, Sendable {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    /// The content is not a spreadsheet of a known format (`detected` names what it is).
    case notASpreadsheet(path: String, detected: String)
    /// A legacy `.xls` (BIFF in a Compound File).
    case legacyExcel(path: String)
    /// A password-protected (encrypted) workbook.
    case encrypted(path: String)
    /// A broken archive or part.
    case corrupt(path: String, part: String?, reason: String)
    /// Malformed XML in a part, with the byte offset where it was noticed.
    case malformedXML(path: String, part: String, offset: Int, reason: String)
    /// A limit against hostile files was reached.
    case limitExceeded(path: String, part: String?, limit: String, value: String, maximum: String)
    case sheetNotFound(file: String, sheet: String, available: [String])
    /// A value that the format cannot hold.
    case invalidValue(path: String, sheet: String, cell: String, reason: String)
    case unsupportedFormat(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// Refused to write onto the input file.
    case outputIsInput(path: String)
}

extension SpreadsheetError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .fileNotFound(let p):
            return "\(p): file not found."
        case .unreadable(let p, let r):
            return "\(p): cannot be read: \(r)."
        case .notASpreadsheet(let p, let d):
            return "\(p): not a spreadsheet (\(d)). Save it as .xlsx, .ods or .csv and try again."
        case .legacyExcel(let p):
            return "\(p): legacy Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .ods."
        case .encrypted(let p):
            return "\(p): the workbook is password-protected (encrypted). Remove the password (File › Info › Protect Workbook in Excel, File › Properties › Security in LibreOffice) and send it again."
        case .corrupt(let p, let part, let r):
            return "\(p)\(part.map { " [\($0)]" } ?? ""): damaged file: \(r). Open and save it again in Excel or LibreOffice."
        case .malformedXML(let p, let part, let off, let r):
            return "\(p) [\(part)]: malformed XML at byte \(off): \(r)."
        case .limitExceeded(let p, let part, let limit, let value, let maximum):
            return "\(p)\(part.map { " [\($0)]" } ?? ""): \(limit) is \(value), more than the limit of \(maximum). The file may be crafted; if it is genuine, raise the limit (see README, Limits)."
        case .sheetNotFound(let f, let s, let available):
            return "\(f): no sheet \"\(s)\". Sheets: \(available.map { "\"\($0)\"" }.joined(separator: ", "))."
        case .invalidValue(let p, let s, let c, let r):
            return "\(p) [\(s)!\(c)]: \(r)."
        case .unsupportedFormat(let p, let r):
            return "\(p): \(r)."
        case .writeFailed(let p, let r):
            return "\(p): could not be written: \(r)."
        case .outputIsInput(let p):
            return "\(p): the output would overwrite the input; choose another output path."
        }
    }
}

extension SpreadsheetError: OZGError {
    public func message(_ language: MessageLanguage) -> String {
        func q(_ s: String) -> String { TechnicalDetail.quote(s, language) }
        let de = language == .german
        switch self {
        case .fileNotFound(let p):
            return de
                ? "Die Datei \(q(p)) gibt es nicht. Prüfen Sie den Namen und den Ordner."
                : "The file \(q(p)) does not exist. Check the name and the folder."
        case .unreadable(let p, _):
            return de
                ? "Die Datei \(q(p)) lässt sich nicht lesen. Prüfen Sie, ob es eine Datei (kein Ordner) ist und ob Sie sie lesen dürfen."
                : "The file \(q(p)) cannot be read. Check that it is a file (not a folder) and that you may read it."
        case .notASpreadsheet(let p, let detected):
            if let kind = Self.kind(detected, language) {
                return de
                    ? "Die Datei \(q(p)) ist keine Tabelle, sondern \(kind). Speichern Sie die Tabelle als .xlsx, .ods oder .csv und versuchen Sie es erneut."
                    : "The file \(q(p)) is not a spreadsheet but \(kind). Save the spreadsheet as .xlsx, .ods or .csv and try again."
            }
            return de
                ? "Die Datei \(q(p)) ist keine Tabelle. Speichern Sie sie als .xlsx, .ods oder .csv und versuchen Sie es erneut."
                : "The file \(q(p)) is not a spreadsheet. Save it as .xlsx, .ods or .csv and try again."
        case .legacyExcel(let p):
            return de
                ? "Die Datei \(q(p)) ist eine alte Excel-Arbeitsmappe (.xls, Excel 97–2003). Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als .xlsx oder .ods."
                : "The file \(q(p)) is a legacy Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .ods."
        case .encrypted(let p):
            return de
                ? "Die Datei \(q(p)) ist mit einem Passwort geschützt (verschlüsselt). Entfernen Sie das Passwort (Excel: Datei › Informationen › Arbeitsmappe schützen; LibreOffice: Datei › Eigenschaften › Sicherheit) und senden Sie die Datei erneut."
                : "The file \(q(p)) is protected by a password (encrypted). Remove the password (Excel: File › Info › Protect Workbook; LibreOffice: File › Properties › Security) and send the file again."
        case .corrupt(let p, _, let reason) where reason.hasPrefix("the file is empty"):
            return de
                ? "Die Datei \(q(p)) ist leer (0 Byte). Speichern Sie die Tabelle erneut als .xlsx, .ods oder .csv und senden Sie sie noch einmal."
                : "The file \(q(p)) is empty (0 bytes). Save the spreadsheet again as .xlsx, .ods or .csv and send it once more."
        case .corrupt(let p, let part, _):
            let where_ = part.map { de ? " (Teil \(q($0)))" : " (part \(q($0)))" } ?? ""
            return de
                ? "Die Datei \(q(p)) ist beschädigt\(where_). Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut."
                : "The file \(q(p)) is damaged\(where_). Open it in Excel or LibreOffice and save it again."
        case .malformedXML(let p, let part, _, _):
            return de
                ? "Die Datei \(q(p)) ist beschädigt: Der Teil \(q(part)) enthält fehlerhaftes oder unzulässiges XML. Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut."
                : "The file \(q(p)) is damaged: its part \(q(part)) holds malformed or forbidden XML. Open it in Excel or LibreOffice and save it again."
        case .limitExceeded(let p, let part, let limit, let value, let maximum):
            let where_ = part.map { de ? " (Teil \(q($0)))" : " (part \(q($0)))" } ?? ""
            let name = Self.limitName(limit, language)
            return de
                ? "Die Datei \(q(p)) überschreitet eine Schutzgrenze gegen manipulierte Dateien\(where_): \(name) \(value), erlaubt sind höchstens \(maximum). Ist die Datei echt, erhöhen Sie die Grenze (README, „Limits“)."
                : "The file \(q(p)) exceeds a limit against crafted files\(where_): \(name) \(value), at most \(maximum) is allowed. If the file is genuine, raise the limit (README, \"Limits\")."
        case .sheetNotFound(let f, let s, let available):
            return de
                ? "In der Datei \(q(f)) gibt es kein Blatt \(q(s)). Vorhandene Blätter: \(TechnicalDetail.quoteList(available, language))."
                : "The file \(q(f)) has no sheet \(q(s)). Its sheets: \(TechnicalDetail.quoteList(available, language))."
        case .invalidValue(let p, let s, let c, _):
            let where_ = c == "-" ? "" : (de ? ", Zelle \(c)" : ", cell \(c)")
            return de
                ? "Die Datei \(q(p)) kann nicht geschrieben werden: Blatt \(q(s))\(where_) enthält einen Wert oder Namen, den das Format nicht fassen kann. Ändern Sie ihn oder wählen Sie ein anderes Format."
                : "The file \(q(p)) cannot be written: sheet \(q(s))\(where_) holds a value or name the format cannot hold. Change it or choose another format."
        case .unsupportedFormat(let p, _):
            return de
                ? "Die Datei \(q(p)) kann in diesem Format nicht geschrieben werden. Verwenden Sie die Endung .xlsx, .ods oder .csv; eine .csv-Datei fasst nur ein Blatt (wählen Sie es mit --sheet)."
                : "The file \(q(p)) cannot be written in this format. Use the extension .xlsx, .ods or .csv; a .csv file holds one sheet only (choose it with --sheet)."
        case .writeFailed(let p, _):
            return de
                ? "Die Datei \(q(p)) konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert, ob Sie dort schreiben dürfen und ob genug Platz frei ist."
                : "The file \(q(p)) could not be written. Check that the folder exists, that you may write there and that there is enough free space."
        case .outputIsInput(let p):
            return de
                ? "Die Ausgabe würde die Eingabedatei \(q(p)) überschreiben. Wählen Sie für die Ausgabe einen anderen Namen."
                : "The output would overwrite the input file \(q(p)). Choose another name for the output."
        }
    }

    public var category: ErrorCategory {
        switch self {
        case .fileNotFound: return .notFound
        case .writeFailed, .outputIsInput: return .output
        case .sheetNotFound, .unsupportedFormat: return .usage
        default: return .badInput
        }
    }

    /// The name of a limit of ``ReadLimits`` (as the readers give it, in English) for a message.
    public static func limitName(_ limit: String, _ language: MessageLanguage) -> String {
        guard language == .german else { return limit }
        let l = limit.lowercased()
        let names: [(String, String)] = [
            ("compression ratio", "Kompressionsverhältnis"), ("inflated size of all parts", "entpackte Größe aller Teile"),
            ("inflated size", "entpackte Größe eines Teils"), ("zip entries", "Zahl der Archiveinträge"),
            ("shared strings", "Zahl der gemeinsamen Texte"), ("nesting depth", "XML-Verschachtelungstiefe"),
            ("tag length", "Länge eines XML-Tags"), ("attribute value length", "Länge eines Attributwerts"),
            ("text length", "Länge eines Textes"), ("field size", "Größe eines Feldes"),
            ("columns in record", "Zahl der Spalten einer Zeile"), ("cells", "Zahl der Zellen"),
        ]
        return names.first { l.contains($0.0) }?.1 ?? "Grenze „\(limit)“"
    }

    /// What a file is instead of a spreadsheet, for the kinds the readers recognise.
    static func kind(_ detected: String, _ language: MessageLanguage) -> String? {
        let de = language == .german
        let d = detected.lowercased()
        if d.contains("empty") { return de ? "leer" : "empty" }
        if d.contains("pdf") { return de ? "ein PDF-Dokument" : "a PDF document" }
        if d.contains("word") { return de ? "ein Word-Dokument" : "a Word document" }
        if d.contains("powerpoint") { return de ? "eine PowerPoint-Präsentation" : "a PowerPoint presentation" }
        if d.contains("opendocument spreadsheet") {
            return de ? "eine OpenDocument-Tabelle mit falscher Endung (benennen Sie sie in .ods um)" : "an OpenDocument spreadsheet with the wrong extension (rename it to .ods)"
        }
        if d.contains("opendocument presentation") { return de ? "eine OpenDocument-Präsentation" : "an OpenDocument presentation" }
        if d.contains("text document") { return de ? "ein OpenDocument-Textdokument" : "an OpenDocument text document" }
        if d.contains("compound document") { return de ? "ein älteres Office-Dokument (.doc, .xls oder .ppt)" : "a legacy Office document (.doc, .xls or .ppt)" }
        if d.contains("gzip") { return de ? "ein gzip-Archiv" : "a gzip archive" }
        if d.contains("xml or html") { return de ? "eine XML- oder HTML-Datei" : "an XML or HTML file" }
        return nil
    }

    public var technicalDetail: String {
        let t = "SpreadsheetError"
        switch self {
        case .fileNotFound(let p): return TechnicalDetail.format(t, "fileNotFound", ["path": p])
        case .unreadable(let p, let r): return TechnicalDetail.format(t, "unreadable", ["path": p, "reason": r])
        case .notASpreadsheet(let p, let d): return TechnicalDetail.format(t, "notASpreadsheet", ["path": p, "detected": d])
        case .legacyExcel(let p): return TechnicalDetail.format(t, "legacyExcel", ["path": p, "format": "legacy .xls (BIFF in a Compound File)"])
        case .encrypted(let p): return TechnicalDetail.format(t, "encrypted", ["path": p, "reason": "password-protected (encrypted) workbook"])
        case .corrupt(let p, let part, let r): return TechnicalDetail.format(t, "corrupt", ["path": p, "part": part, "reason": r])
        case .malformedXML(let p, let part, let o, let r):
            return TechnicalDetail.format(t, "malformedXML", ["path": p, "part": part, "offset": o, "reason": r])
        case .limitExceeded(let p, let part, let l, let v, let m):
            return TechnicalDetail.format(t, "limitExceeded", ["path": p, "part": part, "limit": l, "value": v, "maximum": m])
        case .sheetNotFound(let f, let s, let a):
            return TechnicalDetail.format(t, "sheetNotFound", ["file": f, "sheet": s, "available": a])
        case .invalidValue(let p, let s, let c, let r):
            return TechnicalDetail.format(t, "invalidValue", ["path": p, "sheet": s, "cell": c, "reason": r])
        case .unsupportedFormat(let p, let r): return TechnicalDetail.format(t, "unsupportedFormat", ["path": p, "reason": r])
        case .writeFailed(let p, let r): return TechnicalDetail.format(t, "writeFailed", ["path": p, "reason": r])
        case .outputIsInput(let p): return TechnicalDetail.format(t, "outputIsInput", ["path": p])
        }
    }
}
