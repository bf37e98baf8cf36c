import Foundation
import OZGDomain
import OZGSpreadsheet

/// The roadmap as an iCalendar file (RFC 5545): all-day events that say what their date is.
///
/// Each Umsetzungsvorhaben gives an event on its end date, titled `Go-Live: …` when it is
/// umgesetzt and `Geplantes Ende: …` otherwise, and, while it is geplant, one on its start date
/// titled `Geplanter Start: …`; each of the group's milestones (``WorkspaceSettings/meilensteine``)
/// gives a `Meilenstein: …` event. For one council (`--kommune`), its own plans are events too:
/// each Leistung it reported with a `geplant bis` (``RoadmapKommunen``) gives `Online geplant: …`
/// on that date, so a council can subscribe to its own dates. Every event has a stable `UID` (from the Vorhaben's identity and
/// the kind of date, so a calendar replaces the event when it is imported again), `SEQUENCE` and
/// `LAST-MODIFIED` from the time the Vorhaben was last ingested (later ingests count higher), the
/// status as `CATEGORIES` and the details in `DESCRIPTION`. Lines end in CRLF, are folded at 75
/// octets (never inside a UTF-8 sequence), and text is escaped. Sample data is marked once, in the
/// calendar's name and description.
public enum RoadmapCalendar {
    /// The calendar text for the Vorhaben of a model (after the options' filters).
    ///
    /// - Parameter now: the time written as `DTSTAMP` (tests pass a fixed one).
    public static func ics(model: DomainModel, options: ReportOptions = ReportOptions(), now: Date = Date()) throws -> String {
        let list = try RoadmapReport.selectedVorhaben(model: model, options: options)
        let stamp = timestamp(now)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OZGKit//Umsetzungsplanung//DE", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape("OZG-Umsetzungsplanung" + (model.isSampleData ? " (Beispieldaten)" : "")),
        ]
        if model.isSampleData {
            lines.append("X-WR-CALDESC:" + escape("Beispieldaten: Die Vorhaben sind erfunden und dienen nur der Vorführung."))
        }
        var used = Set<String>()
        func uid(_ base: String) -> String {
            var id = String(SHA256.hex(of: base).prefix(32))
            var n = 2
            while !used.insert(id).inserted {
                id = String(SHA256.hex(of: base + "#\(n)").prefix(32))
                n += 1
            }
            return id + "@ozgkit"
        }
        for v in list {
            let (sequence, modified) = revision(v.provenance)
            var description = ["Status: \(v.status.label)", "OZG-ID: \(v.ozgId)"]
            if let x = v.verantwortlich { description.append("Verantwortlich: \(x)") }
            if let x = v.loesungsansatz { description.append("Lösungsansatz: \(x)") }
            if let s = v.start { description.append("Start: \(ReportValue.germanDate(s))") }
            if let e = v.ende { description.append("Ende: \(ReportValue.germanDate(e))") }
            if v.reifegradIst != nil || v.reifegradZiel != nil {
                description.append("Reifegrad: \(v.reifegradIst.map { $0.description } ?? "?") → \(v.reifegradZiel.map { $0.description } ?? "?")")
            }
            if let x = v.notiz, !(model.isSampleData && x == ReportDocument.sampleDataLabel) { description.append("Notiz: \(x)") }
            var events: [(kind: String, title: String, date: CalendarDate)] = []
            if v.status == .geplant, let s = v.start { events.append(("start", "Geplanter Start", s)) }
            if let e = v.ende { events.append(("ende", v.status == .umgesetzt ? "Go-Live" : "Geplantes Ende", e)) }
            for ev in events {
                lines += [
                    "BEGIN:VEVENT", "UID:\(uid(v.identity + "|" + ev.kind))", "DTSTAMP:\(stamp)", "SEQUENCE:\(sequence)",
                    "LAST-MODIFIED:\(modified ?? stamp)", "DTSTART;VALUE=DATE:\(basic(ev.date))",
                    "DTEND;VALUE=DATE:\(basic(ev.date.adding(days: 1)))", "SUMMARY:" + escape("\(ev.title): \(v.titel)"),
                    "DESCRIPTION:" + escape(description.joined(separator: "\n")), "CATEGORIES:" + escape(v.status.label),
                    "TRANSP:TRANSPARENT", "END:VEVENT",
                ]
            }
        }
        if options.kommune != nil {
            let plans = try RoadmapKommunen(model: model, options: options)
            for p in plans.plans {
                let e = plans.catalog[p.row], s = p.status
                let (sequence, modified) = revision(s.provenance)
                var description = [
                    "Kommune: \(p.kommune)", "Umsetzungsstand: \(s.stand.label)", "Themenfeld: \(e.themenfeld)",
                    "LeiKa-Schlüssel: \(e.leikaDisplay)",
                ]
                if let x = s.geplantBis { description.append("geplant bis: \(x)") }
                if let x = s.loesung { description.append("Lösung: \(x)" + (s.loesungsart.map { " (\($0.label))" } ?? "")) }
                if let x = s.ansprechpartner { description.append("Ansprechpartner: \(x)") }
                if let x = s.provenance { description.append("Gemeldet in: \(x.file) \(x.sheet)!\(x.cell)") }
                lines += [
                    "BEGIN:VEVENT", "UID:\(uid("kommune|" + p.kommune + "|" + e.id.key))", "DTSTAMP:\(stamp)", "SEQUENCE:\(sequence)",
                    "LAST-MODIFIED:\(modified ?? stamp)", "DTSTART;VALUE=DATE:\(basic(p.datum))",
                    "DTEND;VALUE=DATE:\(basic(p.datum.adding(days: 1)))", "SUMMARY:" + escape("Online geplant: \(e.bezeichnung)"),
                    "DESCRIPTION:" + escape(description.joined(separator: "\n")), "CATEGORIES:" + escape("Kommune geplant"),
                    "TRANSP:TRANSPARENT", "END:VEVENT",
                ]
            }
        }
        for m in model.settings.meilensteine {
            lines += [
                "BEGIN:VEVENT", "UID:\(uid("meilenstein|" + m.datum.iso + "|" + m.titel))", "DTSTAMP:\(stamp)", "SEQUENCE:0",
                "DTSTART;VALUE=DATE:\(basic(m.datum))", "DTEND;VALUE=DATE:\(basic(m.datum.adding(days: 1)))",
                "SUMMARY:" + escape("Meilenstein: \(m.titel)"), "CATEGORIES:Meilenstein", "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `SEQUENCE` and `LAST-MODIFIED` of a Vorhaben: the minutes since 2020 and the UTC time of its
    /// last ingest, so a later ingest always counts higher; `0` and `nil` without provenance.
    static func revision(_ p: Provenance?) -> (sequence: Int, modified: String?) {
        guard let text = p?.ingestedAt, let date = ISO8601DateFormatter().date(from: text) else { return (0, nil) }
        let minutes = Int((date.timeIntervalSince1970 - 1_577_836_800) / 60)
        return (max(0, minutes), timestamp(date))
    }

    /// `20221231`.
    static func basic(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    /// `20200331T120000Z` in UTC.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86400).rounded(.down))
        let rest = seconds - days * 86400
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return basic(CalendarDate(daysSinceEpoch: days)) + "T" + pad(rest / 3600) + pad(rest % 3600 / 60) + pad(rest % 60) + "Z"
    }

    /// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Folds a content line into pieces of at most 75 octets, continuation lines starting with a space.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        if bytes.count <= 75 { return line }
        var pieces: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Never split a UTF-8 sequence: back up to a lead byte.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74
        }
        return pieces.joined(separator: "\r\n ")
    }
}
