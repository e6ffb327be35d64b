// Submitting one export file: read, validate every row, store in one transaction, give a receipt.
//
// Strict mode (default): a file with any bad row is rejected whole and the database is left exactly
// as it was; the receipt lists the first 100 problems as `file:row:column: message` and counts the
// rest. A file that breaks the reader's limits (CsvLimits: columns, field and line length) is
// rejected whole, even in partial mode. Partial mode stores the
// valid rows and records the rejected ones (table rejected_rows) with their reasons. A file whose
// SHA-256 was already accepted for the same kind, unit and period changes nothing and says so.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/regular_file.h"
#include "ingest/columns.h"
#include "ingest/problem.h"
#include "store/database.h"

namespace baocao {

// How many data rows are read between two calls of SubmitRequest::progress.
inline constexpr int kProgressEveryRows = 1000;

// What SubmitRequest::progress is told while a file's rows are read.
struct ReadProgress {
  int rows_read = 0;  // data rows read so far (Receipt::rows_total)
  // How much of the file that is, from 0 to 1 (RecordSource::FractionRead: a text file's bytes, a
  // worksheet's part or cells; 1 once it is read): the caller can tell the time left. nullopt when
  // the source cannot tell.
  std::optional<double> fraction_read;
};

struct SubmitRequest {
  SubmissionKind kind = SubmissionKind::kDossiers;
  std::string file;                 // path of the export (CSV or text in any accepted encoding, .xlsx, .xls)
  // Whether file may be a symbolic link: followed for a path an officer gives `submit`, refused in
  // the inbox. Either way it must be a regular file (core/regular_file.h), read once.
  RegularFile::Links links = RegularFile::Links::kFollow;
  std::optional<std::string> unit;  // submitting unit; required for dossiers and petitions
  // "YYYY-MM" export month (dossiers, petitions); "YYYY" (discipline, evaluations: a year only); either (units,
  // procedures).
  std::optional<std::string> period;
  // The worksheet of a workbook to read (`--sheet`); by default the first with a header row.
  std::optional<std::string> sheet;
  bool partial = false;
  std::string now;  // submission time "YYYY-MM-DD HH:MM:SS"; empty: the clock
  // Progress of a long file (the portal's "đã đọc N dòng", the command line's time left): called
  // with the data rows read so far (Receipt::rows_total) once at least kProgressEveryRows more were
  // read since the last call, and once more when the table has been read, with the total (not
  // again when the last call already said it). Not called for a file refused before its rows are
  // read (duplicate, bad header). A throw from it aborts the submission like any failure
  // (everything is rolled back).
  std::function<void(const ReadProgress&)> progress;
  // Test seam: called after each data row is stored, with the number stored so far. A throw from
  // it aborts the submission like any failure (everything is rolled back).
  std::function<void(int)> after_row_stored;
};

enum class SubmitOutcome {
  kAccepted,   // every row stored
  kPartial,    // --partial: valid rows stored, some rejected
  kRejected,   // nothing stored
  kDuplicate,  // the same file was accepted before: nothing changed
};

struct Receipt {
  SubmitOutcome outcome = SubmitOutcome::kRejected;
  std::string file;
  std::string sheet;  // the worksheet read, for a workbook: problems name its cells (`file.xlsx[Hồ sơ]:C17`)
  SubmissionKind kind = SubmissionKind::kDossiers;
  std::optional<std::string> unit;
  std::optional<std::string> period;
  std::string sha256;
  std::string submitted_at;
  int64_t submission_id = 0;   // 0 when nothing was recorded
  int rows_total = 0;          // data rows read
  int rows_accepted = 0;       // stored (new or updated)
  int rows_rejected = 0;
  int rows_superseded = 0;     // dossiers already stored from a later export: kept as stored
  ProblemList errors;    // the first 100 in file order, and how many in all
  ProblemList warnings;
  std::vector<std::string> dropped_columns;  // personal-data columns dropped, never stored
  // What the reader did with the file that the officer should know (Vietnamese): the encoding
  // converted, the sheet read, title rows skipped above the header, where the table ended.
  std::vector<std::string> notes;

  bool ok() const { return outcome != SubmitOutcome::kRejected; }
  // The biên nhận, in Vietnamese: outcome, counts, then the listed errors and warnings as
  // file:row:col, each list followed by how many more there were ("… và 3.999.900 lỗi khác").
  std::string Text() const;
};

// The refusal of a dossiers or petitions submission without its unit and month: "Nộp hồ sơ TTHC cần
// --unit (đơn vị nộp) và --period (tháng xuất dữ liệu, YYYY-MM)".
std::string UnitAndPeriodRequired(SubmissionKind kind);

// Submits one file. Input problems never throw: they are in the receipt. Throws UsageError for a
// missing --unit/--period on dossiers, a period that does not fit the kind, a --unit outside the
// unit-code pattern or an unknown unit, and Error for I/O or database failures
// (after rolling back).
Receipt Submit(Database& db, const SubmitRequest& request);

}  // namespace baocao
