// A problem (or warning) found in an input file, located by row and column, and the list that
// validation fills: every problem is collected, not just the first.
#pragma once

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

using Problems = std::vector<Problem>;

}  // namespace baocao
