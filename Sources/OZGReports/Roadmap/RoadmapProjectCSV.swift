import OZGDomain
import OZGSpreadsheet

/// The roadmap as a CSV that project tools import (MS Project, GanttProject, OpenProject, Excel).
///
/// Columns `Name, Start, Ende, Status, Verantwortlich, Lösungsansatz, Reifegrad Ist,
/// Reifegrad Ziel, OZG-ID, Priorität, Meilenstein, Notiz`; dates ISO 8601 (`2022-12-31`), UTF-8,
/// comma-separated, CRLF, RFC 4180 quoting. A Vorhaben without a start is a milestone on its
/// end date (Start = Ende, Meilenstein = ja).
public enum RoadmapProjectCSV {
    public static let columns = [
        "Name", "Start", "Ende", "Status", "Verantwortlich", "Lösungsansatz", "Reifegrad Ist", "Reifegrad Ziel", "OZG-ID",
        "Priorität", "Meilenstein", "Notiz",
    ]

    public static func csv(model: DomainModel, options: ReportOptions = ReportOptions()) throws -> String {
        let list = try RoadmapReport.selectedVorhaben(model: model, options: options)
        var out = columns.joined(separator: ",") + "\r\n"
        for v in list {
            let milestone = v.start == nil && v.ende != nil
            let fields = [
                v.titel, (v.start ?? v.ende)?.iso ?? "", v.ende?.iso ?? "", v.status.label, v.verantwortlich ?? "",
                v.loesungsansatz ?? "", v.reifegradIst.map { String($0.rawValue) } ?? "",
                v.reifegradZiel.map { String($0.rawValue) } ?? "", String(v.ozgId), v.prioritaet.map(String.init) ?? "",
                milestone ? "ja" : "nein", v.notiz ?? "",
            ]
            out += fields.map { CSVReportRenderer.field(CSVReportRenderer.guardFormula($0)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }
}
