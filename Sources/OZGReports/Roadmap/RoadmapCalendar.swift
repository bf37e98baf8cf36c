import Foundation
import OZGDomain
import OZGSpreadsheet

/// The roadmap as an iCalendar file (RFC 5545): one all-day milestone per planned end date.
///
/// Each Umsetzungsvorhaben with an end date becomes a `VEVENT` on that day (`DTSTART;VALUE=DATE`,
/// `DTEND` the day after) with a stable `UID` (from the Vorhaben's identity), the status as
/// `CATEGORIES` and the details in `DESCRIPTION`; the OZG deadline is one more event. Lines end
/// in CRLF, are folded at 75 octets (never inside a UTF-8 sequence), and text is escaped.
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
        var used = Set<String>()
        for v in list {
            guard let ende = v.ende else { continue }
            var uid = String(SHA256.hex(of: v.identity).prefix(32))
            var n = 2
            while !used.insert(uid).inserted {
                uid = String(SHA256.hex(of: v.identity + "#\(n)").prefix(32))
                n += 1
            }
            var description = ["Status: \(v.status.label)", "OZG-ID: \(v.ozgId)"]
            if let x = v.verantwortlich { description.append("Verantwortlich: \(x)") }
            if let x = v.loesungsansatz { description.append("Lösungsansatz: \(x)") }
            if let s = v.start { description.append("Start: \(s.iso)") }
            if v.reifegradIst != nil || v.reifegradZiel != nil {
                description.append("Reifegrad: \(v.reifegradIst.map { $0.description } ?? "?") → \(v.reifegradZiel.map { $0.description } ?? "?")")
            }
            if let x = v.notiz { description.append("Notiz: \(x)") }
            if model.isSampleData { description.append(ReportDocument.sampleDataLabel) }
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)@ozgkit", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(basic(ende))",
                "DTEND;VALUE=DATE:\(basic(ende.adding(days: 1)))", "SUMMARY:" + escape("Go-Live: \(v.titel)"),
                "DESCRIPTION:" + escape(description.joined(separator: "\n")), "CATEGORIES:" + escape(v.status.label),
                "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        let frist = Umsetzungsvorhaben.ozgFrist
        lines += [
            "BEGIN:VEVENT", "UID:ozg-frist-2022@ozgkit", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(basic(frist))",
            "DTEND;VALUE=DATE:\(basic(frist.adding(days: 1)))", "SUMMARY:" + escape("OZG-Frist: Leistungen online bis 31.12.2022"),
            "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR",
        ]
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
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
