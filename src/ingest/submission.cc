#include "ingest/submission.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <utility>

#include "core/date.h"
#include "core/errors.h"
#include "core/text.h"
#include "core/period.h"
#include "core/sha256.h"
#include "core/unit_code.h"
#include "ingest/approval_lock.h"
#include "ingest/export_file.h"
#include "ingest/export_table.h"
#include "ingest/record_parser.h"
#include "ingest/row_pipeline.h"
#include "ingest/unit_tree_check.h"
#include "store/catalog.h"
#include "store/record_store.h"
#include "store/write_transaction.h"

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

std::string What(SubmissionKind kind) {
  return kind == SubmissionKind::kPetitions ? "phản ánh, kiến nghị" : "hồ sơ TTHC";
}

void CheckRequest(const SubmitRequest& request, const Catalog& catalog) {
  // Dossiers and petitions: a unit's export of one month (the row of the latest month wins).
  const bool dossiers = request.kind == SubmissionKind::kDossiers || request.kind == SubmissionKind::kPetitions;
  const std::string what = What(request.kind);
  if (dossiers && (!request.unit || !request.period)) throw UsageError(UnitAndPeriodRequired(request.kind));
  if (request.period && dossiers && !IsMonth(*request.period))
    throw UsageError("--period \"" + *request.period + "\" không hợp lệ: " + what + " nộp theo tháng, dạng YYYY-MM");
  const bool yearly = request.kind == SubmissionKind::kDiscipline || request.kind == SubmissionKind::kEvaluations;
  if (request.period && yearly && !IsYear(*request.period))
    throw UsageError("--period \"" + *request.period + "\" không hợp lệ: " +
                     (request.kind == SubmissionKind::kDiscipline ? "kỷ luật" : "xếp loại") +
                     " CBCCVC nộp theo năm, dạng YYYY (ví dụ 2023)");
  if (request.period && !dossiers && !yearly && !IsYear(*request.period) && !IsMonth(*request.period))
    throw UsageError("--period \"" + *request.period + "\" không hợp lệ (dạng YYYY hoặc YYYY-MM)");
  if (request.unit && !IsValidUnitCode(*request.unit))
    throw UsageError("--unit: " + UnitCodeProblem(*request.unit));
  if (request.unit && !catalog.HasUnit(*request.unit))
    throw UsageError("Đơn vị nộp \"" + *request.unit + "\" không có trong danh mục đơn vị (hãy nộp danh mục đơn vị trước)");
}

// The SHA-256 of a submitted file: computed when first asked (Get), or beforehand by the thread that
// reads the rows, once it has read them all (Precompute, while this thread still stores them: issue
// 15, the writing thread no longer reads every file twice). The two never run at the same time: the
// reading thread has been joined before the rows' outcome is recorded.
class FileHash {
 public:
  explicit FileHash(std::string path) : path_(std::move(path)) {}
  // A failure is left to Get, which computes again and throws.
  void Precompute() noexcept {
    try {
      Get();
    } catch (...) {
    }
  }
  const std::string& Get() {
    if (!done_) {
      value_ = Sha256OfFile(path_);
      done_ = true;
    }
    return value_;
  }

 private:
  const std::string path_;
  std::string value_;
  bool done_ = false;
};

// Everything one submission accumulates while its rows are read.
struct Run {
  const SubmitRequest& request;
  RecordStore& store;
  const HeaderMap& header;
  int64_t id;
  Receipt& receipt;
  std::map<std::pair<std::string, std::string>, int> rows_by_unit_period;  // (unit, period) -> rows
  int rows_rejected = 0;
  int last_rejected_row = 0;  // rows are rejected in file order, each counted once
  bool unreadable = false;    // the file's structure broke (an unclosed quote, a limit): reject whole
  int rows_told = -1;         // rows_total at the last call of request.progress; -1: none yet
  std::optional<double> fraction_read = std::nullopt;  // of the file, at the last row handled (when its reader tells)
  FileHash* hash = nullptr;   // computed by the reading thread once it has read the rows

