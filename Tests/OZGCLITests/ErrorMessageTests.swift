import Foundation
import OZGKit
import OZGXML
import Testing

/// Every case of every module's error type explains itself in German and in English, and names
/// its case and fields in the technical detail.
@Suite("Error messages")
struct ErrorMessageTests {
    /// One sample per case; `index` is an exhaustive switch, so a new case does not compile
    /// until it has a sample here.
    enum Samples {
        static let spreadsheet: [SpreadsheetError] = [
            .fileNotFound(path: "fehlt.xlsx"),
            .unreadable(path: "ordner.xlsx", reason: "it is a folder"),
            .notASpreadsheet(path: "brief.xlsx", detected: "a PDF document"),
            .notASpreadsheet(path: "unbekannt.xlsx", detected: "zip archive without a workbook"),
            .legacyExcel(path: "alt.xls"),
            .encrypted(path: "geheim.xlsx"),
            .corrupt(path: "kaputt.xlsx", part: "xl/worksheets/sheet1.xml", reason: "bad CRC"),
            .corrupt(path: "leer.xlsx", part: nil, reason: "the file is empty (0 bytes)"),
            .malformedXML(path: "xml.xlsx", part: "xl/workbook.xml", offset: 1234, reason: "a DOCTYPE is not allowed"),
            .limitExceeded(path: "bombe.ods", part: "content.xml", limit: "compression ratio", value: "1028", maximum: "1000"),
            .sheetNotFound(file: "bauen.xlsx", sheet: "Bewertungen", available: ["Hinweise", "Bewertung"]),
            .invalidValue(path: "aus.xlsx", sheet: "Bewertung", cell: "C7", reason: "text longer than 32767 characters"),
            .unsupportedFormat(path: "aus.txt", reason: "unknown extension \".txt\""),
            .writeFailed(path: "/nicht/da/aus.xlsx", reason: "the folder /nicht/da does not exist"),
            .outputIsInput(path: "bauen.xlsx"),
        ]

        static func index(_ e: SpreadsheetError) -> Int {
            switch e {
            case .fileNotFound: return 0
            case .unreadable: return 1
            case .notASpreadsheet: return 2
            case .legacyExcel: return 3
            case .encrypted: return 4
            case .corrupt: return 5
            case .malformedXML: return 6
            case .limitExceeded: return 7
            case .sheetNotFound: return 8
            case .invalidValue: return 9
            case .unsupportedFormat: return 10
            case .writeFailed: return 11
            case .outputIsInput: return 12
            }
        }

        static let xml: [XMLError] = [
            .malformed(offset: 17, reason: "mismatched tag"),
            .limitExceeded(offset: 4096, limit: "XML nesting depth", value: 257, maximum: 256),
        ]

        static func index(_ e: XMLError) -> Int {
            switch e {
            case .malformed: return 0
            case .limitExceeded: return 1
            }
        }

        static let workspace: [WorkspaceError] = [
            .notFound(path: "/tmp/kein-arbeitsbereich"),
            .notAFolder(path: "/tmp/datei.txt"),
            .unknownEinzelleistung(EinzelleistungID(key: "99107023017000@10092")!, file: "bauen.xlsx", cell: "A7"),
            .unknownKommunaltyp("Großstadt", context: "bauen.xlsx Bewertung D3"),
            .unknownKommune("Atlantis", file: "bauen.xlsx"),
            .database(path: "/tmp/ws/ozg.sqlite", message: "SQLite error 5: database is locked"),
            .io(path: "/tmp/ws/.lock", message: "Sperre nicht zu setzen (errno 13)"),
        ]

        static func index(_ e: WorkspaceError) -> Int {
            switch e {
            case .notFound: return 0
            case .notAFolder: return 1
            case .unknownEinzelleistung: return 2
            case .unknownKommunaltyp: return 3
            case .unknownKommune: return 4
            case .database: return 5
            case .io: return 6
            }
        }

        static let report: [ReportError] = [
            .unknownReport("abdekung", available: ["abdeckung", "roadmap"]),
            .unknownThemenfeld("Bauen", available: ["Bauen & Wohnen"]),
            .unknownKommunaltyp("Dorf", available: ["Kreis", "Große kreisangehörige Stadt"]),
            .unknownKommune("Atlantis"),
            .invalidDocument(reason: "Diagramm „X“: Tabelle 3 fehlt"),
            .invalidJSON(source: "ozg-report-python", reason: "unexpected end of data"),
            .pluginNotFound("gibtsnicht"),
            .pluginFailed(name: "python", status: 2, stderr: "Traceback (most recent call last):\n  KeyError: 'x'\n"),
            .pluginTimedOut(name: "langsam", seconds: 30),
            .unsupportedFormat("pdf", supported: ["xlsx", "ods", "html"]),
            .writeFailed(path: "/nicht/da/bericht.xlsx", reason: "no such folder"),
        ]

