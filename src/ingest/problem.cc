#include "ingest/problem.h"

#include <algorithm>

#include "core/errors.h"
#include "core/text.h"

namespace baocao {

std::string Problem::Format(const std::string& file) const {
  return FormatLocation(file, row, column, message);
}

std::string TablePlace::Format(int row, int column, const std::string& message) const {
  if (sheet.empty()) return FormatLocation(file, row, column, message);
  std::string out = file + "[" + sheet + "]";
  if (row > 0) out += ":" + (column > 0 ? ColumnLetters(column - 1) : "") + std::to_string(row);
  return out + ": " + message;
}

void ProblemList::push_back(Problem problem) {
  ++total_;
  const auto before = [](const Problem& a, const Problem& b) {
    return a.row != b.row ? a.row < b.row : a.column < b.column;
  };
  // Problems mostly come in file order: past the last listed one when the list is full, done.
  if (listed_.size() == limit_ && (limit_ == 0 || !before(problem, listed_.back()))) return;
  listed_.insert(std::upper_bound(listed_.begin(), listed_.end(), problem, before), std::move(problem));
  if (listed_.size() > limit_) listed_.pop_back();
}

void ProblemList::Add(const Problems& problems) {
  for (const auto& p : problems) push_back(p);
}

std::string GroupedCount(int64_t n) {
  const std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string OmittedText(const ProblemList& problems, const std::string& noun) {
  if (problems.omitted() == 0) return "";
  return "… và " + GroupedCount(problems.omitted()) + " " + noun + " khác";
}

}  // namespace baocao
