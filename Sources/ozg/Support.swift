import ArgumentParser
import Foundation
import OZGXML
import OZGKit

/// Options that adjust the limits against hostile files.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("Höchstzahl nicht leerer Zellen je Blatt.", "Largest number of non-empty cells per sheet.")))
    var maxCells: Int = ReadLimits.default.maxCells

    @Option(help: ArgumentHelp(L("Größte entpackte Größe eines Archivteils, in MB.", "Largest inflated size of one archive part, in MB.")))
    var maxPartMb: Int = Int(ReadLimits.default.maxEntrySize >> 20)

    var readLimits: ReadLimits {
        var l = ReadLimits.default
        l.maxCells = maxCells
        l.maxEntrySize = Int64(maxPartMb) << 20
        return l
    }
}

/// stderr output: diagnostics and progress.
enum Terminal {
    static let stderrIsTerminal = isatty(2) != 0

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("ozg: " + message + "\n").utf8))
    }
}

/// `--verbose`: the technical detail of an error as a second line.
struct MessageOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: ArgumentHelp(
            L(
                "Bei einem Fehler auch die technischen Einzelheiten ausgeben (Fehlerfall, Teil, Position, ursprüngliche Meldung).",
                "On an error, also print the technical detail (error case, part, offset, underlying message).")))
    var verbose = false
}

/// An error that is not OZGKit's own (Foundation, the system): one sentence and exit 70, or,
/// for a Foundation file error with a path, the matching `SpreadsheetError`.
struct UnexpectedError: OZGError {
    let underlying: any Error

    func message(_ language: MessageLanguage) -> String {
        switch language {
        case .german:
            return "Unerwarteter Fehler (ein Fehler in ozg). Bitte melden Sie ihn mit der Eingabedatei und der Ausgabe von --verbose."
        case .english:
            return "Unexpected error (a bug in ozg). Please report it with the input file and the output of --verbose."
        }
    }

    var technicalDetail: String { "\(type(of: underlying)): " + String(reflecting: underlying).replacingOccurrences(of: "\n", with: " ") }

    var category: ErrorCategory { .internal }

    /// Foundation's file errors as the `SpreadsheetError` they mean, else an `UnexpectedError`.
    static func wrap(_ error: any Error) -> any OZGError {
        if let error = error as? CocoaError, let path = error.userInfo[NSFilePathErrorKey] as? String ?? error.filePath {
            switch error.code {
            case .fileReadNoSuchFile, .fileNoSuchFile: return SpreadsheetError.fileNotFound(path: path)
            case .fileReadNoPermission, .fileReadUnknown, .fileReadCorruptFile, .fileReadTooLarge, .fileReadInvalidFileName:
                return SpreadsheetError.unreadable(path: path, reason: error.localizedDescription)
            case .fileWriteNoPermission, .fileWriteOutOfSpace, .fileWriteVolumeReadOnly, .fileWriteUnknown,
                .fileWriteInvalidFileName, .fileWriteFileExists:
                return SpreadsheetError.writeFailed(path: path, reason: error.localizedDescription)
            default: break
            }
        }
        return UnexpectedError(underlying: error)
    }
}

/// Runs a command body, turning library errors into one sentence on stderr (in the language of
/// `LC_ALL`/`LC_MESSAGES`/`LANG`, German by default), with `verbose` a second line with the
/// technical detail, and an exit code.
func runReporting(verbose: Bool, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        let reported = (error as? any OZGError) ?? UnexpectedError.wrap(error)
        Terminal.error(reported.message(.current()))
        if verbose { Terminal.error("detail: " + reported.technicalDetail) }
        throw ExitCode(exitCode(for: reported))
    }
}

/// A usage error (exit 64, printed by ArgumentParser with the usage) in the language of the environment.
func usageError(_ german: String, _ english: String) -> ValidationError {
    ValidationError(MessageLanguage.current() == .german ? german : english)
}

/// sysexits-style codes, documented in `ozg --help` and the README: each error's category decides.
func exitCode(for error: any Error) -> Int32 {
    (error as? any OZGError)?.category.exitCode ?? ErrorCategory.internal.exitCode
}
