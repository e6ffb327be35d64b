// The inbox of a job: the folder where departments drop their exports between runs.
//
// ProcessInbox submits every regular file of the folder (hidden files, whose names start with '.',
// are left alone: they are still being copied) with the ingest rules of ingest/submission.h, in a
// fixed order — units first, then procedures, then the rest, each group by file name (byte order) —
// so that a new unit catalog is in place before the dossiers that refer to it. Each file is then
// moved to <inbox>/processed/ (accepted, or the same file again: nothing changed) or <inbox>/rejected/
// (a bad row, an unknown unit, or a name that does not fit inbox_file_name.h), and its Vietnamese
// receipt is written beside it as <file>.bien_nhan.txt. A file of the same name already there is
// kept: the newcomer becomes <stem>.2.csv (.3, …).
//
// Each submission is its own transaction: a rejected file changes nothing, an accepted one stays
// accepted even if the run fails later (its data is rendered by the next run).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/period.h"
#include "ingest/submission.h"
#include "jobs/clock.h"
#include "jobs/run_log.h"
#include "store/database.h"

namespace baocao {

struct InboxResult {
  enum class Outcome { kAccepted, kPartial, kRejected, kDuplicate, kBadName };
  Outcome outcome = Outcome::kBadName;
  std::string file_name;  // as dropped into the inbox
  std::string kind;       // "dossiers", …; empty for a bad name
  std::string unit;       // from the name; empty for a bad name
  std::string period;     // from the name; empty for a bad name
  std::string moved_to;   // the file's path in processed/ or rejected/
  std::string receipt;    // the receipt's path
  std::string reason;     // bad name or unknown unit: why (Vietnamese); else the first error
  std::string submitted_at;
  int64_t submission_id = 0;
  int rows_total = 0;
  int rows_accepted = 0;
  int rows_rejected = 0;
  int errors = 0;

  bool rejected() const { return outcome == Outcome::kRejected || outcome == Outcome::kBadName; }
};

// The Vietnamese word for an outcome: "đã tiếp nhận", "bị từ chối", …
std::string OutcomeLabel(InboxResult::Outcome outcome);
std::string ToString(InboxResult::Outcome outcome);  // accepted | partial | rejected | duplicate | bad_name
InboxResult::Outcome ParseInboxOutcome(const std::string& text);

// Processes every file of inbox_dir as described above; returns one result per file, in the order
// processed. An empty or missing inbox gives no results. Throws Error for a failure that is not the
// file's fault (the database, a folder that cannot be written): the run stops.
std::vector<InboxResult> ProcessInbox(Database& db, const std::string& inbox_dir, const Clock& clock,
                                      RunLog& log);

}  // namespace baocao
