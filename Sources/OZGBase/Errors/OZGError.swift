/// An error of OZGKit that can explain itself to a person and to a developer.
///
/// Every module's error type adopts it. ``message(_:)`` is one or two short sentences a
/// municipal clerk understands: what is wrong with which file (and sheet, cell or part where
/// known) and what to do. ``technicalDetail`` names the case and all its fields for bug reports
/// (`ozg --verbose`).
public protocol OZGError: Error {
    /// What is wrong and what to do, in the given language, on one line.
    func message(_ language: MessageLanguage) -> String
    /// The case and every field (part, byte offset, limits, the underlying message), on one line.
    var technicalDetail: String { get }
    /// What kind of failure it is (decides the exit code).
    var category: ErrorCategory { get }
}

extension OZGError {
    /// The message in the language of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    public var localizedMessage: String { message(.current()) }
}
