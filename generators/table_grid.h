// The report table as a grid of text cells, for a web page (the portal's report page): the same
// header, lines, texts and footnotes as the PDF prints (table_cells.h, table_notes.h), with the
// merges as colspan and rowspan, so that an HTML table built from it reads like the document.
#pragma once

#include <string>
#include <vector>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

struct GridCell {
  std::string text;
  int colspan = 1;
  int rowspan = 1;
  // A figure of a count or rate column ("1.234", "96,01%", "—" for none): right-aligned and never
  // wrapped, as the PDF prints it. Ranks ("1/2"), STT, names and "chưa báo cáo" are not.
  bool number = false;
};

struct GridRow {
  std::vector<GridCell> cells;  // left to right; a cell under a rowspan from above is left out
  bool bold = false;            // the header's path rows; a level, field group or total line
  bool total = false;           // the total line (shaded in the PDF), last
  int indent = 0;               // indentation steps of the line's name
};

struct TableGrid {
  std::vector<GridRow> header;     // the header path rows, top first, then the numbering row
  std::vector<GridRow> body;       // one row per line of Report::table
  std::vector<std::string> notes;  // the footnotes ("[1] Tổng cộng: không gồm …")
};

// The grid of the report's table in tmpl's columns. Empty (no rows) when the template has no
// columns or the report no lines, as the PDF then prints no table. For tong_hop, the summary's
// template and then each of its `sheets` templates, over the same report.
TableGrid BuildTableGrid(const ReportTemplate& tmpl, const Report& report);

}  // namespace baocao