  // Tells request.progress the rows read: every kProgressEveryRows rows, and at the end.
  void Progress(bool at_end) {
    if (!request.progress) return;
    const int read = receipt.rows_total;
    const bool due = at_end ? read != rows_told : read >= std::max(rows_told, 0) + kProgressEveryRows;
    if (!due) return;
    rows_told = read;
    request.progress({read, fraction_read});
  }

  // The column of the record's key (ma_ho_so, so_quyet_dinh, ma_don_vi, …) in the file, from 1.
  int KeyColumn() const { return header.field_of[0] >= 0 ? header.field_of[0] + 1 : 0; }

  void Reject(int row) {
    if (row == last_rejected_row) return;
    last_rejected_row = row;
    ++rows_rejected;
  }

  void Stored(WriteResult result, int row, int key_column, const std::string& key_text) {
    switch (result.kind) {
      case WriteResult::Kind::kDuplicateInFile:
        receipt.errors.push_back({row, key_column, header.names[key_column - 1],
                                  "cột " + Quoted(header.names[key_column - 1]) + ": mã " + Quoted(key_text) +
                                      " trùng với dòng " + std::to_string(result.duplicate_of_row)});
        Reject(row);
        return;
      case WriteResult::Kind::kSuperseded: ++receipt.rows_superseded; break;
      case WriteResult::Kind::kStored: ++receipt.rows_accepted; break;
    }
    if (request.after_row_stored) request.after_row_stored(receipt.rows_accepted + receipt.rows_superseded);
  }
};

// The error for a file the reader gave up on (an unclosed quote, a record over the limits), naming
// the column by its header when the header has it.
Problem Unreadable(const InputError& e, const HeaderMap& header) {
  const bool named = e.column() >= 1 && static_cast<size_t>(e.column()) <= header.width();
  const std::string name = named ? header.names[e.column() - 1] : "";
  return {e.row(), e.column(), name,
          (named ? "cột " + Quoted(name) + ": " : "") + e.why() + "; phần còn lại của tệp không đọc được"};
}

// Reads the data rows, parsing each with parse(reader) on the reader thread (ingest/row_pipeline.h)
// and taking them here a chunk at a time: write(records) stores the chunk's records together and
// returns one result for each, in order (a batch is one statement on PostgreSQL); then each row is
// handled in file order exactly as a loop over single rows would, store(record, row, result) for a
// record, so that the receipt is the same whichever way the rows were written.
template <typename Parse, typename Write, typename Store>
void ReadRowBatches(ExportTable& table, Run& run, Parse parse, Write write, Store store) {
  using Record = typename decltype(parse(std::declval<RowReader&>()))::value_type;
  {  // the reader thread has ended at the closing brace: the table is the caller's again
    RowPipeline<Record> rows(table, run.header, ColumnsFor(run.request.kind), parse,
                             [hash = run.hash] {
                               if (hash != nullptr) hash->Precompute();
                             });
    std::vector<PipelineRow<Record>*> chunk;  // taken from the pipeline, not handled yet
    std::vector<SourceRow<Record>> records;   // their records, written together
    bool ended = false;
    while (!ended) {
      chunk.clear();
      records.clear();
      while (PipelineRow<Record>* item = rows.Next()) {
        chunk.push_back(item);
        if (item->more && !item->unreadable && item->record) records.push_back({&*item->record, item->row});
        if (rows.ChunkTaken()) break;  // the next Next would drop the rows taken
      }
      if (chunk.empty()) break;
      const auto results = write(std::span<const SourceRow<Record>>(records));
      size_t result = 0;
      for (PipelineRow<Record>* item : chunk) {
        if (item->unreadable) {  // nothing after this point can be read reliably
          run.receipt.errors.push_back(Unreadable(*item->unreadable, run.header));
          ++run.receipt.rows_total;
          run.Reject(item->unreadable->row());
          run.unreadable = true;
          ended = true;
          break;
        }
        for (const auto& below_total : item->below_total) {  // rows under the "Tổng cộng" row that look like data
          run.receipt.errors.push_back(below_total);
          ++run.receipt.rows_total;
          run.Reject(below_total.row);
        }
        if (!item->more) {
          ended = true;
          break;
        }
        ++run.receipt.rows_total;
        if (item->fraction_read) run.fraction_read = item->fraction_read;
        run.receipt.errors.Add(item->errors);
        if (item->record) {
          store(*item->record, item->row, results[result++]);
        } else {
          run.Reject(item->row);
        }
        run.Progress(false);
      }
    }
  }
  if (table.FractionRead()) run.fraction_read = 1.0;  // read to its end (a header-only file too)
  run.Progress(true);
  if (table.blank_rows() > 0 && table.sheet().empty())  // a worksheet's empty rows are not worth a word
    run.receipt.warnings.push_back(
        {table.first_blank_row(), 0, "",
         "dòng chỉ gồm ô trống (chỉ có dấu phân cách): bỏ qua, không tính là dòng dữ liệu (cả tệp có " +
             std::to_string(table.blank_rows()) + " dòng như vậy)"});
}

