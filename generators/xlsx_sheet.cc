#include "generators/xlsx_sheet.h"

#include <string>

#include "generators/xlsx_chart.h"
#include "generators/xlsx_formulas.h"
#include "generators/xlsx_frame.h"

namespace baocao {
namespace {

constexpr uint8_t kPaperA4 = 9;

void SetUpPrinting(XlsxWorkbook& book, XlsxSheet& sheet, const ReportTemplate& t,
                   const TableLayout& table, int last_row) {
  lxw_worksheet* ws = sheet.raw();
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, kPaperA4);
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.7);
  worksheet_center_horizontally(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  const int last_col = static_cast<int>(t.columns.size()) - 1;
  book.Check(worksheet_print_area(ws, 0, 0, last_row, last_col),
             "trang \"" + sheet.name() + "\", vùng in");
  book.Check(worksheet_repeat_rows(ws, table.header_row, table.numbering_row),
             "trang \"" + sheet.name() + "\", dòng tiêu đề in lặp");
  book.Check(worksheet_set_footer(ws, "&CTrang &P/&N"),
             "trang \"" + sheet.name() + "\", chân trang");
  int frozen_cols = 0;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].kind == TemplateColumn::Kind::kName) frozen_cols = static_cast<int>(i) + 1;
  }
  worksheet_freeze_panes(ws, table.first_data_row, frozen_cols);
}

// STT labels ("1", "1.1") are text on purpose: no "number stored as text" marks on them.
void QuietIndexColumn(XlsxWorkbook& book, XlsxSheet& sheet, const ReportTemplate& t,
                      const TableLayout& table) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].kind != TemplateColumn::Kind::kIndex) continue;
    const int c = static_cast<int>(i);
    const std::string range =
        CellRef(table.first_data_row, c) + ":" + CellRef(table.next_row - 1, c);
    book.Check(worksheet_ignore_errors(sheet.raw(), LXW_IGNORE_NUMBER_STORED_AS_TEXT,
                                       range.c_str()),
               "trang \"" + sheet.name() + "\", cột STT");
  }
}

}  // namespace

TableLayout WriteReportSheet(XlsxWorkbook& book, const ReportTemplate& t, const Report& report) {
  XlsxSheet sheet = book.AddSheet(t.sheet_name);
  const SheetGrid grid = MakeGrid(t);
  for (int c = 0; c <= grid.last_col(); ++c) sheet.ColumnWidth(c, grid.widths[c]);
  int row = WriteDocumentHeader(sheet, grid, t, report, 0);
  row = WriteFigures(sheet, grid, t, report, row);
  row = WriteUnitOfMeasure(sheet, grid, t, row);
  const TableLayout table = WriteTable(sheet, grid, t, report, row);
  row = WriteSignatures(sheet, grid, report, table.next_row);
  SetUpPrinting(book, sheet, t, table, row - 1);
  QuietIndexColumn(book, sheet, t, table);
  int col = grid.last_col() + 2;  // chart data right of the table, outside the print area
  for (size_t i = 0; i < t.charts.size(); ++i) {
    const std::string name = i == 0 ? "Biểu đồ" : "Biểu đồ " + std::to_string(i + 1);
    col = WriteChart(book, sheet, table.header_row, col, t.charts[i], report, name);
  }
  return table;
}

}  // namespace baocao
