// One report sheet of a workbook: the document frame (xlsx_frame.h), the table (xlsx_table.h), the
// template's charts (each on a chart sheet added right after it, xlsx_chart.h), and the print setup
// — A4 landscape, one page wide, header rows repeated on every page, footer "Trang &P/&N", panes
// frozen below the header and right of the unit names, the print area ending with the signature
// blocks.
#pragma once

#include "generators/report_template.h"
#include "generators/xlsx_table.h"
#include "generators/xlsx_workbook.h"
#include "indicators/report.h"

namespace baocao {

// Adds the sheet t.sheet_name to book and prints report on it with template t.
TableLayout WriteReportSheet(XlsxWorkbook& book, const ReportTemplate& t, const Report& report);

}  // namespace baocao
