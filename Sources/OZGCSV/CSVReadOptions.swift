/// How ``CSVReader`` reads a file; `nil` settings are detected from the content.
public struct CSVReadOptions: Hashable, Sendable {
    /// A text encoding ``CSVReader`` understands.
    public enum Encoding: String, Hashable, Sendable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1252
    }

    /// `,`, `;` or tab (any ASCII byte works); `nil` detects it.
    public var delimiter: UInt8?
    /// `nil` detects it from the BOM and the bytes.
    public var encoding: Encoding?
    /// Recognise numbers, booleans and dates instead of keeping every field as text.
    ///
    /// Off by default: identifiers with leading zeros or many digits must survive untouched.
    /// ``CSVReadOptions/typed`` turns it on (for showing a file, as `ozg cat` may).
    public var typeInference: Bool

    public init(delimiter: UInt8? = nil, encoding: Encoding? = nil, typeInference: Bool = false) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.typeInference = typeInference
    }

    /// Detect everything, values as text.
    public static let `default` = CSVReadOptions()
    /// Detect everything, recognise numbers, booleans and dates.
    public static let typed = CSVReadOptions(typeInference: true)
}
