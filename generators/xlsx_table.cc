#include "generators/xlsx_table.h"

#include <algorithm>
#include <optional>

#include "generators/table_notes.h"
#include "generators/xlsx_formulas.h"

namespace baocao {
namespace {

using Align = CellStyle::Align;
using Kind = TemplateColumn::Kind;

constexpr double kLineHeight = 15;
const char kDash[] = "—";
const char kNotReported[] = "chưa báo cáo";

CellStyle Cell(Align align, bool bold = false) {
  CellStyle s;
  s.border = true;
  s.align = align;
  s.bold = bold;
  return s;
}

bool SamePrefix(const std::vector<std::string>& a, const std::vector<std::string>& b, size_t n) {
  return std::equal(a.begin(), a.begin() + n, b.begin());
}

// A header cell's need: rows [first, last] together must be `height` tall.
struct Need {
  int first, last;
  double height;
};

void FitRowHeights(XlsxSheet& sheet, int top, int depth, const std::vector<Need>& needs) {
  std::vector<double> heights(depth, kLineHeight);
  for (const Need& n : needs) {
    if (n.first == n.last) heights[n.first] = std::max(heights[n.first], n.height);
  }
  for (const Need& n : needs) {
    double have = 0;
    for (int r = n.first; r <= n.last; ++r) have += heights[r];
    if (have < n.height) heights[n.last] += n.height - have;
  }
  for (int r = 0; r < depth; ++r) sheet.RowHeight(top + r, heights[r] + 3);
}

// The header rows from `top` and the numbering row below them; returns the numbering row.
int WriteHeader(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t, int top) {
  CellStyle style = Cell(Align::kCenter, true);
  style.wrap = true;
  const int depth = t.HeaderDepth();
  const int n = static_cast<int>(t.columns.size());
  std::vector<Need> needs;
  for (int r = 0; r < depth; ++r) {
    for (int c = 0; c < n;) {
      const auto& path = t.columns[c].header;
      const size_t level = static_cast<size_t>(r);
      if (path.size() <= level) {
        ++c;
        continue;
      }
      int end = c;  // a leaf spans one column down to the last header row; a group spans across
      int bottom = depth - 1;
      if (path.size() > level + 1) {
        bottom = r;
        while (end + 1 < n && t.columns[end + 1].header.size() > level + 1 &&
               SamePrefix(path, t.columns[end + 1].header, level + 1)) {
          ++end;
        }
      }
      sheet.Merge(top + r, c, top + bottom, end, path[level], style);
      const int lines = WrappedLines(path[level], grid.Width(c, end), 11, true);
      needs.push_back({r, bottom, lines * kLineHeight});
      c = end + 1;
    }
  }
  FitRowHeights(sheet, top, depth, needs);
  CellStyle numbering = Cell(Align::kCenter);
  numbering.italic = true;
  const std::vector<std::string> numbers = ColumnNumbers(t);
  for (int c = 0; c < n; ++c) sheet.Text(top + depth, c, numbers[static_cast<size_t>(c)], numbering);
  return top + depth;
}

// Per column: the formula of a count cell of one line, with the line's value cached, when the
// numbers agree: the form's balance over the same line (equals_sum_of), else the SUM of the lines
// it is the sum of. nullopt: the value alone.
std::vector<std::optional<std::string>> LineFormulas(const ReportTemplate& t, const Report& report,
                                                     size_t line, const std::vector<int>& rows) {
  std::vector<std::optional<std::string>> formulas(t.columns.size());
  const TableRow& self = report.table[line];
  const std::vector<std::string> numbers = ColumnNumbers(t);
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const TemplateColumn& col = t.columns[c];
    if (col.kind != Kind::kCount) continue;
    const Value total = ColumnValue(col, self.row);
    if (total.is_null()) continue;
    if (!col.equals_sum_of.empty()) {
      std::vector<int> cols;
      int64_t sum = 0;
      for (int n : col.equals_sum_of) {
        const auto at = static_cast<size_t>(
            std::find(numbers.begin(), numbers.end(), "(" + std::to_string(n) + ")") - numbers.begin());
        cols.push_back(static_cast<int>(at));
        sum += ColumnValue(t.columns[at], self.row).count;
      }
      if (sum == total.count) {
        std::string formula;
        for (int k : cols) formula += (formula.empty() ? "" : "+") + CellRef(rows[line], k);
        formulas[c] = formula;
        continue;
      }
    }
    std::vector<int> part_rows;
    int64_t sum = 0;
    for (size_t part : self.parts) {
      const Value v = ColumnValue(col, report.table[part].row);
      if (v.is_null()) continue;
      part_rows.push_back(rows[part]);
      sum += v.count;
    }
    if (!part_rows.empty() && sum == total.count) formulas[c] = SumFormula(part_rows, static_cast<int>(c));
  }
  return formulas;
}

void WriteValueCells(XlsxSheet& sheet, const ReportTemplate& t, int row, const TableRow& line,
                     const std::vector<std::optional<std::string>>& formulas) {
  const bool bold = line.bold;
  const UnitRow& unit = line.row;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const TemplateColumn& col = t.columns[i];
    const int c = static_cast<int>(i);
    if (col.kind == Kind::kIndex || col.kind == Kind::kName || !ColumnReported(col, unit)) continue;
    if (col.kind == Kind::kRank) {
      const std::string text = line.kind == TableRow::Kind::kUnit ? RankText(col, unit) : "";
      const bool ranked = line.kind == TableRow::Kind::kUnit;
      sheet.Text(row, c, text.empty() && ranked ? kDash : text, Cell(Align::kCenter, bold));
      continue;
    }
    const Value v = ColumnValue(col, unit);
    if (col.kind == Kind::kScore) {  // points: a number with two decimals, or the column's words
      if (v.is_null()) {
        CellStyle words = Cell(Align::kCenter, bold);
        words.wrap = true;
        words.italic = true;
        sheet.Text(row, c, col.null_text.value_or(kDash), words);
        continue;
      }
      CellStyle style = Cell(Align::kRight, bold);
      style.num_format = col.is_signed ? "+0.00;-0.00;0.00" : "0.00";
      sheet.Number(row, c, static_cast<double>(v.count) / 100.0, style);
      continue;
    }
    if (v.is_null()) {
      sheet.Text(row, c, kDash, Cell(Align::kCenter, bold));
      continue;
    }
    CellStyle style = Cell(Align::kRight, bold);
    if (col.kind == Kind::kRate) {
      style.num_format = "0.00%";
      if (const auto formula = RateFormula(t.columns, col, row)) {
        sheet.Formula(row, c, *formula, v.rate, style);
      } else {
        sheet.Number(row, c, v.rate, style);
      }
      continue;
    }
    style.num_format = "#,##0";
    if (formulas[i]) {
      sheet.Formula(row, c, *formulas[i], static_cast<double>(v.count), style);
    } else {
      sheet.Number(row, c, static_cast<double>(v.count), style);
    }
  }
}

