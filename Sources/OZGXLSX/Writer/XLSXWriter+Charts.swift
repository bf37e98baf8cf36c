import CXLSXWriter
import Foundation
import OZGSpreadsheet

extension XLSXWriter {
    /// Draws a chart on the current sheet from ranges of the workbook.
    ///
    /// The corresponding C functions are `workbook_add_chart`, `chart_add_series`,
    /// `chart_series_set_categories`, `chart_series_set_values`, `chart_series_set_name`,
    /// `chart_series_set_fill` (`chart_series_set_line` for line charts), `chart_title_set_name`,
    /// `chart_axis_set_name` and `worksheet_insert_chart_opt`. Series colours are not applied to
    /// pie charts (one colour would paint every slice).
    func addChart(_ spec: ChartSpec, _ state: XLSXSheetState) throws {
        let wb = try openWorkbook()
        let type: lxw_chart_type
        switch spec.kind {
        case .bar: type = LXW_CHART_BAR
        case .column: type = LXW_CHART_COLUMN
        case .stackedBar: type = LXW_CHART_BAR_STACKED
        case .stackedColumn: type = LXW_CHART_COLUMN_STACKED
        case .line: type = LXW_CHART_LINE
        case .pie: type = LXW_CHART_PIE
        }
        guard let chart = workbook_add_chart(wb, UInt8(type.rawValue)) else {
            throw SpreadsheetError.writeFailed(path: path, reason: "libxlsxwriter could not create the chart \"\(spec.title)\"")
        }
        for s in spec.series {
            guard let series = chart_add_series(chart, nil, nil) else { continue }
            let cat = s.categories, val = s.values
            chart_series_set_categories(
                series, s.sheet, lxw_row_t(cat.start.row), lxw_col_t(cat.start.column), lxw_row_t(cat.end.row), lxw_col_t(cat.end.column))
            chart_series_set_values(
                series, s.sheet, lxw_row_t(val.start.row), lxw_col_t(val.start.column), lxw_row_t(val.end.row), lxw_col_t(val.end.column))
            if let cell = s.nameCell {
                // The header cell names the series, as in the table.
                let sheet = "'" + s.sheet.replacingOccurrences(of: "'", with: "''") + "'"
                chart_series_set_name(series, "=" + sheet + "!$" + CellReference.columnName(cell.column) + "$" + String(cell.row + 1))
            } else {
                chart_series_set_name(series, s.name)
            }
            if let color = s.color, spec.kind != .pie {
                if spec.kind == .line {
                    var line = lxw_chart_line()
                    line.color = lxw_color_t(color.rgb)
                    chart_series_set_line(series, &line)
                } else {
                    var fill = lxw_chart_fill()
                    fill.color = lxw_color_t(color.rgb)
                    chart_series_set_fill(series, &fill)
                }
            }
        }
        chart_title_set_name(chart, spec.title)
        if spec.kind != .pie {
            if let x = spec.xAxisTitle, let axis = chart.pointee.x_axis { chart_axis_set_name(axis, x) }
            if let y = spec.yAxisTitle, let axis = chart.pointee.y_axis { chart_axis_set_name(axis, y) }
        }
        let a = spec.anchor
        guard a.row >= 0, a.row < CellReference.maxRows, a.column >= 0, a.column < CellReference.maxColumns else {
            throw SpreadsheetError.invalidValue(path: path, sheet: state.name, cell: a.a1, reason: "the chart anchor is outside Excel's grid")
        }
        var opts = lxw_chart_options()
        opts.x_scale = Double(max(spec.width, 1)) / 480
        opts.y_scale = Double(max(spec.height, 1)) / 288
        let code = worksheet_insert_chart_opt(state.worksheet, lxw_row_t(a.row), lxw_col_t(a.column), chart, &opts)
        if code != LXW_NO_ERROR {
            throw SpreadsheetError.invalidValue(path: path, sheet: state.name, cell: a.a1, reason: "the chart \"\(spec.title)\" cannot be inserted: \(LXWResult.message(code))")
        }
    }

    /// A conditional format: text equal to a value gets a style; 2- and 3-colour scales.
    ///
    /// The corresponding C function is `worksheet_conditional_format_range` (type
    /// `LXW_CONDITIONAL_TYPE_CELL` with `LXW_CONDITIONAL_CRITERIA_EQUAL_TO` and a quoted string,
    /// or `LXW_CONDITIONAL_2_COLOR_SCALE` / `LXW_CONDITIONAL_3_COLOR_SCALE`).
    func addConditionalFormat(_ cf: ConditionalFormat, _ state: XLSXSheetState) throws {
        var options = lxw_conditional_format()
        var owned: UnsafeMutablePointer<CChar>?
        defer { free(owned) }
        switch cf.rule {
        case .textEquals(let text, let style):
            options.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            options.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
            owned = strdup("\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
            options.value_string = owned
            options.format = formats.differentialFormat(style)
        case .colorScale(let low, let high):
            options.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
            options.min_color = lxw_color_t(low.rgb)
            options.max_color = lxw_color_t(high.rgb)
        case .colorScale3(let low, let mid, let high):
            options.type = UInt8(LXW_CONDITIONAL_3_COLOR_SCALE.rawValue)
            options.min_color = lxw_color_t(low.rgb)
            options.mid_color = lxw_color_t(mid.rgb)
            options.max_color = lxw_color_t(high.rgb)
        }
        let r = cf.range
        let code = worksheet_conditional_format_range(
            state.worksheet, lxw_row_t(r.start.row), lxw_col_t(r.start.column), lxw_row_t(r.end.row), lxw_col_t(r.end.column), &options)
        if code != LXW_NO_ERROR {
            throw SpreadsheetError.invalidValue(path: path, sheet: state.name, cell: r.a1, reason: "the conditional format cannot be written: \(LXWResult.message(code))")
        }
    }
}
