#include "generators/xlsx_table.h"

#include <algorithm>
#include <optional>

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
  for (int c = 0; c < n; ++c)
    sheet.Text(top + depth, c, "(" + std::to_string(c + 1) + ")", numbering);
  return top + depth;
}

// Totals row count cells that can be =SUM(...) of the depth-1 rows: the formula per column.
std::vector<std::optional<std::string>> TotalsSums(const ReportTemplate& t, const Report& report,
                                                   const std::vector<int>& unit_rows) {
  std::vector<int> child_rows;
  std::vector<const UnitRow*> children;
  for (size_t i = 1; i < report.units.size(); ++i) {
    if (report.units[i].depth != 1) continue;
    child_rows.push_back(unit_rows[i]);
    children.push_back(&report.units[i]);
  }
  std::vector<std::optional<std::string>> sums(t.columns.size());
  if (children.empty()) return sums;
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const TemplateColumn& col = t.columns[c];
    if (col.kind != Kind::kCount) continue;
    const Value total = ColumnValue(col, report.root_row());
    int64_t sum = 0;
    bool complete = !total.is_null();
    for (const UnitRow* u : children) {
      const Value v = ColumnValue(col, *u);
      complete = complete && !v.is_null();
      sum += v.count;
    }
    if (complete && sum == total.count) sums[c] = SumFormula(child_rows, static_cast<int>(c));
  }
  return sums;
}

void WriteValueCells(XlsxSheet& sheet, const ReportTemplate& t, int row, const UnitRow& unit,
                     bool bold, const std::vector<std::optional<std::string>>& sums) {
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const TemplateColumn& col = t.columns[i];
    const int c = static_cast<int>(i);
    if (col.kind == Kind::kIndex || col.kind == Kind::kName) continue;
    if (col.kind == Kind::kRank) {
      const std::string text = RankText(col, unit);
      sheet.Text(row, c, text.empty() ? kDash : text, Cell(Align::kCenter, bold));
      continue;
    }
    const Value v = ColumnValue(col, unit);
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
    if (i < sums.size() && sums[i]) {
      sheet.Formula(row, c, *sums[i], static_cast<double>(v.count), style);
    } else {
      sheet.Number(row, c, static_cast<double>(v.count), style);
    }
  }
}

// The span of the value columns, for "chưa báo cáo".
std::pair<int, int> ValueSpan(const ReportTemplate& t) {
  int first = -1, last = -1;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const Kind k = t.columns[i].kind;
    if (k == Kind::kIndex || k == Kind::kName) continue;
    if (first < 0) first = static_cast<int>(i);
    last = static_cast<int>(i);
  }
  return {first, last};
}

void WriteRow(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t, int row,
              const UnitRow& unit, const std::string& index, bool totals,
              const std::vector<std::optional<std::string>>& sums) {
  const bool bold = totals || unit.has_children;
  double height = kLineHeight;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const int c = static_cast<int>(i);
    if (t.columns[i].kind == Kind::kIndex) {
      sheet.Text(row, c, index, Cell(Align::kCenter, bold));
    } else if (t.columns[i].kind == Kind::kName) {
      CellStyle style = Cell(Align::kLeft, bold);
      style.wrap = true;
      style.indent = totals ? 0 : std::max(0, unit.depth - 1);
      const std::string name = totals ? "Tổng cộng" : unit.ten_don_vi;
      sheet.Text(row, c, name, style);
      const double room = grid.widths[i] - 1.6 * style.indent;
      height = std::max(height, WrappedLines(name, room, 11, bold) * kLineHeight);
    }
  }
  if (height > kLineHeight) sheet.RowHeight(row, height + 2);
  const auto [first, last] = ValueSpan(t);
  if (first < 0) return;
  if (!unit.submitted) {
    CellStyle style = Cell(Align::kCenter, bold);
    style.italic = true;
    sheet.Merge(row, first, row, last, kNotReported, style);
    return;
  }
  WriteValueCells(sheet, t, row, unit, bold, sums);
}

}  // namespace

std::vector<std::string> IndexLabels(const Report& report) {
  std::vector<std::string> labels(report.units.size());
  std::vector<int> counters;
  for (size_t i = 1; i < report.units.size(); ++i) {
    const int depth = std::max(1, report.units[i].depth);
    counters.resize(depth, 0);
    ++counters[depth - 1];
    for (int d = 0; d < depth; ++d) {
      labels[i] += (d == 0 ? "" : ".") + std::to_string(counters[d]);
    }
  }
  return labels;
}

TableLayout WriteTable(XlsxSheet& sheet, const SheetGrid& grid, const ReportTemplate& t,
                       const Report& report, int row) {
  TableLayout layout;
  layout.header_row = row;
  layout.numbering_row = WriteHeader(sheet, grid, t, row);
  layout.first_data_row = layout.numbering_row + 1;
  const std::vector<std::string> labels = IndexLabels(report);
  layout.unit_rows.assign(report.units.size(), 0);
  int r = layout.first_data_row;
  for (size_t i = 1; i < report.units.size(); ++i) {
    layout.unit_rows[i] = r;
    WriteRow(sheet, grid, t, r++, report.units[i], labels[i], false, {});
  }
  layout.unit_rows[0] = r;
  WriteRow(sheet, grid, t, r, report.root_row(), "", true, TotalsSums(t, report, layout.unit_rows));
  layout.next_row = r + 1;
  return layout;
}

}  // namespace baocao
