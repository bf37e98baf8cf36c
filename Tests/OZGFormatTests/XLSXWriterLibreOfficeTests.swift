import Foundation
import OZGSpreadsheet
import OZGTestSupport
import OZGXLSX
import Testing

/// LibreOffice opens what the XLSX writer wrote and sees the same values as python-calamine.
@Suite("XLSXWriter, opened by LibreOffice")
struct XLSXWriterLibreOfficeTests {
    typealias F = XLSXWriterFixture

    /// Normalises a calamine value for comparison (numbers as Double, dates as ISO text).
    private func norm(_ v: Any) -> String {
        switch v {
        case let b as Bool: return "b:\(b)"
        case let n as NSNumber: return "n:\(n.doubleValue)"
        case let s as String: return "s:\(s)"
        default: return "\(v)"
        }
    }

    @Test("LibreOffice's .ods of our .xlsx holds the same cells", .requires("soffice", "python_calamine"), arguments: [false, true])
    func sameCells(constantMemory: Bool) throws {
        try ExternalTools.require("soffice", "python_calamine")
        let dir = TemporaryDirectory("xlsx-lo")
        let url = dir.path("werte.xlsx")
        try F.write(to: url, constantMemory: constantMemory)
        let ods = try ExternalTools.sofficeConvert(url, to: "ods", outputDirectory: dir.path("lo"))
        let ours = try F.calamine(url)
        let theirs = try F.calamine(ods)
        let a = try #require(ours[F.first]), b = try #require(theirs[F.first])
        #expect(a.count == b.count)
        var compared = 0
        for (r, (rowA, rowB)) in zip(a, b).enumerated() {
            for (c, (x, y)) in zip(rowA, rowB).enumerated() {
                let ref = CellReference(row: r, column: c).a1
                #expect(norm(x) == norm(y), "\(ref): ours \(norm(x)), LibreOffice \(norm(y))")
                compared += 1
            }
        }
        #expect(compared > 40)
        // Spot checks on LibreOffice's side.
        #expect(norm(b[2][1]) == "s:=1+1")
        #expect(norm(b[2][2]) == "b:true")
        #expect(norm(b[2][3]).hasPrefix("s:2024-03-15"))
        #expect(norm(b[2][8]) == "n:3.0")
        // Error values written as `=#N/A` formulas are errors for LibreOffice too.
        #expect(norm(b[2][7]) == "s:#N/A" && norm(b[3][7]) == "s:#DIV/0!")
        #expect(norm(b[4][0]) == "n:99107023017000.0")
        #expect(theirs[F.second]?.first.map { $0.map(norm) } == ["s:Ziel", "n:42.0"])
    }
}