        static func index(_ e: ReportError) -> Int {
            switch e {
            case .unknownReport: return 0
            case .unknownThemenfeld: return 1
            case .unknownKommunaltyp: return 2
            case .unknownKommune: return 3
            case .invalidDocument: return 4
            case .invalidJSON: return 5
            case .pluginNotFound: return 6
            case .pluginFailed: return 7
            case .pluginTimedOut: return 8
            case .unsupportedFormat: return 9
            case .writeFailed: return 10
            }
        }

        static let domain: [DomainError] = [
            .missingHeader(what: "Katalog"),
            .missingColumn("OZG-ID", what: "Katalog"),
            .badCatalogRow(row: 3, column: "OZG-ID", value: "zehn", reason: "keine ganze Zahl"),
            .badConfigurationRow(row: 4, column: "Kommune", value: "", reason: "Name fehlt"),
            .unknownKommunaltyp("Dorf", kommune: "Bünde"),
        ]

        static func index(_ e: DomainError) -> Int {
            switch e {
            case .missingHeader: return 0
            case .missingColumn: return 1
            case .badCatalogRow: return 2
            case .badConfigurationRow: return 3
            case .unknownKommunaltyp: return 4
            }
        }

        static var all: [any OZGError] { spreadsheet + xml + workspace + report + domain }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Samples.spreadsheet.map(Samples.index)) == Set(0..<13))
        #expect(Set(Samples.xml.map(Samples.index)) == Set(0..<2))
        #expect(Set(Samples.workspace.map(Samples.index)) == Set(0..<7))
        #expect(Set(Samples.report.map(Samples.index)) == Set(0..<11))
        #expect(Set(Samples.domain.map(Samples.index)) == Set(0..<5))
    }

    @Test func everyCaseHasAGermanAndAnEnglishSentence() {
        for error in Samples.all {
            let de = error.message(.german), en = error.message(.english)
            #expect(!de.isEmpty && !en.isEmpty, "\(error.technicalDetail)")
            #expect(de != en, "\(error.technicalDetail): the same text in both languages")
            #expect(!de.contains("\n") && !en.contains("\n"), "\(error.technicalDetail): more than one line")
            #expect(de.hasSuffix(".") && en.hasSuffix("."), "\(error.technicalDetail): not a sentence: \(de) / \(en)")
            // A sentence, not a dump of the case.
            #expect(!de.contains("Error.") && !en.contains("Error."), "\(de) / \(en)")
            // German names things in „…“, English in "…".
            #expect(!de.contains("\""), "\(de)")
            #expect(!en.contains("„"), "\(en)")
        }
    }

    @Test func messagesNameTheFile() {
        let named: [(any OZGError, String)] =
            Samples.spreadsheet.map { e in (e, Mirror(reflecting: e).children.first.flatMap { firstString($0.value) } ?? "") }
            + [
                (WorkspaceError.notFound(path: "/tmp/kein-arbeitsbereich"), "/tmp/kein-arbeitsbereich"),
                (WorkspaceError.unknownKommune("Atlantis", file: "bauen.xlsx"), "bauen.xlsx"),
                (WorkspaceError.unknownEinzelleistung(EinzelleistungID(key: "99107023017000@10092")!, file: "bauen.xlsx", cell: "A7"), "A7"),
                (ReportError.unknownReport("abdekung", available: ["abdeckung"]), "abdekung"),
                (ReportError.writeFailed(path: "/x/bericht.xlsx", reason: "r"), "/x/bericht.xlsx"),
                (SpreadsheetError.sheetNotFound(file: "bauen.xlsx", sheet: "Bewertungen", available: ["Hinweise"]), "Bewertungen"),
                (SpreadsheetError.corrupt(path: "kaputt.xlsx", part: "xl/worksheets/sheet1.xml", reason: "bad CRC"), "xl/worksheets/sheet1.xml"),
                (SpreadsheetError.invalidValue(path: "aus.xlsx", sheet: "Bewertung", cell: "C7", reason: "r"), "C7"),
            ]
        for (error, name) in named {
            #expect(!name.isEmpty)
            #expect(error.message(.german).contains("„\(name)“") || error.message(.german).contains(name), "\(error.message(.german))")
            #expect(error.message(.english).contains(name), "\(error.message(.english))")
        }
    }

    @Test func technicalDetailNamesTheCaseAndEveryField() {
        for error in Samples.all {
            let detail = error.technicalDetail
            let typeName = String(describing: type(of: error))
            let caseName = Mirror(reflecting: error).children.first?.label ?? ""
            #expect(detail.hasPrefix("\(typeName).\(caseName)("), "\(detail)")
            #expect(!detail.contains("\n"), "\(detail)")
            for text in strings(in: error) {
                #expect(detail.contains(text) || detail.contains(String(reflecting: text).dropFirst().dropLast()), "\(detail) lacks \(text)")
            }
        }
        let plugin = ReportError.pluginFailed(name: "python", status: 2, stderr: "Traceback\n  KeyError: 'x'\n")
        #expect(plugin.technicalDetail.contains("KeyError") && plugin.technicalDetail.contains("status: 2"))
        #expect(!plugin.message(.german).contains("KeyError"))
        let xml = SpreadsheetError.malformedXML(path: "a.xlsx", part: "xl/workbook.xml", offset: 1234, reason: "DOCTYPE")
        #expect(xml.technicalDetail.contains("offset: 1234") && xml.technicalDetail.contains("DOCTYPE"))
    }

    @Test func germanMessagesAreGerman() {
        #expect(SpreadsheetError.fileNotFound(path: "a.xlsx").message(.german).contains("gibt es nicht"))
        #expect(SpreadsheetError.encrypted(path: "a.xlsx").message(.german).contains("Passwort"))
        #expect(SpreadsheetError.legacyExcel(path: "a.xls").message(.german).contains("Öffnen Sie"))
        #expect(SpreadsheetError.limitExceeded(path: "a.ods", part: nil, limit: "compression ratio", value: "2000", maximum: "1000")
            .message(.german).contains("Kompressionsverhältnis 2000"))
        #expect(SpreadsheetError.notASpreadsheet(path: "a.xlsx", detected: "a PDF document").message(.german).contains("PDF-Dokument"))
        #expect(WorkspaceError.notFound(path: "ws").message(.english).contains("no workspace"))
        #expect(ReportError.unknownReport("x", available: []).message(.english).contains("no report"))
    }

    static let locales: [([String: String], MessageLanguage)] = [
        ([:], .german),
        (["LANG": ""], .german),
        (["LANG": "C"], .german),
        (["LANG": "POSIX"], .german),
        (["LANG": "C.UTF-8"], .german),
        (["LANG": "de_DE.UTF-8"], .german),
        (["LANG": "de_AT"], .german),
        (["LANG": "en_US.UTF-8"], .english),
        (["LANG": "fr_FR.UTF-8"], .english),
        (["LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"], .english),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"], .german),
        (["LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8", "LC_ALL": "de_CH.UTF-8"], .german),
        (["LANG": "de_DE.UTF-8", "LC_ALL": "en_US.UTF-8"], .english),
        (["LANG": "en_US.UTF-8", "LC_ALL": ""], .english),
        (["LANG": "en_US.UTF-8", "LC_ALL": "C"], .german),
    ]

    @Test("MessageLanguage follows LC_ALL, LC_MESSAGES, LANG", arguments: locales)
    func language(environment: [String: String], expected: MessageLanguage) {
        #expect(MessageLanguage.current(environment: environment) == expected)
    }

    private func firstString(_ value: Any) -> String? {
        if let s = value as? String { return s }
        return Mirror(reflecting: value).children.first.flatMap { $0.value as? String }
    }

    /// The string fields of an error's case (nested one level, optionals unwrapped).
    private func strings(in error: any OZGError) -> [String] {
        guard let payload = Mirror(reflecting: error).children.first?.value else { return [] }
        var out: [String] = []
        func add(_ v: Any) {
            if let s = v as? String {
                out.append(s.trimmingCharacters(in: .whitespacesAndNewlines))
            } else if let l = v as? [String] {
                out += l
            } else if Mirror(reflecting: v).displayStyle == .optional, let inner = Mirror(reflecting: v).children.first?.value {
                add(inner)
            }
        }
        let m = Mirror(reflecting: payload)
        if m.displayStyle == .tuple { m.children.forEach { add($0.value) } } else { add(payload) }
        return out.filter { !$0.isEmpty }
    }
}