// "chưa báo cáo" merged over each run of adjacent value columns whose kind the line has not
// reported (all of them for a unit that has not reported; the people columns alone in tong_hop).
void WriteNotReported(XlsxSheet& sheet, const ReportTemplate& t, int row, const TableRow& line) {
  CellStyle style = Cell(Align::kCenter, line.bold);
  style.italic = true;
  const size_t n = t.columns.size();
  for (size_t c = 0; c < n; ++c) {
    if (ColumnReported(t.columns[c], line.row)) continue;
    size_t end = c;
    while (end + 1 < n && !ColumnReported(t.columns[end + 1], line.row)) ++end;
    if (end == c) {
      sheet.Text(row, static_cast<int>(c), kNotReported, style);
    } else {
      sheet.Merge(row, static_cast<int>(c), row, static_cast<int>(end), kNotReported, style);
    }
    c = end;
  }
}

void WriteRow(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t, int row,
              const TableRow& line, const std::string& mark,
              const std::vector<std::optional<std::string>>& formulas) {
  const bool bold = line.bold;
  double height = kLineHeight;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const int c = static_cast<int>(i);
    if (t.columns[i].kind == Kind::kIndex) {
      sheet.Text(row, c, line.index, Cell(Align::kCenter, bold));
    } else if (t.columns[i].kind == Kind::kName) {
      CellStyle style = Cell(Align::kLeft, bold);
      style.wrap = true;
      style.italic = line.kind == TableRow::Kind::kField;
      style.indent = line.indent;
      const std::string name = line.row.ten_don_vi + mark;
      sheet.Text(row, c, name, style);
      const double room = grid.widths[i] - 1.6 * style.indent;
      height = std::max(height, WrappedLines(name, room, 11, bold) * kLineHeight);
    } else if (t.columns[i].kind == Kind::kScore && ColumnValue(t.columns[i], line.row).is_null()) {
      const std::string words = t.columns[i].null_text.value_or(kDash);
      height = std::max(height, WrappedLines(words, grid.widths[i], 11, false) * kLineHeight);
    }
  }
  if (height > kLineHeight) sheet.RowHeight(row, height + 2);
  WriteNotReported(sheet, t, row, line);
  WriteValueCells(sheet, t, row, line, formulas);
}

}  // namespace

TableLayout WriteTable(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                       const Report& report, int row) {
  TableLayout layout;
  layout.header_row = row;
  layout.numbering_row = WriteHeader(sheet, grid, t, row);
  layout.first_data_row = layout.numbering_row + 1;
  const TableNotes notes = MakeTableNotes(t, report);
  layout.line_rows.resize(report.table.size());
  for (size_t i = 0; i < report.table.size(); ++i)
    layout.line_rows[i] = layout.first_data_row + static_cast<int>(i);
  for (size_t i = 0; i < report.table.size(); ++i)
    WriteRow(sheet, grid, t, layout.line_rows[i], report.table[i], notes.marks[i],
             LineFormulas(t, report, i, layout.line_rows));
  int r = layout.first_data_row + static_cast<int>(report.table.size());
  CellStyle note;
  note.italic = true;
  note.size = 10;
  note.wrap = true;
  for (const auto& text : notes.notes) {
    sheet.Merge(r, 0, r, grid.last_col(), text, note);
    const int lines = WrappedLines(text, grid.Width(0, grid.last_col()), 10, false);
    if (lines > 1) sheet.RowHeight(r, lines * 13.5);
    ++r;
  }
  layout.next_row = r;
  return layout;
}

}  // namespace baocao