// ReadRowBatches for records stored one at a time by store(record, row), in file order.
template <typename Parse, typename Store>
void ReadRows(ExportTable& table, Run& run, Parse parse, Store store) {
  ReadRowBatches(
      table, run, parse, [](auto records) { return std::vector<char>(records.size()); },
      [&](const auto& record, int row, char) { store(record, row); });
}

// Rows counted by unit for one export month (a dossiers or petitions file: every row is of the
// request's period), added to run.rows_by_unit_period once the file is read: a hash look-up a row,
// none when the row's unit is the previous row's, rather than a search of the (unit, period) map.
class RowsByUnit {
 public:
  void Count(const std::string& unit) {
    if (last_ == nullptr || unit != last_unit_) {
      last_ = &rows_[unit];
      last_unit_ = unit;
    }
    ++*last_;
  }
  void AddTo(Run& run, const std::string& period) const {
    for (const auto& [unit, rows] : rows_) run.rows_by_unit_period[{unit, period}] += rows;
  }

 private:
  std::unordered_map<std::string, int> rows_;
  std::string last_unit_;
  int* last_ = nullptr;  // rows_[last_unit_]: a node's value stays where it is while the map grows
};

void ReadDossiers(ExportTable& csv, Run& run, const RowContext& context) {
  RowsByUnit rows_by_unit;
  ReadRowBatches(csv, run, [&](RowReader& r) { return ParseDossier(r, context); },
           [&](std::span<const DossierRow> rows) { return run.store.WriteDossiers(rows, *run.request.period, run.id); },
           [&](const DossierRecord& d, int row, const WriteResult& result) {
             run.Stored(result, row, run.KeyColumn(), d.ma_ho_so);
             if (result.kind != WriteResult::Kind::kDuplicateInFile) rows_by_unit.Count(d.ma_don_vi);
           });
  rows_by_unit.AddTo(run, *run.request.period);
}

void ReadDiscipline(ExportTable& csv, Run& run, const RowContext& context) {
  ReadRows(csv, run, [&](RowReader& r) { return ParseDiscipline(r, context); },
           [&](const DisciplineRecord& d, int row) {
             const auto result = run.store.WriteDiscipline(d, run.id, row);
             run.Stored(result, row, run.KeyColumn(), d.so_quyet_dinh);
             if (result.kind != WriteResult::Kind::kDuplicateInFile)
               ++run.rows_by_unit_period[{d.ma_don_vi, std::to_string(CutOffYearContaining(d.decided))}];
           });
}

void ReadEvaluations(ExportTable& csv, Run& run, const RowContext& context) {
  ReadRows(csv, run, [&](RowReader& r) { return ParseEvaluation(r, context); },
           [&](const EvaluationRecord& e, int row) {
             const auto result = run.store.WriteEvaluation(e, run.id, row);
             const std::string key = e.ma_don_vi + " / " + std::to_string(e.nam) + " / " + e.doi_tuong;
             run.Stored(result, row, run.KeyColumn(), key);
             if (result.kind != WriteResult::Kind::kDuplicateInFile)
               ++run.rows_by_unit_period[{e.ma_don_vi, std::to_string(e.nam)}];
           });
}

