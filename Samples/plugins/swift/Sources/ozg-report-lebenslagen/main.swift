// The Swift plug-in as an external program: put it on PATH as `ozg-report-lebenslagen` and
// `ozg report lebenslagen` runs it (model as JSON on stdin, report document as JSON on stdout).
// With `--demo` it makes the report from a small built-in model instead.
import Foundation
import LebenslagenReport
import OZGDomain
import OZGReports

LebenslagenReport.register()

let model: DomainModel
if CommandLine.arguments.contains("--demo") {
    let rows = [
        Einzelleistung(leika: LeikaKey(text: "99107023017000"), bezeichnung: "Wohngeld Bewilligung", ozgId: 10092,
                       ozgLeistung: "Wohngeld", themenfeld: "Bauen & Wohnen", lage: "Wohnen & Umzug"),
        Einzelleistung(leika: LeikaKey(text: "99012001000000"), bezeichnung: "Abbruchgenehmigung", ozgId: 10513,
                       ozgLeistung: "Abbruchgenehmigung", themenfeld: "Bauen & Wohnen", lage: "Bauen"),
    ]
    let verdicts = KommunaltypSet.krzVerband.names.map {
        Verdict(einzelleistung: rows[0].id, kommunaltyp: $0, relevanz: .ja)
    }
    model = DomainModel(catalog: Catalog(einzelleistungen: rows), verdicts: verdicts, isSampleData: true)
} else {
    let input = FileHandle.standardInput.readDataToEndOfFile()
    do {
        model = try JSONDecoder().decode(DomainModel.self, from: input)
    } catch {
        FileHandle.standardError.write(Data("ozg-report-lebenslagen: kein Modell auf stdin: \(error)\n".utf8))
        exit(2)
    }
}
var options = ReportOptions()
let env = ProcessInfo.processInfo.environment
if let t = env["OZG_REPORT_THEMENFELD"] { options.themenfelder = t.split(separator: "\n").map(String.init) }
options.kommunaltyp = env["OZG_REPORT_KOMMUNALTYP"]
do {
    let doc = try ReportRegistry.shared.require("lebenslagen").generate(model: model, options: options)
    FileHandle.standardOutput.write(ReportJSON.encode(doc))
} catch {
    FileHandle.standardError.write(Data("ozg-report-lebenslagen: \(error)\n".utf8))
    exit(1)
}
