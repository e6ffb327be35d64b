#include "generators/xlsx_details.h"

#include <algorithm>

#include "generators/document_texts.h"
#include "generators/xlsx_frame.h"

namespace baocao {
namespace {

constexpr uint8_t kPaperA4 = 9;
constexpr double kLineHeight = 15;

CellStyle Style(bool bold, CellStyle::Align align, bool border = true) {
  CellStyle s;
  s.bold = bold;
  s.border = border;
  s.wrap = true;
  s.align = align;
  return s;
}

CellStyle::Align CellAlign(DetailColumn::Align align) {
  switch (align) {
    case DetailColumn::Align::kLeft:
      return CellStyle::Align::kLeft;
    case DetailColumn::Align::kRight:
      return CellStyle::Align::kRight;
    case DetailColumn::Align::kCenter:
      break;
  }
  return CellStyle::Align::kCenter;
}

}  // namespace

void WriteDetailsSheet(XlsxWorkbook& book, const DetailSection& d, const Report& report) {
  XlsxSheet sheet = book.AddSheet(d.sheet_name);
  const int last = static_cast<int>(d.columns.size()) - 1;
  double total_width = 0;
  for (size_t c = 0; c < d.columns.size(); ++c) {
    sheet.ColumnWidth(static_cast<int>(c), d.columns[c].width);
    total_width += d.columns[c].width;
  }
  int row = 0;
  CellStyle title = Style(true, CellStyle::Align::kCenter, false);
  title.size = 13;
  sheet.Merge(row, 0, row, last, d.title, title);
  sheet.RowHeight(row++, 22);
  CellStyle period = Style(false, CellStyle::Align::kCenter, false);
  period.italic = true;
  sheet.Merge(row, 0, row, last, PeriodLine(report.period), period);
  ++row;
  sheet.Merge(row, 0, row, last, "Đơn vị báo cáo: " + report.root_row().ten_don_vi,
              Style(false, CellStyle::Align::kCenter, false));
  ++row;
  ++row;
  const int header = row;
  int header_lines = 1;
  for (size_t c = 0; c < d.columns.size(); ++c) {
    sheet.Text(row, static_cast<int>(c), d.columns[c].header, Style(true, CellStyle::Align::kCenter));
    header_lines = std::max(header_lines, WrappedLines(d.columns[c].header, d.columns[c].width, 11, true));
  }
  if (header_lines > 1) sheet.RowHeight(row, header_lines * kLineHeight + 2);
  ++row;
  CellStyle heading = Style(true, CellStyle::Align::kLeft);
  for (const DetailBlock& block : d.blocks) {
    if (!block.heading.empty()) {
      sheet.Merge(row, 0, row, last, block.heading, heading);
      sheet.RowHeight(row++, WrappedLines(block.heading, total_width, 11, true) * kLineHeight + 2);
    }
    if (!block.note.empty()) {
      CellStyle note = Style(false, CellStyle::Align::kLeft);
      note.italic = true;
      sheet.Merge(row, 0, row, last, block.note, note);
      ++row;
    }
    for (const auto& cells : block.lines) {
      int lines = 1;
      for (size_t c = 0; c < cells.size(); ++c) {
        sheet.Text(row, static_cast<int>(c), cells[c], Style(false, CellAlign(d.columns[c].align)));
        lines = std::max(lines, WrappedLines(cells[c], d.columns[c].width));
      }
      if (lines > 1) sheet.RowHeight(row, lines * kLineHeight + 2);
      ++row;
    }
  }
  lxw_worksheet* ws = sheet.raw();
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, kPaperA4);
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.7);
  worksheet_fit_to_pages(ws, 1, 0);
  book.Check(worksheet_repeat_rows(ws, header, header), "trang \"" + d.sheet_name + "\", dòng tiêu đề in lặp");
  book.Check(worksheet_set_footer(ws, "&CTrang &P/&N"), "trang \"" + d.sheet_name + "\", chân trang");
  worksheet_freeze_panes(ws, header + 1, 0);
}

}  // namespace baocao