void ReadPetitions(ExportTable& csv, Run& run, const RowContext& context) {
  RowsByUnit rows_by_unit;
  ReadRowBatches(csv, run, [&](RowReader& r) { return ParsePetition(r, context); },
           [&](std::span<const PetitionRow> rows) { return run.store.WritePetitions(rows, *run.request.period, run.id); },
           [&](const PetitionRecord& p, int row, const WriteResult& result) {
             run.Stored(result, row, run.KeyColumn(), p.ma_phan_anh);
             if (result.kind != WriteResult::Kind::kDuplicateInFile) rows_by_unit.Count(p.ma_don_vi);
           });
  rows_by_unit.AddTo(run, *run.request.period);
}

void ReadProcedures(ExportTable& csv, Run& run) {
  std::map<std::string, int> seen;  // the catalog is small: a few thousand procedures at most
  ReadRows(csv, run, [&](RowReader& r) { return ParseProcedure(r); },
           [&](const ProcedureRecord& p, int row) {
             const auto [it, fresh] = seen.emplace(p.ma_tthc, row);
             if (!fresh) {
               run.Stored({WriteResult::Kind::kDuplicateInFile, it->second}, row, run.KeyColumn(), p.ma_tthc);
               return;
             }
             run.store.WriteProcedure(p);
             run.Stored({WriteResult::Kind::kStored, 0}, row, run.KeyColumn(), p.ma_tthc);
           });
}

// The export month a units catalog takes effect from: its --period when it is a month, else the
// cut-off month of the day it was submitted.
std::string CatalogMonth(const Run& run) {
  if (run.request.period && run.request.period->size() == 7) return *run.request.period;
  const auto day = ParseIsoDate(run.receipt.submitted_at.substr(0, 10));
  return day ? CutOffMonthContaining(*day).Label() : run.receipt.submitted_at.substr(0, 7);
}

// A units file is the whole catalog (SPEC §2; issue: merged communes): the units it no longer
// lists are retired from its month on — kept for history, never expected to report again. Only a
// file accepted whole retires anything (a rejected row may be a unit that is still there), and
// never an ancestor of a unit it lists.
void RetireMissingUnits(Run& run, const std::vector<UnitRecord>& units, const Catalog& catalog) {
  if (!run.receipt.errors.empty()) return;
  std::set<std::string> kept;
  std::map<std::string, std::string> parent_in_file;
  for (const auto& u : units) parent_in_file[u.ma_don_vi] = u.ma_don_vi_cha;
  for (const auto& u : units) {
    std::string code = u.ma_don_vi;
    for (size_t steps = 0; !code.empty() && steps <= units.size() + catalog.parent_of.size(); ++steps) {
      kept.insert(code);
      const auto in_file = parent_in_file.find(code);
      if (in_file != parent_in_file.end()) {
        code = in_file->second;
      } else {
        const auto stored = catalog.parent_of.find(code);
        code = stored == catalog.parent_of.end() ? "" : stored->second;
      }
    }
  }
  const std::string month = CatalogMonth(run);
  const auto retired = run.store.RetireUnitsNotIn(kept, month);
  if (retired.empty()) return;
  std::string names;
  for (const auto& [code, name] : retired) names += (names.empty() ? "" : ", ") + code + " " + name;
  run.receipt.warnings.push_back(
      {0, 0, "", std::to_string(retired.size()) + " đơn vị không còn trong danh mục, thôi báo cáo từ kỳ " +
                     month + " (vẫn giữ số liệu đã nộp): " + names});
}

