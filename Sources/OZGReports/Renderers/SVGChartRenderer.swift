import Foundation
import OZGSpreadsheet

/// Draws a ``ReportChart`` as inline SVG: horizontal bars (grouped or stacked), columns or lines.
enum SVGChartRenderer {
    struct Series {
        var name: String
        var values: [Double]
    }

    /// The categories and series of a chart, from the table's data rows.
    static func data(_ chart: ReportChart, table: ReportTable) -> (categories: [String], series: [Series]) {
        let rows = table.rows.filter { $0.role == .data }
        let categories = rows.map { $0[chart.categoryColumn].displayText }
        let series = chart.valueColumns.filter { $0 < table.columns.count }.map { c in
            Series(name: table.columns[c].name, values: rows.map { $0[c].numericValue ?? 0 })
        }
        return (categories, series)
    }

    static func svg(_ chart: ReportChart, table: ReportTable) -> String {
        let (categories, series) = data(chart, table: table)
        guard !categories.isEmpty, !series.isEmpty else { return "" }
        switch chart.kind {
        case .bar, .stackedBar: return horizontal(chart, categories, series, stacked: chart.kind == .stackedBar)
        case .column, .line: return vertical(chart, categories, series, line: chart.kind == .line)
        }
    }

    static func color(_ i: Int) -> String { ReportPalette.series[i % ReportPalette.series.count].hex }

