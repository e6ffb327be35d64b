// The Excel formulas of a report sheet, as text: cell references, the rate formula over the count
// columns that print its numerator and denominator, and the totals row's SUM.
//
// Pure functions: no workbook involved, so the formulas are testable as strings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/text.h"
#include "generators/report_template.h"

namespace baocao {

// "C10" for row 9, column 2 (0-based).
std::string CellRef(int row, int col);

// The count columns (indexes into columns) whose keys, taken whole, are exactly `keys` (each key
// printed once); nullopt when no such set exists, e.g. a key that no count column prints.
std::optional<std::vector<int>> CountColumnsFor(const std::vector<TemplateColumn>& columns,
                                                const std::vector<std::string>& keys);

// For a rate column: `IF(den=0,"—",num/den)` over the given row's cells, or nullopt when the
// template does not print the numerator's or the denominator's counts (the cell then holds the
// value only).
std::optional<std::string> RateFormula(const std::vector<TemplateColumn>& columns,
                                       const TemplateColumn& rate, int row);

// "SUM(C10,C14,C20)" over the given (non-empty) rows of one column; past Excel's 255 arguments per
// call, "SUM(...)+SUM(...)".
std::string SumFormula(const std::vector<int>& rows, int col);

}  // namespace baocao
