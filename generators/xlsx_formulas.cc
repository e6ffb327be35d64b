#include "generators/xlsx_formulas.h"

#include <algorithm>
#include <set>

namespace baocao {
namespace {

std::string Added(const std::vector<int>& cols, int row) {
  std::string out;
  for (int c : cols) out += (out.empty() ? "" : "+") + CellRef(row, c);
  return cols.size() > 1 ? "(" + out + ")" : out;
}

}  // namespace

std::string CellRef(int row, int col) { return ColumnLetters(col) + std::to_string(row + 1); }

std::optional<std::vector<int>> CountColumnsFor(const std::vector<TemplateColumn>& columns,
                                                const std::vector<std::string>& keys) {
  if (keys.empty()) return std::nullopt;
  const std::set<std::string> wanted(keys.begin(), keys.end());
  if (wanted.size() != keys.size()) return std::nullopt;
  std::set<std::string> covered;
  std::vector<int> found;
  for (size_t i = 0; i < columns.size(); ++i) {
    const TemplateColumn& c = columns[i];
    if (c.kind != TemplateColumn::Kind::kCount || c.keys.empty()) continue;
    const bool inside = std::all_of(c.keys.begin(), c.keys.end(), [&](const std::string& k) {
      return wanted.count(k) == 1 && covered.count(k) == 0;
    });
    if (!inside) continue;
    covered.insert(c.keys.begin(), c.keys.end());
    found.push_back(static_cast<int>(i));
  }
  if (covered != wanted) return std::nullopt;
  return found;
}

std::optional<std::string> RateFormula(const std::vector<TemplateColumn>& columns,
                                       const TemplateColumn& rate, int row) {
  const auto num = CountColumnsFor(columns, rate.numerator);
  const auto den = CountColumnsFor(columns, rate.denominator);
  if (!num || !den) return std::nullopt;
  const std::string denominator = Added(*den, row);
  return "IF(" + denominator + "=0,\"—\"," + Added(*num, row) + "/" + denominator + ")";
}

std::string SumFormula(const std::vector<int>& rows, int col) {
  constexpr size_t kMaxArguments = 255;  // Excel's limit per function call
  std::string out;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i % kMaxArguments == 0)
      out += (i == 0 ? "SUM(" : ")+SUM(");
    else
      out += ",";
    out += CellRef(rows[i], col);
  }
  return out + ")";
}

}  // namespace baocao