void ReadUnits(ExportTable& csv, Run& run, const Catalog& catalog) {
  std::vector<UnitRecord> units;
  ReadRows(csv, run, [&](RowReader& r) { return ParseUnit(r); },
           [&](const UnitRecord& u, int) { units.push_back(u); });
  const UnitTreeCheck check = CheckUnitTree(units, catalog, run.header);
  std::set<int> rejected;  // rows that passed the row checks: none of them was rejected before
  for (const auto& problem : check.problems) {
    run.receipt.errors.push_back(problem);
    if (rejected.insert(problem.row).second) ++run.rows_rejected;
  }
  for (const auto& u : units) {
    if (rejected.count(u.ordinal)) continue;
    run.store.WriteUnit(u);
    run.Stored({WriteResult::Kind::kStored, 0}, u.ordinal, 1, u.ma_don_vi);
  }
  RetireMissingUnits(run, units, catalog);
}

void RecordOutcome(Run& run, const std::string& sha256) {
  Receipt& receipt = run.receipt;
  receipt.rows_rejected = run.rows_rejected;
  // The listed problems, in file order, then one line counting the others.
  for (const auto& w : receipt.warnings) run.store.RecordWarning(run.id, w.row, w.column, w.message);
  if (receipt.warnings.omitted() > 0)
    run.store.RecordWarning(run.id, 0, 0, OmittedText(receipt.warnings, "cảnh báo"));
  for (const auto& e : receipt.errors)
    run.store.RecordRejectedRow(run.id, e.row, e.column, e.column_name, e.message);
  if (receipt.errors.omitted() > 0)
    run.store.RecordRejectedRow(run.id, 0, 0, "", OmittedText(receipt.errors, "lỗi"));
  const std::string kind = ToString(run.request.kind);
  if (run.request.unit && run.request.period)
    run.store.RecordUnitReport(*run.request.unit, *run.request.period, kind, run.id, 0);
  for (const auto& [key, rows] : run.rows_by_unit_period)
    run.store.RecordUnitReport(key.first, key.second, kind, run.id, rows);
  run.store.FinishSubmission(run.id, {receipt.rows_total, receipt.rows_accepted, receipt.rows_rejected,
                                      receipt.rows_superseded, static_cast<int>(receipt.warnings.total())},
                             sha256);
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Submit from the opened file on: its table read, checked and stored (the transaction committed), or
// refused (rolled back), into `receipt`.
void SubmitFile(const SubmitRequest& request, const RegularFile& file, const Catalog& catalog, Database& db,
                RecordStore& store, SubmissionRecord& record, FileHash& hash, WriteTransaction& transaction,
                Receipt& receipt) {
  std::unique_ptr<ExportFile> exported;
  try {
    exported = OpenExportFile(file, receipt.file);
  } catch (const InputError& e) {  // a damaged workbook, an encoding that cannot be told
    receipt.errors.push_back({e.row(), e.column(), "", e.why()});
    return;
  }
  receipt.notes = exported->notes();
  std::optional<ExportTable> table;
  try {
    table = ExportTable::Find(*exported, receipt.file, request.kind, request.sheet);
  } catch (const SheetInputError& e) {  // a sheet's title rows or header break a limit
    receipt.sheet = Escaped(e.sheet());
    receipt.errors.push_back(Unreadable(e, HeaderMap{}));
    return;
  } catch (const InputError& e) {
    if (e.row() > 0) receipt.errors.push_back(Unreadable(e, HeaderMap{}));  // an unclosed quote, a limit
    else receipt.errors.push_back({0, 0, "", e.why()});                      // no such sheet
    return;
  }
  if (!table) {
    receipt.errors.push_back({1, 0, "", "tệp rỗng: thiếu dòng tiêu đề"});
    return;
  }
  receipt.sheet = Escaped(table->sheet());
  const std::vector<std::string>& header = table->header();
  Problems header_errors, header_warnings;
  const HeaderMap map = MapHeader(request.kind, header, header_errors, header_warnings, table->header_row());
  table->set_header_map(&map);
  receipt.errors.Add(header_errors);
  receipt.warnings.Add(header_warnings);
  receipt.dropped_columns = map.dropped;
  if (!receipt.errors.empty()) return;  // the rows cannot be read without their columns
  record.dropped_columns = Joined(map.dropped);

  // An approved period's lock (ingest/approval_lock.h): the submitting unit is checked before
  // anything is written, the units of the rows once they are read (the transaction then rolls back).
  const ApprovalLock lock(db, request.kind);
  if (request.unit && request.period) {
    if (const auto refusal = lock.Refusal(*request.unit, *request.period)) {
      receipt.errors.push_back({0, 0, "", *refusal});
      return;
    }
  }
  record.sheet = table->sheet();
  Run run{request, store, map, store.BeginSubmission(record), receipt, {}};
  run.hash = &hash;
  const RowContext context{catalog, request.unit};
  switch (request.kind) {
    case SubmissionKind::kUnits: ReadUnits(*table, run, catalog); break;
    case SubmissionKind::kProcedures: ReadProcedures(*table, run); break;
    case SubmissionKind::kDossiers: ReadDossiers(*table, run, context); break;
    case SubmissionKind::kDiscipline: ReadDiscipline(*table, run, context); break;
    case SubmissionKind::kEvaluations: ReadEvaluations(*table, run, context); break;
    case SubmissionKind::kPetitions: ReadPetitions(*table, run, context); break;
  }
  for (const auto& note : table->Notes()) receipt.notes.push_back(note);
  receipt.rows_rejected = run.rows_rejected;  // errors are listed in file order (ProblemList)
  for (const auto& [key, rows] : run.rows_by_unit_period) {
    if (const auto refusal = lock.Refusal(key.first, key.second)) {
      receipt.errors = ProblemList();
      receipt.errors.push_back({0, 0, "", *refusal});
      receipt.outcome = SubmitOutcome::kRejected;
      receipt.rows_accepted = 0;
      receipt.rows_superseded = 0;
      return;  // the transaction rolls back: the database is as it was
    }
  }
  if (!receipt.errors.empty() && (!request.partial || run.unreadable)) {
    receipt.outcome = SubmitOutcome::kRejected;
    receipt.rows_accepted = 0;
    receipt.rows_superseded = 0;
    return;  // the transaction rolls back: the database is as it was
  }
  RecordOutcome(run, hash.Get());
  transaction.Commit();
  receipt.submission_id = run.id;
  receipt.outcome = receipt.errors.empty() ? SubmitOutcome::kAccepted : SubmitOutcome::kPartial;
}

}  // namespace

