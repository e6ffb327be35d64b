#include "generators/xlsx_frame.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace baocao {
namespace {

using Align = CellStyle::Align;

// Rough width of text in Excel character units: ASCII capitals are wider, other ASCII narrower,
// a Vietnamese letter with its marks (one code point, any case) counts as one unit.
double TextWidth(const std::string& text, double size, bool bold) {
  double width = 0;
  for (const char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    width += (c >= 'A' && c <= 'Z') ? 1.3 : (c < 0x80 ? 0.92 : 1.05);
  }
  return width * size / 11.0 * (bold ? 1.1 : 1.0);
}

CellStyle Centered(bool bold, double size = 12) {
  CellStyle s;
  s.bold = bold;
  s.size = size;
  s.align = Align::kCenter;
  s.wrap = true;
  return s;
}

CellStyle Italic(Align align, double size = 12) {
  CellStyle s;
  s.italic = true;
  s.size = size;
  s.align = align;
  s.wrap = true;
  return s;
}

// Writes text merged over [first, last] of one row and makes the row tall enough for it.
void Line(XlsxSheet& sheet, const SheetGrid& grid, int row, int first, int last,
          const std::string& text, const CellStyle& style, double* height) {
  sheet.Merge(row, first, row, last, text, style);
  const int lines = WrappedLines(text, grid.Width(first, last), style.size, style.bold);
  *height = std::max(*height, lines * style.size * 1.4);
}

}  // namespace

double SheetGrid::Width(int first, int last) const {
  double w = 0;
  for (int c = first; c <= last; ++c) w += widths[c];
  return w;
}

SheetGrid MakeGrid(const ReportTemplate& t) {
  SheetGrid grid;
  for (const auto& c : t.columns) grid.widths.push_back(c.width);
  const double total = grid.Width(0, grid.last_col());
  grid.split = 1;
  while (grid.split < grid.last_col() && grid.Width(0, grid.split - 1) < total * 0.45) ++grid.split;
  return grid;
}

int WrappedLines(const std::string& text, double width, double size, bool bold) {
  const double room = std::max(1.0, width - 1.0);
  const double space = TextWidth(" ", size, bold);
  std::istringstream words(text);
  std::string word;
  int lines = 1;
  double used = 0;
  while (words >> word) {
    const double w = TextWidth(word, size, bold);
    if (used > 0 && used + space + w > room) {
      ++lines;
      used = 0;
    }
    used += (used > 0 ? space : 0) + w;
    while (used > room) {  // a word longer than the line
      ++lines;
      used -= room;
    }
  }
  return lines;
}

int WriteDocumentHeader(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                        const Report& report, int row) {
  const int last = grid.last_col();
  const int left_end = grid.split - 1;
  double h = 0;
  Line(sheet, grid, row, 0, left_end, "Đơn vị báo cáo: " + report.root_row().ten_don_vi,
       Centered(true), &h);
  Line(sheet, grid, row, grid.split, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Centered(true),
       &h);
  sheet.RowHeight(row++, h);
  h = 0;
  Line(sheet, grid, row, 0, left_end, t.form_code, Centered(true), &h);
  CellStyle motto = Centered(true);
  motto.underline = true;
  Line(sheet, grid, row, grid.split, last, "Độc lập - Tự do - Hạnh phúc", motto, &h);
  sheet.RowHeight(row++, h);
  if (const std::string basis = BasisLine(t, report); !basis.empty()) {
    h = 0;
    Line(sheet, grid, row, 0, left_end, basis, Italic(Align::kCenter, 11), &h);
    sheet.RowHeight(row, h);
  }
  row += 2;
  h = 0;
  Line(sheet, grid, row, 0, last, t.title, Centered(true, 13), &h);
  sheet.RowHeight(row++, h);
  h = 0;
  Line(sheet, grid, row, 0, last, PeriodLine(report.period), Italic(Align::kCenter), &h);
  sheet.RowHeight(row++, h);
  if (const std::string approval = ApprovalLine(report); !approval.empty()) {
    h = 0;
    Line(sheet, grid, row, 0, last, approval, Italic(Align::kCenter), &h);
    sheet.RowHeight(row++, h);
  }
  if (const std::string receiving = ReceivingUnitLine(t, report); !receiving.empty()) {
    h = 0;
    Line(sheet, grid, row, 0, last, receiving, Centered(false), &h);
    sheet.RowHeight(row++, h);
  }
  return row + 1;
}

int WriteFigures(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                 const Report& report, int row) {
  if (t.figures.empty()) return row;
  int label_end = 0;  // the label spans [0, label_end], the value sits right of it
  while (label_end + 1 < grid.last_col() && grid.Width(0, label_end) < 52) ++label_end;
  CellStyle label;
  label.size = 12;
  for (const auto& f : t.figures) {
    sheet.Merge(row, 0, row, label_end, "- " + f.label + ":", label);
    const Value v = FigureValue(f, report);
    CellStyle value;
    value.size = 12;
    value.bold = true;
    value.align = Align::kRight;
    if (!FigureReported(f, report)) {  // wider than a number: over two columns, from the left
      value.italic = true;
      value.align = Align::kLeft;
      sheet.Merge(row, label_end + 1, row, std::min(label_end + 2, grid.last_col()), "chưa báo cáo", value);
    } else if (v.is_null()) {
      sheet.Text(row, label_end + 1, "—", value);
    } else if (v.kind == Value::Kind::kRate) {
      value.num_format = "0.00%";
      sheet.Number(row, label_end + 1, v.rate, value);
    } else {
      value.num_format = "#,##0";
      sheet.Number(row, label_end + 1, static_cast<double>(v.count), value);
    }
    ++row;
  }
  return row + 1;
}

int WriteUnitOfMeasure(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t, int row) {
  if (t.unit_of_measure.empty()) return row;
  sheet.Merge(row, grid.split, row, grid.last_col(), t.unit_of_measure, Italic(Align::kRight, 11));
  return row + 1;
}

int WriteSignatures(XlsxSheet& sheet, const SheetGrid& grid, const Report& report, int row) {
  const int last = grid.last_col();
  const int left_end = grid.split - 1;
  ++row;
  sheet.Merge(row, grid.split, row, last, PlaceAndDateLine(report), Italic(Align::kCenter));
  ++row;
  sheet.Merge(row, 0, row, left_end, "NGƯỜI LẬP BIỂU", Centered(true));
  sheet.Merge(row, grid.split, row, last, "THỦ TRƯỞNG ĐƠN VỊ", Centered(true));
  ++row;
  sheet.Merge(row, 0, row, left_end, "(Ký, ghi rõ họ tên)", Italic(Align::kCenter));
  sheet.Merge(row, grid.split, row, last, "(Ký tên, đóng dấu)", Italic(Align::kCenter));
  return row + 5;  // room to sign
}

}  // namespace baocao
