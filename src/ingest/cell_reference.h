// A worksheet cell's A1-style reference ("B17", "XFD1048576") read and written, within Excel's grid:
// columns A…XFD (16.384), rows 1…1.048.576. Columns are 0-based here (A = 0, as fields are), rows
// 1-based (as officers see them).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace baocao {

constexpr int kMaxSheetColumns = 16384;
constexpr int kMaxSheetRows = 1048576;

struct CellReference {
  int row = 0;     // 1-based
  int column = 0;  // 0-based
};

// "B17" -> {17, 1}. Letters in either case, no '$', nothing around. nullopt when it is not a cell of
// the grid (no letters, more than three, a column past XFD, no row or a row outside 1…1.048.576).
std::optional<CellReference> ParseCellReference(std::string_view text);

// 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD".
std::string ColumnName(int column);

// {17, 1} -> "B17".
std::string CellName(int row, int column);

}  // namespace baocao
