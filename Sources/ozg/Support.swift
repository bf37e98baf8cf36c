import ArgumentParser
import Foundation
import OZGKit

/// Options that adjust the limits against hostile files.
struct LimitOptions: ParsableArguments {
    @Option(help: "Largest number of non-empty cells per sheet.")
    var maxCells: Int = ReadLimits.default.maxCells

    @Option(help: "Largest inflated size of one archive part, in MB.")
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

/// Runs a command body, turning library errors into one message on stderr and an exit code.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as SpreadsheetError {
        Terminal.error(error.description)
        throw ExitCode(exitCode(for: error))
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        Terminal.error("\(error)")
        throw ExitCode(70)
    }
}

/// sysexits-style codes, documented in `ozg --help` and the README.
func exitCode(for error: SpreadsheetError) -> Int32 {
    switch error {
    case .fileNotFound: return 66
    case .writeFailed, .outputIsInput: return 73
    case .sheetNotFound, .unsupportedFormat: return 64
    default: return 65
    }
}
