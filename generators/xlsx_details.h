// chi_so_766's Excel sheet "Chi tiết điểm bị trừ": the title and period line, the header row of the
// template's detail columns (repeated on every printed page), then per unit a merged heading line
// and one line per indicator that lost points or has no data (scorecard_details.h).
#pragma once

#include "generators/report_template.h"
#include "generators/xlsx_workbook.h"
#include "indicators/report.h"

namespace baocao {

// Adds the sheet t.details->sheet_name; nothing when the template has no details.
void WriteDetailsSheet(XlsxWorkbook& book, const ReportTemplate& t, const Report& report);

}  // namespace baocao
