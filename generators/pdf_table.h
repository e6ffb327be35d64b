// The report table of the PDF: the template's columns over the report's units, as layout blocks.
//
// The cells and their texts are table_cells.h's (the portal's HTML grid prints the same): the
// merged header rows and the numbering row, shaded; the lines of report.table
// (indicators/report_table.h: STT, indentation and boldness as the line says; the total shaded,
// last), "chưa báo cáo" across a run of columns of a kind a line has not reported, ranks only on
// unit lines; then the footnotes of lines that leave out units (table_notes.h). Names wrap inside
// their cells; numbers never wrap (a number too wide for its column is printed smaller).
#pragma once

#include <string>
#include <vector>

#include "generators/pdf_document.h"
#include "generators/pdf_layout.h"
#include "generators/report_template.h"
#include "generators/table_cells.h"  // CellText
#include "indicators/report.h"

namespace baocao {

// A bordered box with its text, placed relative to its block's top.
struct BoxCell {
  double x = 0;
  double offset = 0;  // from the block's top
  double width = 0;
  double height = 0;
  std::vector<std::string> lines;
  Align align = Align::kCenter;
  bool bold = false;
  double size = 8;
  double indent = 0;
  bool shaded = false;
  bool border = true;
};

// A block drawing the given boxes (texts centred vertically in their boxes).
Block BoxesBlock(std::vector<BoxCell> cells, double height);

// Adds the table's header, rows and footnotes to flow, the table spanning [left, left + width].
// keep_end_with_next: the total line and the notes stay on the page of the block after them (the
// signature block never stands alone on a page).
void AddReportTable(Flow& flow, const PdfDocument& doc, const ReportTemplate& tmpl,
                    const Report& report, double left, double width, bool keep_end_with_next = false);

}  // namespace baocao
