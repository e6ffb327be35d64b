// The table of a report sheet: the multi-row column headers merged from the template's header
// paths, the numbered-columns row, one row per unit in hierarchy order and the totals row "Tổng
// cộng".
//
// Contracts: rows are the lines of report.table, the total last (indicators/report_table.h), STT
// and indentation as the line says; a line that has not reported prints "chưa báo cáo" merged across
// the value cells of the kind it lacks; rate cells are formulas over the row's count cells when the
// template prints them (else the value), with the report's value cached; a null value prints "—",
// never 0; ranks only on unit lines. A count cell is a formula with its value cached when the
// numbers agree: the form's balance over the row (column equals_sum_of), else the SUM of the lines
// it is the sum of. Footnotes for lines that leave out units (table_notes.h) follow the table.
#pragma once

#include <string>
#include <vector>

#include "generators/report_template.h"
#include "generators/xlsx_frame.h"
#include "generators/xlsx_workbook.h"
#include "indicators/report.h"

namespace baocao {

struct TableLayout {
  int header_row = 0;     // first header row
  int numbering_row = 0;  // "(1)", "(2)", ...
  int first_data_row = 0;
  std::vector<int> line_rows;  // the sheet row of report.table[i]
  int next_row = 0;            // first row below the table
};

TableLayout WriteTable(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                       const Report& report, int row);

}  // namespace baocao