std::string UnitAndPeriodRequired(SubmissionKind kind) {
  return "Nộp " + What(kind) + " cần --unit (đơn vị nộp) và --period (tháng xuất dữ liệu, YYYY-MM)";
}

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
  WriteTransaction transaction(db);
  const Catalog catalog = LoadCatalog(db);
  CheckRequest(request, catalog);
  // Opened once and checked on its descriptor; both readers read that very file (no second lookup
  // of the name). Throws InputError when it cannot be opened or is not a regular file.
  const RegularFile file(request.file, request.links);

  RecordStore store(db);
  SubmissionRecord record{ToString(request.kind), request.unit, request.period,
                          std::filesystem::path(request.file).filename().string(), "",
                          receipt.submitted_at, request.partial ? "partial" : "strict", "", ""};
  // The SHA-256 tells a second submission of the same file (FindSameFile), which can only be one when
  // a submission of this kind, unit and period was accepted before: then the file is hashed first.
  // When none was (a unit's month submitted for the first time: almost every file of a province's
  // load), the thread that reads the rows hashes the file once it has read them, while this one still
  // stores them, and the hash is stored with the submission before the commit.
  FileHash hash(file.ReadPath());
  if (store.HasSubmissionLike(record)) {
    record.sha256 = hash.Get();
    if (const auto previous = store.FindSameFile(record)) {
      receipt.sha256 = hash.Get();
      receipt.outcome = SubmitOutcome::kDuplicate;
      receipt.submission_id = previous->id;
      receipt.submitted_at = previous->submitted_at;
      return receipt;
    }
  }
  SubmitFile(request, file, catalog, db, store, record, hash, transaction, receipt);
  receipt.sha256 = hash.Get();
  return receipt;
}

}  // namespace baocao
