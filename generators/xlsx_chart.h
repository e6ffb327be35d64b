// A template chart on a report sheet: a bar chart of one rate for the units of one cap (e.g. the
// on-time rate by district), drawn from a small data block written below the table — the units of a
// cap are not adjacent rows of the table, and a chart series needs one range.
#pragma once

#include "generators/report_template.h"
#include "generators/xlsx_frame.h"
#include "generators/xlsx_workbook.h"
#include "indicators/report.h"

namespace baocao {

// Writes the data block (title, then one "unit | rate" row per unit of chart.cap with a value) from
// `row` and the chart below it; returns the first row below both. Writes nothing when no unit of that
// cap has a value.
int WriteChart(XlsxWorkbook& book, XlsxSheet& sheet, const SheetGrid& grid,
               const TemplateChart& chart, const Report& report, int row);

}  // namespace baocao
