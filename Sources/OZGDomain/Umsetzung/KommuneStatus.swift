import OZGSpreadsheet

/// Where a council's status came from: the council's own status sheet, or the federal
/// Dashboard Digitale Verwaltung's export (PVOG) for the council's ARS.
public enum StatusQuelle: String, Codable, CaseIterable, Sendable {
    /// The council's returned status sheet; what the council says wins.
    case kommune
    /// The dashboard export; kept beside the council's own report, never over it.
    case dashboard
}

/// What one council offers today for one Einzelleistung: the row of its status sheet
/// (`Umsetzungsstand`), or a row of the dashboard export.
public struct KommuneStatus: Hashable, Codable, Sendable {
    /// The name of the ``Kommune``.
    public var kommune: String
    public var einzelleistung: EinzelleistungID
    public var quelle: StatusQuelle
    public var stand: Umsetzungsstand
    /// The address of the online service as written (a link only when it is http(s)).
    public var url: String?
    /// The name of the solution (`Antragsmanagement XY`, `Wohngeld-Digital`).
    public var loesung: String?
    public var loesungsart: Loesungsart?
    public var reifegrad: ReifegradAngabe?
    public var prioritaet: Prioritaet?
    public var fallzahl: Int?
    /// Planned for (`Q3 2027`, `31.03.2027`), as written; ``geplantBisDatum`` is its last day.
    public var geplantBis: String?
    public var geplantBisDatum: CalendarDate?
    public var ansprechpartner: String?
    public var anmerkung: String?
    /// The dashboard's `datenstand_pvog_import` (only for ``StatusQuelle/dashboard``).
    public var datenstand: String?
    /// The dashboard's `art_flaechendeckung`: whether the offer covers the whole Land or Kreis
    /// rather than this council alone (only for ``StatusQuelle/dashboard``).
    public var flaechendeckung: String?
    /// File, sheet and cell (the row's Umsetzungsstand cell) of the value.
    public var provenance: Provenance?

    public init(
        kommune: String, einzelleistung: EinzelleistungID, quelle: StatusQuelle = .kommune, stand: Umsetzungsstand,
        url: String? = nil, loesung: String? = nil, loesungsart: Loesungsart? = nil, reifegrad: ReifegradAngabe? = nil,
        prioritaet: Prioritaet? = nil, fallzahl: Int? = nil, geplantBis: String? = nil, geplantBisDatum: CalendarDate? = nil,
        ansprechpartner: String? = nil, anmerkung: String? = nil, datenstand: String? = nil, flaechendeckung: String? = nil,
        provenance: Provenance? = nil
    ) {
        self.kommune = kommune
        self.einzelleistung = einzelleistung
        self.quelle = quelle
        self.stand = stand
        self.url = url
        self.loesung = loesung
        self.loesungsart = loesungsart
        self.reifegrad = reifegrad
        self.prioritaet = prioritaet
        self.fallzahl = fallzahl
        self.geplantBis = geplantBis
        self.geplantBisDatum = geplantBisDatum
        self.ansprechpartner = ansprechpartner
        self.anmerkung = anmerkung
        self.datenstand = datenstand
        self.flaechendeckung = flaechendeckung
        self.provenance = provenance
    }

    /// Whether the council offers the Leistung online.
    public var isOnline: Bool { stand.isOnline }

    /// The URL when it can be a link: `http://` or `https://`, or a host name without scheme
    /// (`www.stadt.de/dienst`), which gets `https://`; `nil` for anything else (`javascript:`, text).
    public var linkURL: String? { KommuneStatus.link(url) }

    public static func link(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty || t.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) { return nil }
        let lower = t.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return WebLink.safe(t) }
        if lower.contains(":") && !lower.hasPrefix("www.") { return nil }
        // A host name: letters, digits, dots and hyphens up to the first slash, with a dot.
        let host = lower.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."),
            host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
        else { return nil }
        return WebLink.safe("https://" + t)
    }

    /// Whether `raw` is plainly a web address that ``link(_:)`` accepts: `http://` or `https://`
    /// (or `www.` without scheme), a lower-case host name of dotted labels of letters, digits and
    /// inner hyphens ending in letters, then a path of letters, digits and `-._~/`. `false` says
    /// only that the shape is not this simple: ask ``link(_:)``. What clerks write in hundreds
    /// of rows (`https://service.stadt.de/123`) is told so without parsing a URL.
    public static func isPlainWebAddress(_ raw: String) -> Bool {
        var bytes = raw.utf8[...]
        if bytes.starts(with: "https://".utf8) {
            bytes = bytes.dropFirst(8)
        } else if bytes.starts(with: "http://".utf8) {
            bytes = bytes.dropFirst(7)
        } else if !bytes.starts(with: "www.".utf8) {
            return false
        }
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        // The host: labels of [a-z0-9-], not starting or ending with `-`, at least two, the last letters only.
        var labels = 0
        var labelLength = 0
        var lastByte: UInt8 = 0
        var lastLabelLetters = true
        var i = bytes.startIndex
        while i < bytes.endIndex, bytes[i] != 0x2F {
            let b = bytes[i]
            if b == 0x2E {
                guard labelLength > 0, lastByte != 0x2D else { return false }
                labels += 1
                labelLength = 0
                lastLabelLetters = true
            } else if isLower(b) || isDigit(b) || b == 0x2D {
                if labelLength == 0 && b == 0x2D { return false }
                if !isLower(b) { lastLabelLetters = false }
                labelLength += 1
            } else {
                return false
            }
            lastByte = b
            i = bytes.index(after: i)
        }
        guard labelLength > 0, lastByte != 0x2D, labels >= 1, lastLabelLetters, labelLength >= 2 else { return false }
        // The path.
        while i < bytes.endIndex {
            let b = bytes[i]
            guard isLower(b) || isDigit(b) || (b >= 0x41 && b <= 0x5A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2F
            else { return false }
            i = bytes.index(after: i)
        }
        return true
    }

    /// The content of the status without provenance, for comparing a returned row with the stored one.
    public func sameContent(as o: KommuneStatus) -> Bool {
        var a = self, b = o
        a.provenance = nil
        b.provenance = nil
        return a == b
    }

    /// The names of the fields in which two statuses differ (`Umsetzungsstand`, `Lösung`, …).
    public func differences(to o: KommuneStatus) -> [String] {
        var d: [String] = []
        if stand != o.stand { d.append("Umsetzungsstand") }
        if url != o.url { d.append("Online-Dienst (URL)") }
        if loesung != o.loesung { d.append("Lösung") }
        if loesungsart != o.loesungsart { d.append("Art der Lösung") }
        if reifegrad != o.reifegrad { d.append("Reifegrad") }
        if prioritaet != o.prioritaet { d.append("Priorität") }
        if fallzahl != o.fallzahl { d.append("Fallzahl pro Jahr") }
        if geplantBis != o.geplantBis { d.append("geplant bis") }
        if ansprechpartner != o.ansprechpartner { d.append("Ansprechpartner") }
        if anmerkung != o.anmerkung { d.append("Anmerkung") }
        return d
    }
}
