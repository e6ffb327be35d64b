// The report table's cells as texts and spans, before any drawing: which header cells are merged
// over which columns and rows, and what each line prints in which columns. Decided once here so
// that the PDF (pdf_table.h) and the portal's HTML grid (table_grid.h) print the same texts in the
// same places; each face only sizes and draws them.
//
// Header: one row per level of the template's header paths, adjacent columns sharing a prefix
// merged under it, a path shorter than the deepest merged down; then the numbering row (1), (2),
// ... (unnumbered columns blank). A line: its STT, its name (with its footnote mark), "chưa báo
// cáo" across each run of value columns whose kind it has not reported, ranks only on unit lines.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

inline constexpr const char* kNotReportedText = "chưa báo cáo";

// A header cell over columns [first_column, end_column) and header rows [first_level, last_level]
// (0 the top row); the numbering row is not one of them.
struct HeaderSpan {
  std::string text;
  size_t first_column = 0;
  size_t end_column = 0;
  int first_level = 0;
  int last_level = 0;
};

// The header cells, row by row from the top, left to right in each row.
std::vector<HeaderSpan> HeaderSpans(const ReportTemplate& tmpl);

// One cell of a line over columns [first_column, end_column).
struct LineCell {
  enum class Kind {
    kIndex,        // the STT
    kName,         // the unit's (level's, field's) name and its footnote mark
    kNotReported,  // "chưa báo cáo" over a run of value columns of a kind the line has not reported
    kNoRank,       // a rank column on a line that is not a unit's: blank
    kValue,        // a count, rate or rank as CellText prints it
  };
  Kind kind = Kind::kValue;
  std::string text;
  size_t first_column = 0;
  size_t end_column = 0;
};

// The cells of one line of Report::table, left to right, covering every column once. mark: the
// line's footnote mark (table_notes.h), "" for none.
std::vector<LineCell> LineCells(const ReportTemplate& tmpl, const TableRow& line, const std::string& mark);

// The printed text of one cell of a unit's row ("—" for null; ranks as rank/N).
std::string CellText(const TemplateColumn& column, const UnitRow& row);

}  // namespace baocao
