import ArgumentParser
import OZGKit

/// `ozg`: the command-line tool over OZGKit.
@main
struct OZG: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ozg",
        abstract: "Read, convert and check OZG working sheets; produce the working group's reports.",
        discussion: """
            Spreadsheets: .xlsx/.xlsm, .ods and .csv are read by content and written by extension.
            Data goes to stdout, messages to stderr.

            Exit codes: 0 success; 1 the input has findings or conflicts (validate, ingest);
            64 wrong usage; 65 an input file is damaged, hostile or not a spreadsheet;
            66 an input file or the workspace does not exist; 69 a report program failed;
            73 an output file could not be written; 74 the workspace database failed; 70 internal error.

            Errors are one sentence in German, or in English when LC_ALL, LC_MESSAGES or LANG
            names another language; --verbose adds the technical detail.
            """,
        version: "0.1.0",
        subcommands: [
            Cat.self, Convert.self, Info.self, CatalogCommand.self, Template.self, Validate.self, Ingest.self,
            Export.self, Report.self, Config.self, SnapshotCommand.self, Site.self, Demo.self,
        ]
    )
}
