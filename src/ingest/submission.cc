#include "ingest/submission.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <map>

#include "core/errors.h"
#include "core/text.h"
#include "core/period.h"
#include "core/sha256.h"
#include "ingest/csv_reader.h"
#include "ingest/record_parser.h"
#include "ingest/unit_tree_check.h"
#include "store/catalog.h"
#include "store/record_store.h"

namespace baocao {
namespace {

std::string LocalNow() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &local);
  return buf;
}

bool IsMonth(const std::string& p) {
  return p.size() == 7 && p[4] == '-' && std::isdigit(static_cast<unsigned char>(p[0])) &&
         std::isdigit(static_cast<unsigned char>(p[1])) && std::isdigit(static_cast<unsigned char>(p[2])) &&
         std::isdigit(static_cast<unsigned char>(p[3])) && ((p[5] == '0' && p[6] >= '1' && p[6] <= '9') ||
                                                            (p[5] == '1' && p[6] >= '0' && p[6] <= '2'));
}

bool IsYear(const std::string& p) {
  return p.size() == 4 && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void CheckRequest(const SubmitRequest& request, const Catalog& catalog) {
  const bool dossiers = request.kind == SubmissionKind::kDossiers;
  if (dossiers && (!request.unit || !request.period))
    throw UsageError("Nộp hồ sơ TTHC cần --unit (đơn vị nộp) và --period (tháng xuất dữ liệu, YYYY-MM)");
  if (request.period && dossiers && !IsMonth(*request.period))
    throw UsageError("--period \"" + *request.period + "\" không hợp lệ: hồ sơ TTHC nộp theo tháng, dạng YYYY-MM");
  if (request.period && !dossiers && !IsYear(*request.period) && !IsMonth(*request.period))
    throw UsageError("--period \"" + *request.period + "\" không hợp lệ (dạng YYYY hoặc YYYY-MM)");
  if (request.unit && !catalog.HasUnit(*request.unit))
    throw UsageError("Đơn vị nộp \"" + *request.unit + "\" không có trong danh mục đơn vị (hãy nộp danh mục đơn vị trước)");
}

// Everything one submission accumulates while its rows are read.
struct Run {
  const SubmitRequest& request;
  RecordStore& store;
  const HeaderMap& header;
  int64_t id;
  Receipt& receipt;
  std::map<std::pair<std::string, std::string>, int> rows_by_unit_period;  // (unit, period) -> rows
  std::map<int, bool> rejected_rows;  // row -> rejected (ordered, for counting)
  bool unreadable = false;            // the file's structure broke (an unclosed quote): reject whole

  void Stored(WriteResult result, int row, int key_column, const std::string& key_text) {
    switch (result.kind) {
      case WriteResult::Kind::kDuplicateInFile:
        receipt.errors.push_back({row, key_column, header.names[key_column - 1],
                                  "cột \"" + header.names[key_column - 1] + "\": mã \"" + key_text +
                                      "\" trùng với dòng " + std::to_string(result.duplicate_of_row)});
        rejected_rows[row] = true;
        return;
      case WriteResult::Kind::kSuperseded: ++receipt.rows_superseded; break;
      case WriteResult::Kind::kInserted:
      case WriteResult::Kind::kUpdated: ++receipt.rows_accepted; break;
    }
    if (request.after_row_stored) request.after_row_stored(receipt.rows_accepted + receipt.rows_superseded);
  }
};

// Reads the data rows, parsing each with parse(reader) and storing it with store(record, row).
template <typename Parse, typename Store>
void ReadRows(CsvReader& csv, Run& run, Parse parse, Store store) {
  const auto& specs = ColumnsFor(run.request.kind);
  std::vector<std::string> fields;
  for (;;) {
    try {
      if (!csv.Next(fields)) break;
    } catch (const InputError& e) {  // nothing after this point can be read reliably
      run.receipt.errors.push_back({e.row(), e.column(), "", e.why() + "; phần còn lại của tệp không đọc được"});
      ++run.receipt.rows_total;
      run.rejected_rows[e.row()] = true;
      run.unreadable = true;
      break;
    }
    const int row = csv.line();
    ++run.receipt.rows_total;
    RowReader reader(run.header, specs, fields, row, run.receipt.errors);
    if (!reader.WellFormed()) {
      run.rejected_rows[row] = true;
      continue;
    }
    auto record = parse(reader);
    if (!record) {
      run.rejected_rows[row] = true;
      continue;
    }
    store(*record, reader);
  }
}

void ReadDossiers(CsvReader& csv, Run& run, const RowContext& context) {
  ReadRows(csv, run, [&](RowReader& r) { return ParseDossier(r, context); },
           [&](const DossierRecord& d, RowReader& r) {
             const auto result = run.store.WriteDossier(d, *run.request.period, run.id, r.row());
             run.Stored(result, r.row(), r.ColumnOf(0), d.ma_ho_so);
             if (result.kind != WriteResult::Kind::kDuplicateInFile)
               ++run.rows_by_unit_period[{d.ma_don_vi, *run.request.period}];
           });
}

void ReadDiscipline(CsvReader& csv, Run& run, const RowContext& context) {
  ReadRows(csv, run, [&](RowReader& r) { return ParseDiscipline(r, context); },
           [&](const DisciplineRecord& d, RowReader& r) {
             const auto result = run.store.WriteDiscipline(d, run.id, r.row());
             run.Stored(result, r.row(), r.ColumnOf(0), d.so_quyet_dinh);
             if (result.kind != WriteResult::Kind::kDuplicateInFile)
               ++run.rows_by_unit_period[{d.ma_don_vi, std::to_string(CutOffYearContaining(d.decided))}];
           });
}

void ReadEvaluations(CsvReader& csv, Run& run, const RowContext& context) {
  ReadRows(csv, run, [&](RowReader& r) { return ParseEvaluation(r, context); },
           [&](const EvaluationRecord& e, RowReader& r) {
             const auto result = run.store.WriteEvaluation(e, run.id, r.row());
             const std::string key = e.ma_don_vi + " / " + std::to_string(e.nam) + " / " + e.doi_tuong;
             run.Stored(result, r.row(), r.ColumnOf(0), key);
             if (result.kind != WriteResult::Kind::kDuplicateInFile)
               ++run.rows_by_unit_period[{e.ma_don_vi, std::to_string(e.nam)}];
           });
}

void ReadProcedures(CsvReader& csv, Run& run) {
  std::map<std::string, int> seen;  // the catalog is small: a few thousand procedures at most
  ReadRows(csv, run, [&](RowReader& r) { return ParseProcedure(r); },
           [&](const ProcedureRecord& p, RowReader& r) {
             const auto [it, fresh] = seen.emplace(p.ma_tthc, r.row());
             if (!fresh) {
               run.Stored({WriteResult::Kind::kDuplicateInFile, it->second}, r.row(), r.ColumnOf(0), p.ma_tthc);
               return;
             }
             run.store.WriteProcedure(p);
             run.Stored({WriteResult::Kind::kInserted, 0}, r.row(), r.ColumnOf(0), p.ma_tthc);
           });
}

void ReadUnits(CsvReader& csv, Run& run, const Catalog& catalog) {
  std::vector<UnitRecord> units;
  std::vector<int> columns_of_code;
  ReadRows(csv, run, [&](RowReader& r) { return ParseUnit(r); },
           [&](const UnitRecord& u, RowReader& r) {
             units.push_back(u);
             columns_of_code.push_back(r.ColumnOf(0));
           });
  const UnitTreeCheck check = CheckUnitTree(units, catalog, run.header);
  for (const auto& problem : check.problems) {
    run.receipt.errors.push_back(problem);
    run.rejected_rows[problem.row] = true;
  }
  for (const auto& u : units) {
    if (run.rejected_rows.count(u.ordinal)) continue;
    run.store.WriteUnit(u);
    run.Stored({WriteResult::Kind::kInserted, 0}, u.ordinal, 1, u.ma_don_vi);
  }
}

void RecordOutcome(Run& run) {
  Receipt& receipt = run.receipt;
  receipt.rows_rejected = static_cast<int>(run.rejected_rows.size());
  for (const auto& w : receipt.warnings) run.store.RecordWarning(run.id, w.row, w.column, w.message);
  for (const auto& e : receipt.errors)
    run.store.RecordRejectedRow(run.id, e.row, e.column, e.column_name, e.message);
  const std::string kind = ToString(run.request.kind);
  if (run.request.unit && run.request.period)
    run.store.RecordUnitReport(*run.request.unit, *run.request.period, kind, run.id, 0);
  for (const auto& [key, rows] : run.rows_by_unit_period)
    run.store.RecordUnitReport(key.first, key.second, kind, run.id, rows);
  run.store.FinishSubmission(run.id, {receipt.rows_total, receipt.rows_accepted, receipt.rows_rejected,
                                      receipt.rows_superseded, static_cast<int>(receipt.warnings.size())});
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

Receipt Submit(Database& db, const SubmitRequest& request) {
  Receipt receipt;
  receipt.file = Escaped(request.file);  // a name never forges a line of the receipt
  receipt.kind = request.kind;
  receipt.unit = request.unit;
  receipt.period = request.period;
  receipt.submitted_at = request.now.empty() ? LocalNow() : request.now;

  // The write lock is taken first (a writer waits here for another one), so that the catalog and
  // the same-file check below see what the submission will be stored against: two submits of one
  // file at the same time cannot both find it new.
  SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
  const Catalog catalog = LoadCatalog(db);
  CheckRequest(request, catalog);
  // Opened once and checked on its descriptor; both readers read that very file (no second lookup
  // of the name). Throws InputError when it cannot be opened or is not a regular file.
  const RegularFile file(request.file, request.links);
  CsvReader csv(file.ReadPath(), receipt.file);
  receipt.sha256 = Sha256OfFile(file.ReadPath());

  RecordStore store(db);
  SubmissionRecord record{ToString(request.kind), request.unit, request.period,
                          std::filesystem::path(request.file).filename().string(), receipt.sha256,
                          receipt.submitted_at, request.partial ? "partial" : "strict", ""};
  if (const auto previous = store.FindSameFile(record)) {
    receipt.outcome = SubmitOutcome::kDuplicate;
    receipt.submission_id = previous->id;
    receipt.submitted_at = previous->submitted_at;
    return receipt;
  }

  std::vector<std::string> header;
  if (!csv.Next(header)) {
    receipt.errors.push_back({1, 0, "", "tệp rỗng: thiếu dòng tiêu đề"});
    return receipt;
  }
  const HeaderMap map = MapHeader(request.kind, header, receipt.errors, receipt.warnings);
  receipt.dropped_columns = map.dropped;
  if (!receipt.errors.empty()) return receipt;  // the rows cannot be read without their columns
  record.dropped_columns = Joined(map.dropped);

  Run run{request, store, map, store.BeginSubmission(record), receipt, {}, {}};
  const RowContext context{catalog, request.unit};
  switch (request.kind) {
    case SubmissionKind::kUnits: ReadUnits(csv, run, catalog); break;
    case SubmissionKind::kProcedures: ReadProcedures(csv, run); break;
    case SubmissionKind::kDossiers: ReadDossiers(csv, run, context); break;
    case SubmissionKind::kDiscipline: ReadDiscipline(csv, run, context); break;
    case SubmissionKind::kEvaluations: ReadEvaluations(csv, run, context); break;
  }
  receipt.rows_rejected = static_cast<int>(run.rejected_rows.size());
  std::stable_sort(receipt.errors.begin(), receipt.errors.end(), [](const Problem& a, const Problem& b) {
    return a.row != b.row ? a.row < b.row : a.column < b.column;
  });
  if (!receipt.errors.empty() && (!request.partial || run.unreadable)) {
    receipt.outcome = SubmitOutcome::kRejected;
    receipt.rows_accepted = 0;
    receipt.rows_superseded = 0;
    return receipt;  // the transaction rolls back: the database is as it was
  }
  RecordOutcome(run);
  transaction.commit();
  receipt.submission_id = run.id;
  receipt.outcome = receipt.errors.empty() ? SubmitOutcome::kAccepted : SubmitOutcome::kPartial;
  return receipt;
}

}  // namespace baocao
