import Foundation

/// The Kommunaltypen a workspace distinguishes, in display order.
///
/// The default is ``krzVerband``; another set loads from JSON (``init(json:)``) or from rows
/// `Kommunaltyp,Aliase[,Kurzname]` (aliases separated by `;`).
public struct KommunaltypSet: Hashable, Codable, Sendable {
    public var types: [Kommunaltyp] {
        didSet { index = Self.buildIndex(types) }
    }

    /// Normalised name, short name and alias forms → position in ``types`` (the first type wins).
    private var index: [String: Int]

    public init(types: [Kommunaltyp]) {
        self.types = types
        self.index = Self.buildIndex(types)
    }

    private enum CodingKeys: String, CodingKey { case types }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(types: try container.decode([Kommunaltyp].self, forKey: .types))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(types, forKey: .types)
    }

    public static func == (lhs: KommunaltypSet, rhs: KommunaltypSet) -> Bool { lhs.types == rhs.types }

    public func hash(into hasher: inout Hasher) { hasher.combine(types) }

    private static func buildIndex(_ types: [Kommunaltyp]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, t) in types.enumerated() {
            for form in [t.name] + (t.kurzname.map { [$0] } ?? []) + t.aliases {
                let key = normalize(form)
                if index[key] == nil { index[key] = i }
            }
        }
        return index
    }

    /// The names in display order.
    public var names: [String] { types.map(\.name) }

    /// The four Kommunaltypen of the krz Verband (NRW, § 4 GO NRW, without kreisfreie Städte).
    public static let krzVerband = KommunaltypSet(types: [
        Kommunaltyp(
            name: "Kreis",
            aliases: ["Kreise", "Kreisverwaltung", "Kreisverwaltungen", "Landkreis", "Kr."],
            kurzname: "Kreis"),
        Kommunaltyp(
            name: "Große kreisangehörige Stadt",
            aliases: [
                "GKS", "Große kreisang. Stadt", "Große kreisangehörige Städte", "gr. kreisang. Stadt",
                "Große kreisangehörige Stadt (GKS)",
            ],
            kurzname: "GKS"),
        Kommunaltyp(
            name: "Mittlere kreisangehörige Stadt",
            aliases: [
                "MKS", "Mittlere kreisang. Stadt", "Mittlere kreisangehörige Städte", "mittl. kreisang. Stadt",
                "Mittlere kreisangehörige Stadt (MKS)",
            ],
            kurzname: "MKS"),
        Kommunaltyp(
            name: "Kreisangehörige Stadt/Gemeinde",
            aliases: [
                "kreisang. Gemeinde", "kreisangehörige Gemeinde", "kreisangehörige Gemeinden", "Gemeinde", "Gemeinden",
                "kreisang. Stadt/Gemeinde", "kreisangehörige Stadt", "kreisang. Stadt", "Stadt/Gemeinde",
                "kleine kreisangehörige Stadt", "kreisangehörige Städte und Gemeinden", "KAG", "KSG",
            ],
            kurzname: "Gemeinde"),
    ])

    /// The type whose name or alias matches a header or cell text, tolerant of case, white
    /// space and line breaks (also a hyphen broken over two lines), umlaut spellings (`oe`),
    /// abbreviation dots, plurals and words such as `Relevanz`/`relevant für` around the name.
    /// `Bemerkung Kreis Lippe` does not match `Kreis`: the whole text must be the name.
    public func match(_ header: String) -> Kommunaltyp? {
        let candidates = KommunaltypSet.headerForms(header)
        for form in candidates where !form.isEmpty {
            if let i = index[form] { return types[i] }
        }
        return nil
    }

    /// The type with exactly this name, or else the one ``match(_:)`` finds.
    public func type(named name: String) -> Kommunaltyp? {
        types.first { $0.name == name } ?? match(name)
    }

    /// Reads a set from JSON: either `{"types":[{"name":…,"aliases":[…]}]}` or a bare array.
    public init(json: Data) throws {
        let decoder = JSONDecoder()
        if let set = try? decoder.decode(KommunaltypSet.self, from: json) {
            self = set
        } else {
            self.init(types: try decoder.decode([Kommunaltyp].self, from: json))
        }
    }

    /// Reads rows `Kommunaltyp,Aliase[,Kurzname]` with a header row; aliases separated by `;`.
    public init(rows: [[String]]) throws {
        guard rows.first != nil else { throw DomainError.missingHeader(what: "Kommunaltypen") }
        let columns = TableSchemas.kommunaltypen.recognise(rows: rows)
        try columns.requireAll(TableSchemas.kommunaltypen)
        var types: [Kommunaltyp] = []
        for (r, row) in rows.enumerated().dropFirst() {
            if row.allSatisfy({ TextNormalization.collapseSpaces($0).isEmpty }) { continue }
            let name = columns.text(.name, in: row)
            guard !name.isEmpty else {
                throw DomainError.badConfigurationRow(row: r + 1, column: "Kommunaltyp", value: "", reason: "Name fehlt")
            }
            let aliases = columns.text(.aliases, in: row).split(separator: ";").map { TextNormalization.collapseSpaces(String($0)) }
                .filter { !$0.isEmpty }
            let short = columns.text(.kurzname, in: row)
            types.append(Kommunaltyp(name: name, aliases: aliases, kurzname: short.isEmpty ? nil : short))
        }
        self.init(types: types)
    }

    /// The forms of a header tried in turn: the whole text, without a parenthesis, the
    /// parenthesis alone, and without the words around a verdict column (`Relevanz`, `für`).
    static func headerForms(_ header: String) -> [String] {
        let whole = normalize(header)
        var forms = [whole]
        if let open = header.firstIndex(of: "("), let close = header[open...].firstIndex(of: ")") {
            let outside = String(header[..<open]) + " " + String(header[header.index(after: close)...])
            forms.append(normalize(outside))
            forms.append(normalize(String(header[header.index(after: open)..<close])))
        }
        let noise: Set<String> = ["relevanz", "relevant", "fuer", "kommunale", "kommunal", "bewertung", "?", ":"]
        for f in forms {
            let stripped = f.split(separator: " ").filter { !noise.contains(String($0)) }.joined(separator: " ")
            if stripped != f { forms.append(stripped) }
        }
        return forms
    }

    /// Folded, dot-free, single-spaced text with abbreviations and plurals expanded.
    static func normalize(_ text: String) -> String {
        // A hyphen at a line break joins the word parts: "kreis-\nangehörige" (HeaderText's rule).
        let t = TextNormalization.fold(HeaderText.joinBrokenWords(text))
        var cleaned = ""
        for c in t {
            if c == "/" { cleaned += " / " }
            else if c == "." || c == "," || c == "*" || c == "?" || c == ":" || c == "(" || c == ")" { cleaned += " " }
            else { cleaned.append(c) }
        }
        let tokens = TextNormalization.collapseSpaces(cleaned).split(separator: " ").map { expand(String($0)) }
        return tokens.joined(separator: " ")
    }

    static let expansions: [String: String] = [
        "kreisang": "kreisangehoerige", "kreisangeh": "kreisangehoerige", "kreisangehoerigen": "kreisangehoerige",
        "kr": "kreis", "kreise": "kreis", "kreisen": "kreis",
        "gr": "grosse", "gross": "grosse", "grossen": "grosse",
        "mittl": "mittlere", "mittleren": "mittlere", "mittel": "mittlere",
        "staedte": "stadt", "st": "stadt", "gemeinden": "gemeinde", "gem": "gemeinde", "gde": "gemeinde",
        "u": "und",
    ]

    static func expand(_ token: String) -> String { expansions[token] ?? token }
}
