// A problem (or warning) found in an input file, located by row and column, and the lists that
// validation fills: every problem is counted, the first ones (in file order) are kept to be listed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace baocao {

struct Problem {
  int row = 0;     // physical line in the file (header = 1); 0 for the whole file
  int column = 0;  // 1-based column; 0 for the whole row
  std::string column_name;  // the header as written in the file, when known
  std::string message;      // Vietnamese

  // `file:row:column: message`
  std::string Format(const std::string& file) const;
};

// Where the problems of one table are: a text file, or one worksheet of a workbook. A problem in a
// text file reads `file:17:3: message`; on a worksheet it reads as the officer finds the cell in
// Excel, `file.xlsx[Hồ sơ]:C17: message` (`file.xlsx[Hồ sơ]:17:` for a whole row).
struct TablePlace {
  std::string file;
  std::string sheet;  // empty for a text file

  std::string Format(int row, int column, const std::string& message) const;
  std::string Format(const Problem& problem) const { return Format(problem.row, problem.column, problem.message); }
};

using Problems = std::vector<Problem>;

// How many problems of each kind (errors, warnings) a receipt lists and the store keeps.
inline constexpr size_t kListedProblems = 100;

// The problems of one file as a receipt lists them: the first `limit` in file order (by row, then
// column; problems at the same place in the order they were found) and the count of all of them.
// However many problems a file has, it holds at most `limit`.
class ProblemList {
 public:
  explicit ProblemList(size_t limit = kListedProblems) : limit_(limit) {}

  void push_back(Problem problem);
  void Add(const Problems& problems);

  bool empty() const { return total_ == 0; }
  int64_t total() const { return total_; }  // every problem found
  int64_t omitted() const { return total_ - static_cast<int64_t>(listed_.size()); }
  // The listed problems (at most limit): size, iteration and indexing are over these.
  const Problems& listed() const { return listed_; }
  size_t size() const { return listed_.size(); }
  const Problem& operator[](size_t i) const { return listed_[i]; }
  const Problem& front() const { return listed_.front(); }
  Problems::const_iterator begin() const { return listed_.begin(); }
  Problems::const_iterator end() const { return listed_.end(); }

 private:
  size_t limit_;
  int64_t total_ = 0;
  Problems listed_;
};

// 3999900 -> "3.999.900": counts in officers' messages, grouped as Vietnamese writes them.
std::string GroupedCount(int64_t n);

// The line that stands for the problems not listed: "… và 3.999.900 lỗi khác" (noun "lỗi"), or ""
// when none was left out.
std::string OmittedText(const ProblemList& problems, const std::string& noun);

}  // namespace baocao
