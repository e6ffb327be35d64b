#include "generators/xlsx_sheet.h"

#include "generators/xlsx_chart.h"
#include "generators/xlsx_frame.h"

namespace baocao {
namespace {

constexpr uint8_t kPaperA4 = 9;

void SetUpPrinting(XlsxWorkbook& book, XlsxSheet& sheet, const ReportTemplate& t,
                   const TableLayout& table) {
  lxw_worksheet* ws = sheet.raw();
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, kPaperA4);
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.7);
  worksheet_center_horizontally(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  book.Check(worksheet_repeat_rows(ws, table.header_row, table.numbering_row),
             "trang \"" + sheet.name() + "\", dòng tiêu đề in lặp");
  book.Check(worksheet_set_footer(ws, "&CTrang &P/&N"), "trang \"" + sheet.name() + "\", chân trang");
  int frozen_cols = 0;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].kind == TemplateColumn::Kind::kName) frozen_cols = static_cast<int>(i) + 1;
  }
  worksheet_freeze_panes(ws, table.first_data_row, frozen_cols);
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
  for (const TemplateChart& chart : t.charts) row = WriteChart(book, sheet, grid, chart, report, row);
  SetUpPrinting(book, sheet, t, table);
  return table;
}

}  // namespace baocao
