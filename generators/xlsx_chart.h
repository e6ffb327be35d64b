// A template chart: a bar chart of one rate for the units of one cap (e.g. the on-time rate by
// district) on a chart sheet of its own, printed as one A4 landscape page.
//
// The units of a cap are not adjacent rows of the table and a chart series needs one range, so the
// chart's data is a small block ("unit | rate") written on the report sheet to the right of the
// table, outside its print area.
#pragma once

#include <string>

#include "generators/report_template.h"
#include "generators/xlsx_workbook.h"
#include "indicators/report.h"

namespace baocao {

// Writes the data block on `data` from (row, col) and adds the chart sheet `sheet_name` after it.
// Returns the first column right of the block. Writes nothing (and returns col) when no unit of
// chart.cap has a value.
int WriteChart(XlsxWorkbook& book, XlsxSheet& data, int row, int col, const TemplateChart& chart,
               const Report& report, const std::string& sheet_name);

}  // namespace baocao
