// Writing submitted records and the record of each submission into the database.
//
// A RecordStore prepares its statements once and is used for one submission at a time, inside the
// caller's transaction: it never commits. Dossiers, discipline decisions and evaluations are keyed
// by their natural key; a write that meets a row of the same submission reports a duplicate within
// the file (with the row it duplicates), so no in-memory set of keys is needed and memory stays flat.
//
// Every record is checked against the schema's CHECK constraints here, in C++, before it is bound,
// and refused in Vietnamese ("Cơ sở dữ liệu từ chối hồ sơ \"X\" (vi phạm ràng buộc)") as the engine's
// refusal was. While a RecordStore exists, SQLite does not evaluate those constraints on the
// connection (SqlConnection::EnforceCheckConstraints): a bulk submission would otherwise pay 17 OR
// chains of text compares for every dossier (issue 15: about 10 % of the writing thread). The
// constraints stay in the schema and hold again for every write once the RecordStore is gone.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <span>
#include <utility>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace baocao {

struct SubmissionRecord {
  std::string kind;
  std::optional<std::string> unit;
  std::optional<std::string> period;
  std::string file_name;
  std::string sha256;
  std::string submitted_at;
  std::string mode;  // strict | partial
  std::string dropped_columns;  // comma-separated, as written in the file
  std::string sheet;            // the worksheet read, for a workbook; "" for a text file
};

struct SubmissionCounts {
  int rows_total = 0;
  int rows_accepted = 0;
  int rows_rejected = 0;
  int rows_superseded = 0;
  int warnings = 0;
};

// What happened to a keyed record.
struct WriteResult {
  // kStored: written, as a new row or in place of the stored one (a receipt counts both accepted).
  enum class Kind { kStored, kSuperseded, kDuplicateInFile };
  Kind kind = Kind::kStored;
  int duplicate_of_row = 0;  // kDuplicateInFile: the row of the same file that came first
};

// One row of a batch: the record and the row of the file it comes from.
template <class Record>
struct SourceRow {
  const Record* record;
  int source_row;
};
using DossierRow = SourceRow<DossierRecord>;
using PetitionRow = SourceRow<PetitionRecord>;

class RecordStore {
 public:
  explicit RecordStore(Database& db);

  // An accepted submission of the same file (same SHA-256, kind, unit and period), if any.
  struct Previous {
    int64_t id;
    std::string submitted_at;
  };
  std::optional<Previous> FindSameFile(const SubmissionRecord& s);
  // Whether any submission of the same kind, unit and period was accepted (whatever its file): when
  // none was, FindSameFile finds nothing whatever the SHA-256.
  bool HasSubmissionLike(const SubmissionRecord& s);

  int64_t BeginSubmission(const SubmissionRecord& s);
  // The counts and the file's SHA-256 (BeginSubmission may have stored it empty, while it was
  // computed).
  void FinishSubmission(int64_t id, const SubmissionCounts& counts, const std::string& sha256);

  void WriteUnit(const UnitRecord& u);  // also brings a retired unit back into the catalog
  // A units submission is the whole catalog: every unit in it (and every ancestor of one) is in
  // `kept`; the others still in the catalog are retired from export month `month` on. Returns them
  // (code, name) in catalog order.
  std::vector<std::pair<std::string, std::string>> RetireUnitsNotIn(const std::set<std::string>& kept,
                                                                    const std::string& month);
  void WriteProcedure(const ProcedureRecord& p);
  // The row from the latest export month wins; for the same month, the later submission.
  WriteResult WriteDossier(const DossierRecord& d, const std::string& export_month,
                           int64_t submission_id, int source_row);
  // Petitions as dossiers: the row from the latest export month wins; for the same month, the later
  // submission.
  WriteResult WritePetition(const PetitionRecord& p, const std::string& export_month,
                            int64_t submission_id, int source_row);
  // A batch of rows of one submission, in file order: the same writes and the same results (one per
  // row, in order) as WriteDossier / WritePetition called row after row. On SQLite that is what they
  // do; on PostgreSQL up to 1,024 rows go in one statement (arrays of the column values unnested
  // into one INSERT … ON CONFLICT DO UPDATE … RETURNING), a row whose key came earlier in the batch
  // starting the next statement, and only the rows it did not write are looked up again (a duplicate
  // within the file, or superseded): a few round trips per batch instead of one or two per row.
  std::vector<WriteResult> WriteDossiers(std::span<const DossierRow> rows, const std::string& export_month,
                                         int64_t submission_id);
  std::vector<WriteResult> WritePetitions(std::span<const PetitionRow> rows, const std::string& export_month,
                                          int64_t submission_id);
  WriteResult WriteDiscipline(const DisciplineRecord& d, int64_t submission_id, int source_row);
  WriteResult WriteEvaluation(const EvaluationRecord& e, int64_t submission_id, int source_row);

  void RecordUnitReport(const std::string& unit, const std::string& period, const std::string& kind,
                        int64_t submission_id, int rows);
  void RecordRejectedRow(int64_t submission_id, int row, int column, const std::string& column_name,
                         const std::string& message);
  void RecordWarning(int64_t submission_id, int row, int column, const std::string& message);

 private:
  // Turns the engine's CHECK constraints off for the RecordStore's life, on again after it.
  class ChecksOff {
   public:
    explicit ChecksOff(SqlConnection& db);
    ~ChecksOff();
    ChecksOff(const ChecksOff&) = delete;
    ChecksOff& operator=(const ChecksOff&) = delete;

   private:
    SqlConnection& db_;
  };

  Database& database_;
  SqlConnection& db_;
  ChecksOff checks_off_;  // before the statements: they are compiled without the constraints
  std::unique_ptr<SqlStatement> find_dossier_;
  std::unique_ptr<SqlStatement> upsert_dossier_;
  std::unique_ptr<SqlStatement> find_discipline_;
  std::unique_ptr<SqlStatement> upsert_discipline_;
  std::unique_ptr<SqlStatement> find_evaluation_;
  std::unique_ptr<SqlStatement> upsert_evaluation_;
  std::unique_ptr<SqlStatement> find_petition_;
  std::unique_ptr<SqlStatement> upsert_petition_;
  // PostgreSQL only (null on SQLite): the batch writes and the look-up of the keys they left.
  std::unique_ptr<SqlStatement> upsert_dossiers_;
  std::unique_ptr<SqlStatement> find_dossiers_;
  std::unique_ptr<SqlStatement> upsert_petitions_;
  std::unique_ptr<SqlStatement> find_petitions_;
};

}  // namespace baocao
