import Foundation

/// A workbook printed by LibreOffice to PDF, with what `pdfinfo` says about it.
public struct PrintedPDF {
    public let url: URL
    public let pages: Int
    /// The first page's size in points (`842 x 595` is A4 landscape).
    public let width: Int
    public let height: Int

    public var isA4Landscape: Bool { abs(width - 842) <= 1 && abs(height - 595) <= 1 }
    public var isA4Portrait: Bool { abs(width - 595) <= 1 && abs(height - 842) <= 1 }
    public var isA4: Bool { isA4Landscape || isA4Portrait }

    /// Prints `workbook` with `soffice --convert-to pdf` and reads `pdfinfo`. With
    /// `OZG_KEEP_PRINTS=DIR` the PDF and a PNG of its first page (`pdftoppm -r 60`) are kept
    /// in DIR, to look at.
    public static func print(_ workbook: URL, in directory: URL) throws -> PrintedPDF {
        let pdf = try ExternalTools.sofficeConvert(workbook, to: "pdf", outputDirectory: directory.appendingPathComponent("pdf-" + workbook.pathExtension))
        let info = String(decoding: try ExternalTools.check(["pdfinfo", pdf.path]).stdout, as: UTF8.self)
        var pages = 0, width = 0, height = 0
        for line in info.split(separator: "\n") {
            if line.hasPrefix("Pages:") { pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 }
            if line.hasPrefix("Page size:") {
                let parts = line.dropFirst(10).split(separator: " ")
                if parts.count >= 3 {
                    width = Int(Double(parts[0]) ?? 0)
                    height = Int(Double(parts[2]) ?? 0)
                }
            }
        }
        if let keep = ProcessInfo.processInfo.environment["OZG_KEEP_PRINTS"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            let stem = keep + "/" + workbook.lastPathComponent
            try? FileManager.default.removeItem(atPath: stem + ".pdf")
            try? FileManager.default.copyItem(atPath: pdf.path, toPath: stem + ".pdf")
            _ = try? ExternalTools.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf.path, stem])
        }
        return PrintedPDF(url: pdf, pages: pages, width: width, height: height)
    }
}
