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
// Nothing is read or written outside the inbox. A symbolic link is never followed: it is skipped
// (left where it is, not read) like a folder, a FIFO or a device, and every skipped entry is
// reported (Outcome::kSkipped: the run log, the summary). Each file is opened once without following
// links and checked on the opened descriptor to be a regular file (core/regular_file.h).
// processed/ and rejected/ must be real folders: a link or a file of that name stops the run before
// any file is touched. A file whose name holds a control character (or is not UTF-8) is rejected as
// a bad name and moved to rejected/ under its escaped name; names are always printed escaped
// (core/text.h Escaped), so a name cannot forge a line of a receipt, the log or the summary.
//
// Each submission is its own transaction: a rejected file changes nothing, an accepted one stays
// accepted even if the run fails later (its data is rendered by the next run).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/period.h"
#include "ingest/submission.h"
#include "jobs/clock.h"
#include "jobs/run_log.h"
#include "store/database.h"

namespace baocao {

struct InboxResult {
  enum class Outcome { kAccepted, kPartial, kRejected, kDuplicate, kBadName, kSkipped };
  Outcome outcome = Outcome::kBadName;
  std::string file_name;  // as dropped into the inbox
  std::string kind;       // "dossiers", …; empty for a bad name
  std::string unit;       // from the name; empty for a bad name
  std::string period;     // from the name; empty for a bad name
  std::string moved_to;   // the file's path in processed/ or rejected/; empty when skipped
  std::string receipt;    // the receipt's path; empty when skipped
  std::string reason;     // bad name, unknown unit, skipped: why (Vietnamese); else the first error
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
// accepted | partial | rejected | duplicate | bad_name | skipped
std::string ToString(InboxResult::Outcome outcome);
InboxResult::Outcome ParseInboxOutcome(const std::string& text);

// Processes every file of inbox_dir as described above; returns one result per file, in the order
// processed, then one per skipped entry (by name). An empty or missing inbox gives no results. Throws
// InputError when processed/ or rejected/ is not a real folder, and Error for a failure that is not
// the file's fault (the database, a folder that cannot be written): the run stops.
// progress, when given, is told the rows read of each file as they are read (SubmitRequest::progress).
using InboxProgress = std::function<void(const std::string& file_name, const ReadProgress& read)>;
std::vector<InboxResult> ProcessInbox(Database& db, const std::string& inbox_dir, const Clock& clock,
                                      RunLog& log, const InboxProgress& progress = {});

}  // namespace baocao
