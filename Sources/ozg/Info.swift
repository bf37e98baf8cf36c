import ArgumentParser
import Foundation
import OZGKit

extension OZG {
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: L(
                "Die Blätter einer Datei mit Sichtbarkeit und benutztem Bereich, die erzeugende Anwendung und das Datumssystem anzeigen.",
                "Show the sheets of a file with visibility and used range, the producing application and the date system."),
            discussion: L(
                """
                Beispiele:
                  ozg info Bewertung.xlsx
                  ozg info Bewertung.ods --format json
                """,
                """
                Examples:
                  ozg info Bewertung.xlsx
                  ozg info Bewertung.ods --format json
                """))

        @Argument(help: ArgumentHelp(L("Die Tabelle.", "The spreadsheet.")))
        var file: String

        @Option(name: .shortAndLong, help: ArgumentHelp(L("text oder json.", "text or json.")))
        var format: InfoFormat = .text

        @OptionGroup var limits: LimitOptions
        @OptionGroup var messages: MessageOptions

        enum InfoFormat: String, ExpressibleByArgument { case text, json }

        func run() throws {
            try runReporting(verbose: messages.verbose) {
                let detected = try SpreadsheetFormat.detect(path: file)
                let reader = try SpreadsheetFile.open(file, limits: limits.readLimits)
                var sheets: [[String: Any]] = []
                for (i, info) in reader.sheets.enumerated() {
                    var tracker = UsedRangeTracker()
                    let rows = try reader.rows(ofSheet: i)
                    while let row = try rows.next() { tracker.add(row) }
                    sheets.append([
                        "name": info.name, "visibility": info.visibility.rawValue,
                        "usedRange": tracker.range?.a1 ?? NSNull(), "cells": tracker.cellCount,
                    ])
                }
                let props = reader.properties
                switch format {
                case .json:
                    // Keys in alphabetical order (as before, when Foundation sorted them).
                    let object = JSONValue.object([
                        ("application", props.application.map(JSONValue.string) ?? .null),
                        ("dateSystem", .string(props.dateSystem.rawValue)), ("file", .string(file)),
                        ("format", .string(detected.rawValue)),
                        ("sheets", .array(sheets.map { s in
                            .object([
                                ("cells", .number(Double(s["cells"] as? Int ?? 0))),
                                ("name", .string(s["name"] as? String ?? "")),
                                ("usedRange", (s["usedRange"] as? String).map(JSONValue.string) ?? .null),
                                ("visibility", .string(s["visibility"] as? String ?? "")),
                            ])
                        })),
                    ])
                    print(object.serialized())
                case .text:
                    print("Datei:        \(file)")
                    print("Format:       \(detected.rawValue)")
                    print("Anwendung:    \(props.application ?? "unbekannt")")
                    if detected == .xlsx { print("Datumssystem: \(props.dateSystem.rawValue)") }
                    print("Blätter:")
                    for s in sheets {
                        let vis = s["visibility"] as? String ?? ""
                        let range = (s["usedRange"] as? String) ?? "leer"
                        print("  \(s["name"] as? String ?? "")\t\(vis)\t\(range)\t\(s["cells"] as? Int ?? 0) Zellen")
                    }
                }
            }
        }
    }
}
