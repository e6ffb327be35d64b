// Reading back the record of submissions: what was submitted when, and the rows a --partial
// submission kept out, with their reasons.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace baocao {

struct SubmissionEntry {
  int64_t id = 0;
  std::string kind;
  std::string unit;    // empty when none was named
  std::string period;  // empty when none was named
  std::string file_name;
  std::string submitted_at;
  std::string mode;
  int rows_total = 0;
  int rows_accepted = 0;
  int rows_rejected = 0;
  std::string sheet;  // the worksheet read, for a workbook; "" for a text file
};

struct RejectedRow {
  int row = 0;
  int column = 0;
  std::string column_name;
  std::string message;
};

// The newest `limit` submissions, newest first.
std::vector<SubmissionEntry> ListSubmissions(Database& db, int limit);
// The rejected rows of one submission, in file order. Throws UsageError when id is unknown.
std::vector<RejectedRow> ListRejectedRows(Database& db, int64_t id, SubmissionEntry* entry = nullptr);

}  // namespace baocao