    /// A round axis maximum and tick step for values up to `max`.
    static func scale(_ maxValue: Double) -> (max: Double, step: Double) {
        guard maxValue > 0 else { return (1, 1) }
        let raw = maxValue / 5
        let mag = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * mag }.first { $0 >= raw } ?? 10 * mag
        return (ceil(maxValue / step) * step, step)
    }

    static func num(_ d: Double) -> String { String(format: "%.1f", d) }

    static func legend(_ series: [Series], x: Double, y: Double, width: Double = 860) -> String {
        var out = ""
        var cx = x
        // Shorten the names when they would run past the right edge (full name as tooltip).
        let total = series.reduce(0) { $0 + 24 + Double($1.name.count) * 6.5 }
        let maxChars = total > width - x - 10
            ? max(6, Int(((width - x - 10) / Double(max(1, series.count)) - 24) / 6.5)) : Int.max
        for (i, s) in series.enumerated() {
            let label = s.name.count > maxChars ? String(s.name.prefix(maxChars - 1)) + "…" : s.name
            out += "<rect x=\"\(num(cx))\" y=\"\(num(y - 9))\" width=\"10\" height=\"10\" fill=\"\(color(i))\"/>"
            out += "<text x=\"\(num(cx + 14))\" y=\"\(num(y))\" class=\"lg\"><title>\(HTMLEscape.text(s.name))</title>\(HTMLEscape.text(label))</text>"
            cx += 24 + Double(label.count) * 6.5
        }
        return out
    }

    static func horizontal(_ chart: ReportChart, _ cats: [String], _ series: [Series], stacked: Bool) -> String {
        let labelW = 250.0, width = 860.0, plotW = width - labelW - 40
        let barH = stacked ? 16.0 : max(6, min(14, 28 / Double(series.count)))
        let groupH = stacked ? barH + 8 : barH * Double(series.count) + 8
        let top = 44.0
        let height = top + groupH * Double(cats.count) + 40
        let maxValue = stacked
            ? (0..<cats.count).map { i in series.reduce(0) { $0 + max(0, $1.values[i]) } }.max() ?? 0
            : series.flatMap(\.values).max() ?? 0
        let (axisMax, step) = scale(maxValue)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(num(width)) \(num(height))\" role=\"img\" aria-label=\"\(HTMLEscape.text(chart.title))\">"
        s += "<text x=\"8\" y=\"18\" class=\"ct\">\(HTMLEscape.text(chart.title))</text>"
        s += legend(series, x: labelW, y: 34)
        var t = 0.0
        while t <= axisMax + step / 2 {
            let x = labelW + plotW * t / axisMax
            s += "<line x1=\"\(num(x))\" y1=\"\(num(top))\" x2=\"\(num(x))\" y2=\"\(num(height - 30))\" class=\"grid\"/>"
            s += "<text x=\"\(num(x))\" y=\"\(num(height - 14))\" class=\"tick\" text-anchor=\"middle\">\(NumberText.shortest(t))</text>"
            t += step
        }
        for (i, cat) in cats.enumerated() {
            let y0 = top + groupH * Double(i) + 4
            let label = cat.count > 38 ? String(cat.prefix(37)) + "…" : cat
            s += "<text x=\"\(num(labelW - 6))\" y=\"\(num(y0 + (groupH - 8) / 2 + 4))\" class=\"cat\" text-anchor=\"end\"><title>\(HTMLEscape.text(cat))</title>\(HTMLEscape.text(label))</text>"
            var x = labelW
            for (j, se) in series.enumerated() {
                let v = max(0, se.values[i])
                let w = plotW * v / axisMax
                let y = stacked ? y0 : y0 + barH * Double(j)
                s += "<rect x=\"\(num(x))\" y=\"\(num(y))\" width=\"\(num(w))\" height=\"\(num(barH - 1))\" fill=\"\(color(j))\"><title>\(HTMLEscape.text(cat)) – \(HTMLEscape.text(se.name)): \(NumberText.shortest(se.values[i]))</title></rect>"
                if stacked { x += w }
            }
        }
        s += "<line x1=\"\(num(labelW))\" y1=\"\(num(top))\" x2=\"\(num(labelW))\" y2=\"\(num(height - 30))\" class=\"axis\"/>"
        return s + "</svg>"
    }

    static func vertical(_ chart: ReportChart, _ cats: [String], _ series: [Series], line: Bool) -> String {
        let left = 56.0, width = 860.0, top = 48.0, plotH = 260.0, bottom = 70.0
        let height = top + plotH + bottom
        let plotW = width - left - 20
        let slot = plotW / Double(cats.count)
        let (axisMax, step) = scale(series.flatMap(\.values).max() ?? 0)
        func y(_ v: Double) -> Double { top + plotH - plotH * max(0, v) / axisMax }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(num(width)) \(num(height))\" role=\"img\" aria-label=\"\(HTMLEscape.text(chart.title))\">"
        s += "<text x=\"8\" y=\"18\" class=\"ct\">\(HTMLEscape.text(chart.title))</text>"
        s += legend(series, x: left, y: 36)
        var t = 0.0
        while t <= axisMax + step / 2 {
            s += "<line x1=\"\(num(left))\" y1=\"\(num(y(t)))\" x2=\"\(num(width - 20))\" y2=\"\(num(y(t)))\" class=\"grid\"/>"
            s += "<text x=\"\(num(left - 6))\" y=\"\(num(y(t) + 4))\" class=\"tick\" text-anchor=\"end\">\(NumberText.shortest(t))</text>"
            t += step
        }
        // Mark the quarters of the group's milestones (categories ending in ⚑).
        for (d, cat) in cats.enumerated() where cat.hasSuffix(RoadmapReport.milestoneMark) {
            let x = left + slot * Double(d + 1)
            s += "<line x1=\"\(num(x))\" y1=\"\(num(top - 6))\" x2=\"\(num(x))\" y2=\"\(num(top + plotH))\" class=\"deadline\"/>"
            s += "<text x=\"\(num(x + 4))\" y=\"\(num(top + 6))\" class=\"dl\">Meilenstein</text>"
        }
        let every = max(1, Int((Double(cats.count) / 24).rounded(.up)))
        for (i, cat) in cats.enumerated() where i % every == 0 {
            let x = left + slot * (Double(i) + 0.5)
            s += "<text x=\"\(num(x))\" y=\"\(num(top + plotH + 14))\" class=\"tick\" text-anchor=\"end\" transform=\"rotate(-45 \(num(x)) \(num(top + plotH + 14)))\">\(HTMLEscape.text(cat))</text>"
        }
        for (j, se) in series.enumerated() {
            if line {
                let pts = se.values.enumerated().map { "\(num(left + slot * (Double($0.offset) + 0.5))),\(num(y($0.element)))" }
                s += "<polyline points=\"\(pts.joined(separator: " "))\" fill=\"none\" stroke=\"\(color(j))\" stroke-width=\"2.5\"/>"
                for (i, v) in se.values.enumerated() {
                    s += "<circle cx=\"\(num(left + slot * (Double(i) + 0.5)))\" cy=\"\(num(y(v)))\" r=\"3\" fill=\"\(color(j))\"><title>\(HTMLEscape.text(cats[i])): \(NumberText.shortest(v))</title></circle>"
                }
            } else {
                let bw = slot * 0.8 / Double(series.count)
                for (i, v) in se.values.enumerated() {
                    let x = left + slot * Double(i) + slot * 0.1 + bw * Double(j)
                    s += "<rect x=\"\(num(x))\" y=\"\(num(y(v)))\" width=\"\(num(bw))\" height=\"\(num(top + plotH - y(v)))\" fill=\"\(color(j))\"><title>\(HTMLEscape.text(cats[i])) – \(HTMLEscape.text(se.name)): \(NumberText.shortest(v))</title></rect>"
                }
            }
        }
        s += "<line x1=\"\(num(left))\" y1=\"\(num(top + plotH))\" x2=\"\(num(width - 20))\" y2=\"\(num(top + plotH))\" class=\"axis\"/>"
        return s + "</svg>"
    }
}
