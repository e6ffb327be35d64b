// The table of a report sheet: the multi-row column headers merged from the template's header
// paths, the numbered-columns row, one row per unit in hierarchy order and the totals row "Tổng
// cộng".
//
// Contracts (issue #4): rows are report.units[1..] (units[0], the root, is the totals row at the
// bottom); names are indented by depth and bold for units with children; a unit that has not
// reported prints "chưa báo cáo" merged across its value cells; rate cells are formulas over the
// row's count cells when the template prints them (else the value), with the report's value cached;
// a null value prints "—", never 0. A totals count cell is the SUM of the depth-1 rows when that
// sum equals the root's value, else the root's value.
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
  std::vector<int> unit_rows;  // the row of report.units[i]; units[0] is the totals row
  int next_row = 0;            // first row below the table
};

TableLayout WriteTable(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                       const Report& report, int row);

// STT labels for report.units: "" for the root, "1", "2" for its children, "1.1" below them.
std::vector<std::string> IndexLabels(const Report& report);

}  // namespace baocao
