import Foundation
import OZGDomain
import OZGSpreadsheet

/// Filters and settings for one report run.
public struct ReportOptions: Hashable, Sendable {
    /// Only these Themenfelder (empty: all).
    public var themenfelder: [String]
    /// Only this Kommunaltyp (name or alias), `nil` for all.
    public var kommunaltyp: String?
    /// Only this council (for the Kommunen-Matrix), `nil` for all.
    public var kommune: String?
    /// The date shown as „Stand“ and used to decide what is late; `nil` takes the model's.
    public var stand: CalendarDate?
    /// Where per-council reports go (the CLI's `-o DIR`).
    public var outputDirectory: String?
    /// Whether the Kommunaltyp-Matrix also lists Einzelleistungen nobody has rated yet (`--all`).
    public var includeUnrated: Bool = false

    public init(
        themenfelder: [String] = [], kommunaltyp: String? = nil, kommune: String? = nil, stand: CalendarDate? = nil,
        outputDirectory: String? = nil
    ) {
        self.themenfelder = themenfelder
        self.kommunaltyp = kommunaltyp
        self.kommune = kommune
        self.stand = stand
        self.outputDirectory = outputDirectory
    }

    /// The Stand of a run: the option, else the model's, else nil.
    public func stand(for model: DomainModel) -> CalendarDate? { stand ?? model.stand }

    /// The Themenfelder to report on, in catalogue order; throws for an unknown name.
    public func selectedThemenfelder(in model: DomainModel) throws -> [String] {
        let all = model.catalog.themenfelder
        if themenfelder.isEmpty { return all }
        var wanted = Set<String>()
        for t in themenfelder {
            let key = ReportOptions.fold(t)
            guard let match = all.first(where: { ReportOptions.fold($0) == key }) else {
                throw ReportError.unknownThemenfeld(t, available: all)
            }
            wanted.insert(match)
        }
        return all.filter { wanted.contains($0) }
    }

    /// The Kommunaltypen to report on, in display order; throws for an unknown name.
    public func selectedKommunaltypen(in model: DomainModel) throws -> [Kommunaltyp] {
        guard let kommunaltyp else { return model.kommunaltypen.types }
        guard let t = model.kommunaltypen.match(kommunaltyp) else {
            throw ReportError.unknownKommunaltyp(kommunaltyp, available: model.kommunaltypen.names)
        }
        return [t]
    }

    /// The councils to report on; throws when a named one is not a member.
    public func selectedKommunen(in model: DomainModel) throws -> [Kommune] {
        var list = model.kommunen
        if let kommune {
            let key = ReportOptions.fold(kommune)
            list = list.filter { ReportOptions.fold($0.name) == key }
            if list.isEmpty { throw ReportError.unknownKommune(kommune) }
        }
        if kommunaltyp != nil {
            let types = try selectedKommunaltypen(in: model).map(\.name)
            list = list.filter { types.contains($0.kommunaltyp) }
        }
        return list
    }

    static func fold(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// A subtitle naming the active filters, `nil` without filters.
    func filterDescription() -> String? {
        var parts: [String] = []
        if !themenfelder.isEmpty { parts.append("Themenfeld: " + themenfelder.joined(separator: ", ")) }
        if let kommunaltyp { parts.append("Kommunaltyp: " + kommunaltyp) }
        if let kommune { parts.append("Kommune: " + kommune) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
