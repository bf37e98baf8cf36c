/// A domain error in a named input file: the domain loaders see rows, not files.
public struct InputFileError: OZGError {
    public let path: String
    public let underlying: DomainError

    public init(path: String, underlying: DomainError) {
        self.path = path
        self.underlying = underlying
    }

    public func message(_ language: MessageLanguage) -> String { underlying.message(language, file: path) }

    public var technicalDetail: String { "file: \(String(reflecting: path)), " + underlying.technicalDetail }

    public var category: ErrorCategory { underlying.category }

    /// Runs `body`, naming `path` in a domain error it throws.
    public static func naming<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DomainError {
            throw InputFileError(path: path, underlying: error)
        }
    }
}
