#include "generators/table_cells.h"

#include <algorithm>

#include "generators/vietnamese_number.h"

namespace baocao {
namespace {

bool IsValueColumn(const TemplateColumn& c) {
  return c.kind != TemplateColumn::Kind::kIndex && c.kind != TemplateColumn::Kind::kName;
}

bool SamePrefix(const TemplateColumn& a, const TemplateColumn& b, size_t level) {
  if (a.header.size() <= level || b.header.size() <= level) return false;
  return std::equal(a.header.begin(), a.header.begin() + static_cast<long>(level) + 1,
                    b.header.begin());
}

}  // namespace

std::vector<HeaderSpan> HeaderSpans(const ReportTemplate& tmpl) {
  const int depth = tmpl.HeaderDepth();
  const size_t n = tmpl.columns.size();
  std::vector<HeaderSpan> spans;
  for (int level = 0; level < depth; ++level) {
    for (size_t c = 0; c < n;) {
      const auto& col = tmpl.columns[c];
      if (static_cast<int>(col.header.size()) <= level) {
        ++c;
        continue;
      }
      const bool ends = static_cast<int>(col.header.size()) == level + 1;
      size_t end = c + 1;
      while (end < n && SamePrefix(col, tmpl.columns[end], level) &&
             (static_cast<int>(tmpl.columns[end].header.size()) == level + 1) == ends)
        ++end;
      spans.push_back({col.header[level], c, end, level, ends ? depth - 1 : level});
      c = end;
    }
  }
  return spans;
}

std::vector<LineCell> LineCells(const ReportTemplate& tmpl, const TableRow& line, const std::string& mark) {
  using Kind = LineCell::Kind;
  std::vector<LineCell> cells;
  const size_t n = tmpl.columns.size();
  const UnitRow& row = line.row;
  for (size_t c = 0; c < n; ++c) {
    const auto& col = tmpl.columns[c];
    if (col.kind == TemplateColumn::Kind::kIndex) {
      cells.push_back({Kind::kIndex, line.index, c, c + 1});
    } else if (col.kind == TemplateColumn::Kind::kName) {
      cells.push_back({Kind::kName, row.ten_don_vi + mark, c, c + 1});
    } else if (!ColumnReported(col, row)) {
      size_t end = c + 1;  // one cell over the run of value columns of the missing kind
      while (end < n && IsValueColumn(tmpl.columns[end]) && !ColumnReported(tmpl.columns[end], row)) ++end;
      cells.push_back({Kind::kNotReported, kNotReportedText, c, end});
      c = end - 1;
    } else if (col.kind == TemplateColumn::Kind::kRank && line.kind != TableRow::Kind::kUnit) {
      cells.push_back({Kind::kNoRank, "", c, c + 1});
    } else {
      cells.push_back({Kind::kValue, CellText(col, row), c, c + 1});
    }
  }
  return cells;
}

std::string CellText(const TemplateColumn& column, const UnitRow& row) {
  const Value value = ColumnValue(column, row);
  switch (column.kind) {
    case TemplateColumn::Kind::kIndex:
      return "";
    case TemplateColumn::Kind::kName:
      return row.ten_don_vi;
    case TemplateColumn::Kind::kRank: {
      const std::string text = RankText(column, row);
      return text.empty() ? kNullText : text;
    }
    case TemplateColumn::Kind::kScore:
      if (value.is_null()) return column.null_text.value_or(kNullText);
      return column.is_signed ? FormatPointsChange(value.count) : FormatHundredths(value.count);
    case TemplateColumn::Kind::kRate:
    case TemplateColumn::Kind::kCount:
      break;
  }
  return FormatValue(value);
}

}  // namespace baocao
