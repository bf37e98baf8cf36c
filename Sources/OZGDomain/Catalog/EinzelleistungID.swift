/// Identifies a catalogue row: key + OZG-ID, or OZG-ID + Bezeichnung when there is no key.
///
/// The same LeiKa key may sit under several OZG-Leistungen, so the key alone is not enough.
/// For a row with a key, the Bezeichnung is not part of the identity (a renamed Leistung keeps
/// its id; the initialiser stores an empty Bezeichnung). Without a key, the Bezeichnung is
/// compared with white space collapsed.
///
/// The real catalogue holds one pair of rows that agree in OZG-ID and Bezeichnung without a key
/// (OZG-ID 10280, differing only in the SDG flags); ``occurrence`` tells such rows apart: 0 for
/// the first row of its kind in catalogue order, 1 for the second, and so on.
public struct EinzelleistungID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var leika: LeikaKey?
    public var ozgId: Int
    /// The Bezeichnung for a row without a key; empty for a row with a key.
    public var bezeichnung: String
    /// 0 for the first row with these values, 1 for the next duplicate, …
    public var occurrence: Int

    public init(leika: LeikaKey?, ozgId: Int, bezeichnung: String = "", occurrence: Int = 0) {
        self.leika = leika
        self.ozgId = ozgId
        self.bezeichnung = leika == nil ? TextNormalization.collapseSpaces(bezeichnung) : ""
        self.occurrence = occurrence
    }

    /// The Bezeichnung as it takes part in the identity.
    var identityBezeichnung: String { leika == nil ? TextNormalization.collapseSpaces(bezeichnung) : "" }

    public static func == (a: EinzelleistungID, b: EinzelleistungID) -> Bool {
        a.leika == b.leika && a.ozgId == b.ozgId && a.occurrence == b.occurrence
            && a.identityBezeichnung == b.identityBezeichnung
    }

    public func hash(into h: inout Hasher) {
        h.combine(leika)
        h.combine(ozgId)
        h.combine(occurrence)
        if leika == nil { h.combine(identityBezeichnung) }
    }

    /// Catalogue-independent order: OZG-ID, then key (rows without a key last), Bezeichnung, occurrence.
    public static func < (a: EinzelleistungID, b: EinzelleistungID) -> Bool {
        if a.ozgId != b.ozgId { return a.ozgId < b.ozgId }
        switch (a.leika, b.leika) {
        case let (x?, y?) where x != y: return x < y
        case (.some, .none): return true
        case (.none, .some): return false
        default: break
        }
        let ab = a.identityBezeichnung, bb = b.identityBezeichnung
        if ab != bb { return ab < bb }
        return a.occurrence < b.occurrence
    }

    /// A stable one-line text: `99107023017000@10092`, or `10280:Bezeichnung` without a key;
    /// `#2` is appended for a second occurrence. Used as a storage key; ``init(key:)`` reads it back.
    public var key: String {
        var s = leika.map { "\($0.digits)@\(ozgId)" } ?? "\(ozgId):\(identityBezeichnung)"
        if occurrence > 0 { s += "#\(occurrence + 1)" }
        return s
    }

    /// Reads the text of ``key`` back.
    public init?(key text: String) {
        var body = Substring(text)
        var occurrence = 0
        if let hash = body.lastIndex(of: "#"), let n = Int(body[body.index(after: hash)...]), n >= 2 {
            occurrence = n - 1
            body = body[..<hash]
        }
        if let at = body.firstIndex(of: "@"), let k = LeikaKey(digits: String(body[..<at])),
            let id = Int(body[body.index(after: at)...])
        {
            self.init(leika: k, ozgId: id, occurrence: occurrence)
        } else if let colon = body.firstIndex(of: ":"), let id = Int(body[..<colon]) {
            self.init(leika: nil, ozgId: id, bezeichnung: String(body[body.index(after: colon)...]), occurrence: occurrence)
        } else {
            return nil
        }
    }

    public var description: String { key }

    enum CodingKeys: String, CodingKey { case leika, ozgId, bezeichnung, occurrence }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            leika: try c.decodeIfPresent(LeikaKey.self, forKey: .leika),
            ozgId: try c.decode(Int.self, forKey: .ozgId),
            bezeichnung: try c.decodeIfPresent(String.self, forKey: .bezeichnung) ?? "",
            occurrence: try c.decodeIfPresent(Int.self, forKey: .occurrence) ?? 0)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(leika, forKey: .leika)
        try c.encode(ozgId, forKey: .ozgId)
        try c.encode(identityBezeichnung, forKey: .bezeichnung)
        if occurrence > 0 { try c.encode(occurrence, forKey: .occurrence) }
    }
}
