import Foundation
import OZGSpreadsheet

/// What the working group sets once and every council pack and roadmap uses: the contact, the
/// reply-by date, the cover text, the publisher and the milestones.
///
/// The workspace keeps each value under its ``Key`` (`ozg config set kontakt "…"`); everything
/// is optional, and a report leaves out what is not set.
public struct WorkspaceSettings: Hashable, Codable, Sendable {
    /// Whom the councils ask (name, office, e-mail, telephone), as one text.
    public var kontakt: String?
    /// The date by which the councils are asked to reply.
    public var rueckmeldungBis: CalendarDate?
    /// The cover text of the council pack: what the council is asked to do.
    public var anschreiben: String?
    /// Who publishes the workbooks (author and company of the document properties).
    public var herausgeber: String?
    /// The group's own milestones, by date; none by default.
    public var meilensteine: [Meilenstein]
    /// The Reifegrad model the councils' status sheets use; `nil` means the current one,
    /// ``reifegradModellOderStandard``.
    public var reifegradModell: ReifegradModell?

    /// The model in use: the configured one, else 2.0 (in force since July 2025).
    public var reifegradModellOderStandard: ReifegradModell { reifegradModell ?? .v2_0 }

    public init(
        kontakt: String? = nil, rueckmeldungBis: CalendarDate? = nil, anschreiben: String? = nil,
        herausgeber: String? = nil, meilensteine: [Meilenstein] = []
    ) {
        self.kontakt = kontakt
        self.rueckmeldungBis = rueckmeldungBis
        self.anschreiben = anschreiben
        self.herausgeber = herausgeber
        self.meilensteine = meilensteine.sorted()
    }

    /// The names `ozg config set` takes.
    public enum Key: String, CaseIterable, Sendable {
        case kontakt
        case rueckmeldungBis = "rueckmeldung-bis"
        case anschreiben
        case herausgeber
        case meilensteine
        case reifegradModell = "reifegrad-modell"

        /// What the value is, in German (for `ozg config show` and the help).
        public var beschreibung: String {
            switch self {
            case .kontakt: return "Ansprechperson für die Kommunen (Name, Stelle, E-Mail, Telefon)"
            case .rueckmeldungBis: return "Rückmeldung der Kommunen bis (JJJJ-MM-TT oder TT.MM.JJJJ)"
            case .anschreiben: return "Text an die Kommune: was sie mit der Mappe tun soll"
            case .herausgeber: return "Herausgeber der Arbeitsmappen (Autor und Firma in den Dokumenteigenschaften)"
            case .meilensteine: return "Meilensteine der Gruppe, je Zeile oder durch ; getrennt: JJJJ-MM-TT Titel"
            case .reifegradModell: return "Reifegradmodell der Statusblätter: 1.1 (Stufen 0–4) oder 2.0 (Stufen 0–7, Standard)"
            }
        }
    }

    /// The stored text of one setting, `nil` when it is not set.
    public func text(of key: Key) -> String? {
        switch key {
        case .kontakt: return kontakt
        case .rueckmeldungBis: return rueckmeldungBis?.iso
        case .anschreiben: return anschreiben
        case .herausgeber: return herausgeber
        case .meilensteine: return meilensteine.isEmpty ? nil : meilensteine.map(\.text).joined(separator: "\n")
        case .reifegradModell: return reifegradModell?.rawValue
        }
    }

    /// Sets one setting from text as a person types it; `nil` or blank text clears it.
    ///
    /// - Throws: ``SettingsError`` when a date or a milestone cannot be read (nothing changes).
    public mutating func set(_ key: Key, text: String?) throws {
        let value = text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        switch key {
        case .kontakt: kontakt = value
        case .anschreiben: anschreiben = value
        case .herausgeber: herausgeber = value
        case .rueckmeldungBis:
            guard let value else { rueckmeldungBis = nil; return }
            guard let d = SettingsDate.parse(value) else { throw SettingsError.badDate(key: key.rawValue, value: value) }
            rueckmeldungBis = d
        case .meilensteine:
            var list: [Meilenstein] = []
            for line in (value ?? "").split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t.isEmpty { continue }
                guard let m = Meilenstein(text: t) else { throw SettingsError.badMilestone(t) }
                list.append(m)
            }
            meilensteine = list.sorted()
        case .reifegradModell:
            guard let value else { reifegradModell = nil; return }
            guard let m = ReifegradModell.parse(value) else { throw SettingsError.badValue(key: key.rawValue, value: value, expected: "1.1 oder 2.0") }
            reifegradModell = m
        }
    }

    /// Whether nothing is set.
    public var isEmpty: Bool { self == WorkspaceSettings() }
}
