import OZGSpreadsheet

/// One value of a working sheet that could not be understood, with where it is and why.
///
/// A finding names the file, the sheet and the cell (`H17`) and says in a German sentence what
/// is wrong, so that a Pate can fix the sheet. The raw text of the cell is kept but not part of
/// the JSON form, which is exactly
/// `{"file":"…","sheet":"…","cell":"H17","severity":"error","message":"…"}`.
public struct Finding: Hashable, Sendable, Codable {
    /// How bad a finding is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// The value was not taken over.
        case error
        /// The value was taken over, but the Pate should check it.
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }

        /// `Fehler` or `Warnung`.
        public var german: String { self == .error ? "Fehler" : "Warnung" }
    }

    public var file: String
    public var sheet: String
    /// The A1 address, or empty for a finding about the whole sheet or file.
    public var cell: String
    public var severity: Severity
    public var message: String
    /// What the cell held, as text; `nil` when the finding is not about one cell's value.
    public var raw: String?

    public init(file: String, sheet: String, cell: String, severity: Severity, message: String, raw: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.severity = severity
        self.message = message
        self.raw = raw
    }

    private enum CodingKeys: String, CodingKey { case file, sheet, cell, severity, message }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        sheet = try c.decode(String.self, forKey: .sheet)
        cell = try c.decode(String.self, forKey: .cell)
        severity = try c.decode(Severity.self, forKey: .severity)
        message = try c.decode(String.self, forKey: .message)
        raw = nil
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(sheet, forKey: .sheet)
        try c.encode(cell, forKey: .cell)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
    }

    /// The cell as a reference, when ``cell`` is one.
    public var reference: CellReference? { CellReference(cell) }
}

extension Finding {
    /// Findings as the JSON array the CLI prints, keys in the documented order, one per line.
    public static func json(_ findings: [Finding]) -> String {
        if findings.isEmpty { return "[]" }
        let items = findings.map { f in
            "{\"file\":\(JSONString.quoted(f.file)),\"sheet\":\(JSONString.quoted(f.sheet)),\"cell\":\(JSONString.quoted(f.cell)),"
                + "\"severity\":\"\(f.severity.rawValue)\",\"message\":\(JSONString.quoted(f.message))}"
        }
        return "[" + items.joined(separator: ",\n") + "]"
    }
}
