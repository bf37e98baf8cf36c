/// What kind of failure an error is; it decides the exit code of `ozg` (sysexits), so that no
/// caller needs to look at individual error cases.
public enum ErrorCategory: String, Sendable, CaseIterable {
    /// Wrong usage: an unknown option, sheet, report, Themenfeld, Kommunaltyp or Kommune (64).
    case usage
    /// An input is damaged, hostile, encrypted, not a spreadsheet, or lacks what it must hold (65).
    case badInput
    /// An input file or the workspace does not exist (66).
    case notFound
    /// An external program (a report plug-in) failed (69).
    case externalProgram
    /// A bug in OZGKit (70).
    case `internal`
    /// An output could not be written (73).
    case output
    /// The workspace database or its lock failed (74).
    case storage

    /// The exit code (`sysexits.h`).
    public var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .badInput: return 65
        case .notFound: return 66
        case .externalProgram: return 69
        case .internal: return 70
        case .output: return 73
        case .storage: return 74
        }
    }
}
