#include "ingest/cell_reference.h"

namespace baocao {

std::optional<CellReference> ParseCellReference(std::string_view text) {
  size_t i = 0;
  int column = 0;
  for (; i < text.size() && i < 4; ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + (c - 'A' + 1);
  }
  if (i == 0 || i > 3 || column > kMaxSheetColumns) return std::nullopt;
  long row = 0;
  const size_t digits = i;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + (c - '0');
    if (row > kMaxSheetRows) return std::nullopt;
  }
  if (i == digits || row < 1) return std::nullopt;
  return CellReference{static_cast<int>(row), column - 1};
}

std::string ColumnName(int column) {
  std::string name;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

std::string CellName(int row, int column) { return ColumnName(column) + std::to_string(row); }

}  // namespace baocao
