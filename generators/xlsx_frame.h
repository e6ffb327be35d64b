// The parts of a Vietnamese administrative document around a report's table, on one worksheet
// (SPEC §5): reporting unit, form code and basis top left, the national motto block top right, the
// title, the period and receiving-unit lines, the template's headline figures, the unit of measure,
// and below the table the place and date line and the signature blocks.
//
// SheetGrid is the sheet's column geometry from the template: the widths, and where the right-hand
// block (motto, date line, head of unit's signature) starts.
#pragma once

#include <string>
#include <vector>

#include "generators/document_texts.h"
#include "generators/report_template.h"
#include "generators/xlsx_workbook.h"
#include "indicators/report.h"

namespace baocao {

struct SheetGrid {
  std::vector<double> widths;  // Excel character units, one per template column
  int split = 0;               // first column of the right-hand block

  int last_col() const { return static_cast<int>(widths.size()) - 1; }
  double Width(int first, int last) const;
};

SheetGrid MakeGrid(const ReportTemplate& t);

// Lines that text needs when wrapped by words into width (Excel character units) at a font size.
int WrappedLines(const std::string& text, double width, double size = 11, bool bold = false);

// Each writer starts at `row` and returns the first row below what it wrote.
int WriteDocumentHeader(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                        const Report& report, int row);
int WriteFigures(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                 const Report& report, int row);
int WriteUnitOfMeasure(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t, int row);
int WriteSignatures(XlsxSheet& sheet, const SheetGrid& grid, const Report& report, int row);

}  // namespace baocao
