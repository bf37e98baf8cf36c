import OZGSpreadsheet

/// A cell comment as an ODF annotation (`office:annotation`, hidden until pointed at): the
/// author as `dc:creator`, one `text:p` per line.
enum AnnotationXML {
    static func annotation(_ c: CellComment) -> String {
        var out = "<office:annotation office:display=\"false\">"
        if let a = c.author, !a.isEmpty { out += "<dc:creator>" + DataStyleWriter.escape(a) + "</dc:creator>" }
        let lines = c.text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            let clean = String(line.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" })
            out += "<text:p>" + DataStyleWriter.escape(clean) + "</text:p>"
        }
        return out + "</office:annotation>"
    }
}
