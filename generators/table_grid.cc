#include "generators/table_grid.h"

#include "generators/table_cells.h"
#include "generators/table_notes.h"

namespace baocao {
namespace {

int Span(size_t first, size_t end) { return static_cast<int>(end - first); }

}  // namespace

TableGrid BuildTableGrid(const ReportTemplate& tmpl, const Report& report) {
  TableGrid grid;
  if (tmpl.columns.empty() || report.table.empty()) return grid;
  grid.header.resize(static_cast<size_t>(tmpl.HeaderDepth()));
  for (const HeaderSpan& span : HeaderSpans(tmpl)) {
    GridRow& row = grid.header[static_cast<size_t>(span.first_level)];
    row.bold = true;
    row.cells.push_back({span.text, Span(span.first_column, span.end_column),
                         span.last_level - span.first_level + 1, false});
  }
  GridRow numbering;
  for (const auto& number : ColumnNumbers(tmpl)) numbering.cells.push_back({number, 1, 1, false});
  grid.header.push_back(std::move(numbering));

  const TableNotes notes = MakeTableNotes(tmpl, report);
  for (size_t i = 0; i < report.table.size(); ++i) {
    const TableRow& line = report.table[i];
    GridRow row;
    row.bold = line.bold;
    row.total = line.kind == TableRow::Kind::kTotal;
    row.indent = line.indent;
    for (const LineCell& cell : LineCells(tmpl, line, notes.marks[i])) {
      const auto kind = tmpl.columns[cell.first_column].kind;
      const bool figure = kind == TemplateColumn::Kind::kCount || kind == TemplateColumn::Kind::kRate ||
                          kind == TemplateColumn::Kind::kScore;
      // A score's "không có dữ liệu" is words, not a figure.
      const bool words = kind == TemplateColumn::Kind::kScore &&
                         ColumnValue(tmpl.columns[cell.first_column], line.row).is_null();
      row.cells.push_back({cell.text, Span(cell.first_column, cell.end_column), 1,
                           cell.kind == LineCell::Kind::kValue && figure && !words});
    }
    grid.body.push_back(std::move(row));
  }
  grid.notes = notes.notes;
  return grid;
}

}  // namespace baocao
