import ArgumentParser
import OZGKit

/// `ozg`: the command-line tool over OZGKit.
@main
struct OZG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ozg",
        abstract: L(
            "OZG-Arbeitsblätter lesen, umwandeln und prüfen; die Berichte der Arbeitsgruppe erstellen.",
            "Read, convert and check OZG working sheets; produce the working group's reports."),
        discussion: L(
            """
            Tabellen: .xlsx/.xlsm, .ods und .csv werden an ihrem Inhalt erkannt und im Format geschrieben, das die Dateiendung nennt. Daten gehen nach stdout, Meldungen nach stderr.

            Exit-Codes:
              0   Erfolg
              1   die Eingabe hat Befunde oder Konflikte (validate, ingest)
              64  falscher Aufruf
              65  eine Eingabedatei ist beschädigt, gefährlich oder keine Tabelle
              66  eine Eingabedatei oder der Arbeitsbereich existiert nicht
              69  ein Berichtsprogramm ist fehlgeschlagen
              70  interner Fehler
              73  eine Ausgabedatei konnte nicht geschrieben werden
              74  die Datenbank des Arbeitsbereichs hat einen Fehler gemeldet

            Sprache: Hilfe und Fehlermeldungen sind deutsch, oder englisch, wenn LC_ALL, LC_MESSAGES oder LANG eine andere Sprache nennt (etwa LANG=en_US.UTF-8). Ein Fehler ist ein Satz; --verbose fügt die technischen Einzelheiten hinzu.

            Beispiele:
              ozg cat Bewertung.xlsx
              ozg catalog import Samples/data/ozg-katalog-2019.csv
              ozg template --all -o bögen/
              LANG=en_US.UTF-8 ozg --help
            """,
            """
            Spreadsheets: .xlsx/.xlsm, .ods and .csv are read by content and written in the format their extension names. Data goes to stdout, messages to stderr.

            Exit codes:
              0   success
              1   the input has findings or conflicts (validate, ingest)
              64  wrong usage
              65  an input file is damaged, hostile or not a spreadsheet
              66  an input file or the workspace does not exist
              69  a report program failed
              70  internal error
              73  an output file could not be written
              74  the workspace database failed

            Language: help and error messages are in German, or in English when LC_ALL, LC_MESSAGES or LANG names another language (e.g. LANG=en_US.UTF-8). An error is one sentence; --verbose adds the technical detail.

            Examples:
              ozg cat Bewertung.xlsx
              ozg catalog import Samples/data/ozg-katalog-2019.csv
              ozg template --all -o bögen/
              LANG=de_DE.UTF-8 ozg --help
            """),
        version: "0.1.0",
        subcommands: [
            Cat.self, Convert.self, Info.self, CatalogCommand.self, Template.self, Validate.self, Ingest.self,
            Export.self, ImportCommand.self, Report.self, Config.self, SnapshotCommand.self, Site.self, Demo.self,
        ]
    )
}
