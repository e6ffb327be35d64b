#include "store/record_store.h"

#include <charconv>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "core/errors.h"

namespace baocao {
namespace {

constexpr const char* kDossierColumns =
    "ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day, finished_at, "
    "finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, danh_gia, export_month, "
    "submission_id, source_row, dong_bo_dvcqg, ket_qua_dien_tu, so_hoa_thanh_phan, tai_su_dung_du_lieu, "
    "dong_bo_kho_ca_nhan, du_lieu_dan_cu, ban_sao_dien_tu";

// The CHECK constraints of the schema (store/sqlite_schema.cc, store/postgres_schema.cc) on the
// values a record brings, checked here before anything is bound: while a RecordStore writes, SQLite
// does not evaluate them (see RecordStore::ChecksOff). The flags are booleans and cannot break
// theirs. Keep these in step with the schema.
bool OneOf(const std::string& value, std::initializer_list<std::string_view> allowed) {
  for (const std::string_view a : allowed)
    if (value == a) return true;
  return false;
}

bool EmptyOrOneOf(const std::string& value, std::initializer_list<std::string_view> allowed) {
  return value.empty() || OneOf(value, allowed);
}

bool FitsSchema(const DossierRecord& d) {
  return OneOf(d.kenh_nop, {"truc_tuyen", "truc_tiep", "buu_chinh"}) &&
         OneOf(d.trang_thai, {"dang_xu_ly", "da_tra_ket_qua", "rut_ho_so", "tra_lai"}) && d.phi_le_phi >= 0 &&
         EmptyOrOneOf(d.hinh_thuc_thanh_toan, {"truc_tuyen", "truc_tiep"}) && EmptyOrOneOf(d.danh_gia, {"rat_hai_long", "hai_long", "khong_hai_long"});
}

bool FitsSchema(const PetitionRecord& p) { return EmptyOrOneOf(p.danh_gia, {"rat_hai_long", "hai_long", "khong_hai_long"}); }
bool FitsSchema(const UnitRecord& u) { return OneOf(u.cap, {"tinh", "so_nganh", "huyen", "xa"}); }
bool FitsSchema(const ProcedureRecord& p) { return OneOf(p.muc_do_dvc, {"toan_trinh", "mot_phan", "khong"}); }
bool FitsSchema(const DisciplineRecord& d) { return OneOf(d.doi_tuong, {"can_bo", "cong_chuc", "vien_chuc"}); }
bool FitsSchema(const EvaluationRecord& e) { return OneOf(e.doi_tuong, {"can_bo", "cong_chuc", "vien_chuc"}); }

// The refusal of a record that breaks a constraint, as the engine's refusal was worded.
Error Refused(const char* what, const std::string& key) {
  return Error(std::string("Cơ sở dữ liệu từ chối ") + what + " \"" + key + "\" (vi phạm ràng buộc)");
}

void BindOptionalDay(SqlStatement& s, int index, const std::optional<Date>& day) {
  if (day) s.BindInt(index, day->days);
  else s.BindNull(index);
}

// The texts a dossier row binds that are not fields of the record (kept alive until the step),
// written without allocating: a bulk submission binds three for every row.
struct DossierTexts {
  char received[20];
  char due[20];
  char finished[20];
  explicit DossierTexts(const DossierRecord& d) {
    d.received.IsoInto(received);
    d.due.IsoInto(due);
    if (d.finished) d.finished->IsoInto(finished);
    else finished[0] = '\0';
  }
};

// Where the column values of a record go: bound to a statement (a row at a time), or appended to
// the arrays of a batch (PostgreSQL, ColumnArrays below). Columns are numbered from 1.
class StatementValues {
 public:
  explicit StatementValues(SqlStatement& s) : s_(s) {}
  void Null(int index) { s_.BindNull(index); }
  void Int(int index, int64_t value) { s_.BindInt(index, value); }
  void Text(int index, std::string_view text) { s_.BindText(index, text); }

 private:
  SqlStatement& s_;
};

template <class Values>
void OptionalFlag(Values& v, int index, const std::optional<bool>& flag) {
  if (flag) v.Int(index, *flag ? 1 : 0);
  else v.Null(index);
}

template <class Values>
void OptionalText(Values& v, int index, const std::string& text) {
  if (text.empty()) v.Null(index);
  else v.Text(index, text);
}

void BindOptionalFlag(SqlStatement& s, int index, const std::optional<bool>& flag) {
  StatementValues v(s);
  OptionalFlag(v, index, flag);
}

void BindOptionalText(SqlStatement& s, int index, const std::string& text) {
  StatementValues v(s);
  OptionalText(v, index, text);
}

// The one place that says what a dossier stores in each column: from index 1 in the order of
// kDossierColumns, ma_ho_so last (24); kDossierTypes gives their types for a batch. Texts are passed
// without copies: d, texts and export_month outlive the statement's step.
template <class Values>
void DossierValues(Values& v, const DossierRecord& d, const DossierTexts& texts, const std::string& export_month,
                   int64_t submission_id, int source_row) {
  v.Text(1, d.ma_tthc);
  v.Text(2, d.ma_don_vi);
  v.Text(3, d.kenh_nop);
  v.Text(4, texts.received);
  v.Int(5, d.received.date.days);
  v.Text(6, texts.due);
  v.Int(7, d.due.date.days);
  if (d.finished) {
    v.Text(8, texts.finished);
    v.Int(9, d.finished->date.days);
  } else {
    v.Null(8);
    v.Null(9);
  }
  v.Text(10, d.trang_thai);
  v.Int(11, static_cast<int64_t>(d.phi_le_phi));
  OptionalText(v, 12, d.hinh_thuc_thanh_toan);
  OptionalText(v, 13, d.danh_gia);
  v.Text(14, export_month);
  v.Int(15, submission_id);
  v.Int(16, source_row);
  OptionalFlag(v, 17, d.dong_bo_dvcqg);
  OptionalFlag(v, 18, d.ket_qua_dien_tu);
  OptionalFlag(v, 19, d.so_hoa_thanh_phan);
  OptionalFlag(v, 20, d.tai_su_dung_du_lieu);
  OptionalFlag(v, 21, d.dong_bo_kho_ca_nhan);
  OptionalFlag(v, 22, d.du_lieu_dan_cu);
  OptionalFlag(v, 23, d.ban_sao_dien_tu);
  v.Text(24, d.ma_ho_so);
}

// The type of each value of DossierValues (t: text, i: integer), in the same order.
constexpr std::string_view kDossierTypes =
    "tttt" "it" "it" "it"  // ma_tthc, ma_don_vi, kenh_nop, received_at; received_day, due_at; due_day, finished_at; finished_day, trang_thai
    "ittt"                 // phi_le_phi, hinh_thuc_thanh_toan, danh_gia, export_month
    "ii"                   // submission_id, source_row
    "iiiiiii"              // the seven facts
    "t";                   // ma_ho_so
static_assert(kDossierTypes.size() == 24);

void BindDossier(SqlStatement& s, const DossierRecord& d, const DossierTexts& texts,
                 const std::string& export_month, int64_t submission_id, int source_row) {
  StatementValues v(s);
  DossierValues(v, d, texts, export_month, submission_id, source_row);
}

// The texts a petition row binds that are not fields of the record.
struct PetitionTexts {
  std::string received;
  std::string due;
  std::string handled;
  explicit PetitionTexts(const PetitionRecord& p)
      : received(p.received.Iso()), due(p.due.Iso()), handled(p.handled ? p.handled->Iso() : "") {}
};

constexpr const char* kPetitionColumns =
    "ma_don_vi, received_at, received_day, due_at, due_day, handled_at, handled_day, danh_gia, ma_ho_so, "
    "export_month, submission_id, source_row";

// What a petition stores in each column: from index 1 in the order of kPetitionColumns (the INSERT
// and UPDATE below), ma_phan_anh last (13); kPetitionTypes gives their types for a batch.
template <class Values>
void PetitionValues(Values& v, const PetitionRecord& p, const PetitionTexts& texts, const std::string& export_month,
                    int64_t submission_id, int source_row) {
  v.Text(1, p.ma_don_vi);
  v.Text(2, texts.received);
  v.Int(3, p.received.date.days);
  v.Text(4, texts.due);
  v.Int(5, p.due.date.days);
  if (p.handled) {
    v.Text(6, texts.handled);
    v.Int(7, p.handled->date.days);
  } else {
    v.Null(6);
    v.Null(7);
  }
  OptionalText(v, 8, p.danh_gia);
  OptionalText(v, 9, p.ma_ho_so);
  v.Text(10, export_month);
  v.Int(11, submission_id);
  v.Int(12, source_row);
  v.Text(13, p.ma_phan_anh);
}

constexpr std::string_view kPetitionTypes =
    "ttitit"  // ma_don_vi, received_at, received_day, due_at, due_day, handled_at
    "ittt"    // handled_day, danh_gia, ma_ho_so, export_month
    "ii"      // submission_id, source_row
    "t";      // ma_phan_anh
static_assert(kPetitionTypes.size() == 13);

void BindPetition(SqlStatement& s, const PetitionRecord& p, const PetitionTexts& texts,
                  const std::string& export_month, int64_t submission_id, int source_row) {
  StatementValues v(s);
  PetitionValues(v, p, texts, export_month, submission_id, source_row);
}

// Runs a lookup returning (submission_id, source_row) of an existing keyed row, if any.
std::optional<std::pair<int64_t, int>> Existing(SqlStatement& find) {
  std::optional<std::pair<int64_t, int>> found;
  if (find.Step()) found.emplace(find.GetInt(0), static_cast<int>(find.GetInt(1)));
  find.Reset();
  return found;
}

int64_t Run(SqlStatement& s) {
  const int64_t changes = s.Execute();
  s.Reset();
  return changes;
}

// The column values of a batch of rows as PostgreSQL array literals, one per column ("{…}", bound
// as text and cast to text[] or int8[] by the statement): a text always quoted, with a backslash
// before each " and \ (so commas, braces, spaces, quotes and the word NULL stay texts); an integer
// as written; NULL unquoted. A text ends at a NUL, as a text bound alone does (libpq takes C strings).
class ColumnArrays {
 public:
  explicit ColumnArrays(size_t columns) : arrays_(columns) { Clear(); }

  void Clear() {
    for (auto& a : arrays_) a.assign(1, '{');
  }
  void Null(int index) { Next(index) += "NULL"; }
  void Int(int index, int64_t value) {
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    Next(index).append(buffer, end);
  }
  void Text(int index, std::string_view text) {
    std::string& a = Next(index);
    a += '"';
    size_t start = 0;
    size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
      const char c = text[i];
      if (c == '"' || c == '\\') {
        a.append(text.data() + start, i - start);
        a += '\\';
        start = i;
      } else if (c == '\0') {
        n = i;
      }
    }
    a.append(text.data() + start, n - start);
    a += '"';
  }
  // Binds array i to parameter i + 1.
  void Bind(SqlStatement& s) {
    for (size_t i = 0; i < arrays_.size(); ++i) {
      arrays_[i] += '}';
      s.BindText(static_cast<int>(i) + 1, arrays_[i]);
    }
  }

 private:
  std::string& Next(int index) {
    std::string& a = arrays_[static_cast<size_t>(index - 1)];
    if (a.size() > 1) a += ',';
    return a;
  }

  std::vector<std::string> arrays_;
};

// The statement that writes re-exported records into `table`: `columns` (as in the INSERT,
// comma-separated) then the key. A new key is inserted; a stored row is replaced unless it came
// from this very submission (a duplicate within the file) or from a later export month; otherwise
// nothing changes. One row (`batch` false): the values are parameters ?1…?n in that order. A batch
// (PostgreSQL, `batch` true): each value an array parameter of the type `types` gives (t: text, i:
// integer) in that order, unnested into rows — every array unnested in the select list, side by side
// (they have the same length, so they step together), which streams the rows: unnest(a, b, …) in
// FROM would first copy each array into a tuplestore (a quarter more of the server's time in
// province_load_bench) — and the key of each row written is returned.
std::string LatestExportUpsert(const std::string& table, std::string_view columns, const std::string& key,
                               std::string_view types, bool batch) {
  std::vector<std::string> names;
  for (size_t start = 0; start <= columns.size();) {
    size_t comma = columns.find(',', start);
    if (comma == std::string_view::npos) comma = columns.size();
    std::string_view name = columns.substr(start, comma - start);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    names.emplace_back(name);
    start = comma + 1;
  }
  if (names.size() + 1 != types.size()) throw Error("LatestExportUpsert: columns and types disagree for " + table);
  std::string sql = "INSERT INTO " + table + " (" + std::string(columns) + ", " + key + ") ";
  sql += batch ? "SELECT " : "VALUES (";
  for (size_t i = 0; i < types.size(); ++i) {
    const std::string parameter = "?" + std::to_string(i + 1);
    sql += i ? ", " : "";
    sql += batch ? "unnest(" + parameter + (types[i] == 'i' ? "::int8[])" : "::text[])") : parameter;
  }
  sql += batch ? "" : ")";
  sql += " ON CONFLICT (" + key + ") DO UPDATE SET ";
  for (size_t i = 0; i < names.size(); ++i) sql += (i ? ", " : "") + names[i] + " = excluded." + names[i];
  sql += " WHERE " + table + ".submission_id <> excluded.submission_id AND " + table +
         ".export_month <= excluded.export_month";
  if (batch) sql += " RETURNING " + key;
  return sql;
}

// The stored (submission_id, source_row) of each key of an array (PostgreSQL): rows (ordinal from
// 1, submission_id, source_row), submission_id NULL for a key not stored.
std::string StoredOfKeys(const std::string& table, const std::string& key) {
  return "SELECT k.ord, t.submission_id, t.source_row FROM unnest(?1::text[]) WITH ORDINALITY AS k(key, ord) "
         "LEFT JOIN " + table + " t ON t." + key + " = k.key COLLATE \"C\"";
}

// A key as the server sees it: up to a NUL, as a text bound alone (libpq takes C strings).
std::string_view KeyText(const std::string& key) { return std::string_view(key.c_str()); }

// The most rows one batch statement writes: more than the ingest's chunk (RowPipeline::kChunkRows),
// so that a chunk is one statement unless a key repeats in it.
constexpr size_t kBatchRows = 1024;

// WriteLatestExport for a batch of rows on PostgreSQL: results[i] for rows[i]. A row whose key came
// earlier in the batch starts the next statement (ON CONFLICT cannot touch a row twice in one), so
// that it meets the earlier row stored, as a row at a time would. Each statement runs inside a
// savepoint: when a constraint refuses one of its rows, it is undone and its rows written once more
// one at a time with `one(row)`, which names the refused row as a row at a time does.
template <class Record, class KeyOf, class Fill, class One>
std::vector<WriteResult> WriteLatestExportBatches(SqlConnection& db, SqlStatement& upsert, SqlStatement& find,
                                                  size_t columns, std::span<const SourceRow<Record>> rows,
                                                  const char* what, int64_t submission_id, const KeyOf& key_of,
                                                  const Fill& fill, const One& one) {
  std::vector<WriteResult> results(rows.size());
  ColumnArrays arrays(columns);
  ColumnArrays missing_keys(1);
  std::unordered_map<std::string_view, size_t> batch;  // key -> index in rows
  std::vector<bool> written;
  std::vector<size_t> missing;
  size_t begin = 0;
  while (begin < rows.size()) {
    batch.clear();
    size_t end = begin;
    while (end < rows.size() && end - begin < kBatchRows && batch.emplace(key_of(*rows[end].record), end).second)
      ++end;
    arrays.Clear();
    for (size_t i = begin; i < end; ++i) fill(arrays, rows[i]);
    arrays.Bind(upsert);
    written.assign(end - begin, false);
    db.ExecuteScript("SAVEPOINT baocao_batch");
    try {
      while (upsert.Step()) {
        const auto found = batch.find(upsert.GetText(0));
        if (found == batch.end()) throw Error(std::string("Cơ sở dữ liệu trả về một ") + what + " không có trong lô ghi");
        written[found->second - begin] = true;
        results[found->second] = {WriteResult::Kind::kStored, 0};
      }
      upsert.Reset();
    } catch (const SqlError& e) {
      upsert.Reset();
      if (!IsConstraintViolation(e, SqlDialect::kPostgres)) throw;
      db.ExecuteScript("ROLLBACK TO SAVEPOINT baocao_batch; RELEASE SAVEPOINT baocao_batch");
      for (size_t i = begin; i < end; ++i) results[i] = one(rows[i]);
      begin = end;
      continue;
    }
    db.ExecuteScript("RELEASE SAVEPOINT baocao_batch");
    // The rows not written: stored already by this submission (a duplicate within the file) or
    // from a later export month (superseded).
    missing.clear();
    missing_keys.Clear();
    for (size_t i = begin; i < end; ++i)
      if (!written[i - begin]) {
        missing.push_back(i);
        missing_keys.Text(1, key_of(*rows[i].record));
      }
    if (!missing.empty()) {
      missing_keys.Bind(find);
      while (find.Step()) {
        const size_t i = missing.at(static_cast<size_t>(find.GetInt(0) - 1));
        if (find.IsNull(1)) {
          find.Reset();
          throw Refused(what, std::string(key_of(*rows[i].record)));
        }
        if (find.GetInt(1) == submission_id)
          results[i] = {WriteResult::Kind::kDuplicateInFile, static_cast<int>(find.GetInt(2))};
        else
          results[i] = {WriteResult::Kind::kSuperseded, 0};
      }
      find.Reset();
    }
    begin = end;
  }
  return results;
}

}  // namespace

RecordStore::ChecksOff::ChecksOff(SqlConnection& db) : db_(db) { db_.EnforceCheckConstraints(false); }

RecordStore::ChecksOff::~ChecksOff() {
  try {
    db_.EnforceCheckConstraints(true);
  } catch (...) {  // the connection is failing: nothing more is written through it by the store
  }
}

RecordStore::RecordStore(Database& db)
    : database_(db),
      db_(db.connection()),
      checks_off_(db_),
      find_dossier_(db_.Prepare("SELECT submission_id, source_row FROM dossiers WHERE ma_ho_so = ?")),
      upsert_dossier_(db_.Prepare(LatestExportUpsert("dossiers", kDossierColumns, "ma_ho_so", kDossierTypes, false))),
      find_discipline_(db_.Prepare("SELECT submission_id, source_row FROM discipline WHERE so_quyet_dinh = ?")),
      upsert_discipline_(db_.Prepare(
          "INSERT INTO discipline (so_quyet_dinh, ma_don_vi, decided_on, "
          "decided_day, doi_tuong, hinh_thuc, submission_id, source_row) "
          "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(so_quyet_dinh) DO UPDATE SET "
          "ma_don_vi=excluded.ma_don_vi, decided_on=excluded.decided_on, decided_day=excluded.decided_day, "
          "doi_tuong=excluded.doi_tuong, hinh_thuc=excluded.hinh_thuc, submission_id=excluded.submission_id, "
          "source_row=excluded.source_row")),
      find_evaluation_(db_.Prepare(
          "SELECT submission_id, source_row FROM evaluations "
          "WHERE ma_don_vi = ? AND nam = ? AND doi_tuong = ?")),
      upsert_evaluation_(db_.Prepare(
          "INSERT INTO evaluations (ma_don_vi, nam, doi_tuong, "
          "hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, khong_hoan_thanh, "
          "submission_id, source_row) VALUES (?,?,?,?,?,?,?,?,?) "
          "ON CONFLICT(ma_don_vi, nam, doi_tuong) DO UPDATE SET "
          "hoan_thanh_xuat_sac=excluded.hoan_thanh_xuat_sac, hoan_thanh_tot=excluded.hoan_thanh_tot, "
          "hoan_thanh=excluded.hoan_thanh, khong_hoan_thanh=excluded.khong_hoan_thanh, "
          "submission_id=excluded.submission_id, source_row=excluded.source_row")),
      find_petition_(db_.Prepare("SELECT submission_id, source_row FROM petitions WHERE ma_phan_anh = ?")),
      upsert_petition_(
          db_.Prepare(LatestExportUpsert("petitions", kPetitionColumns, "ma_phan_anh", kPetitionTypes, false))) {
  if (db_.dialect() != SqlDialect::kPostgres) return;
  upsert_dossiers_ = db_.Prepare(LatestExportUpsert("dossiers", kDossierColumns, "ma_ho_so", kDossierTypes, true));
  find_dossiers_ = db_.Prepare(StoredOfKeys("dossiers", "ma_ho_so"));
  upsert_petitions_ = db_.Prepare(LatestExportUpsert("petitions", kPetitionColumns, "ma_phan_anh", kPetitionTypes, true));
  find_petitions_ = db_.Prepare(StoredOfKeys("petitions", "ma_phan_anh"));
}

namespace {

// The submissions of one kind, unit and period: ?1 the kind, ?2 the unit, ?3 the period ('' for none).
constexpr const char* kSameKindUnitPeriod = "kind = ?1 AND COALESCE(ma_don_vi, '') = ?2 AND COALESCE(period, '') = ?3";

}  // namespace

std::optional<RecordStore::Previous> RecordStore::FindSameFile(const SubmissionRecord& s) {
  auto q = db_.Prepare(std::string("SELECT id, submitted_at FROM submissions WHERE ") + kSameKindUnitPeriod +
                       " AND sha256 = ?4 ORDER BY id LIMIT 1");
  const std::string unit = s.unit.value_or("");  // bound without a copy: kept until the step
  const std::string period = s.period.value_or("");
  BindAll(*q, s.kind, unit, period, s.sha256);
  if (!q->Step()) return std::nullopt;
  return Previous{q->GetInt(0), q->GetString(1)};
}

bool RecordStore::HasSubmissionLike(const SubmissionRecord& s) {
  auto q = db_.Prepare(std::string("SELECT 1 FROM submissions WHERE ") + kSameKindUnitPeriod + " LIMIT 1");
  const std::string unit = s.unit.value_or("");
  const std::string period = s.period.value_or("");
  BindAll(*q, s.kind, unit, period);
  return q->Step();
}

int64_t RecordStore::BeginSubmission(const SubmissionRecord& s) {
  auto q = db_.Prepare(
      "INSERT INTO submissions (kind, ma_don_vi, period, file_name, sha256, "
      "submitted_at, mode, rows_total, rows_accepted, rows_rejected, "
      "rows_superseded, warnings, dropped_columns, sheet) "
      "VALUES (?,?,?,?,?,?,?,0,0,0,0,0,?,?) RETURNING id");
  const std::string unit = s.unit.value_or("");
  const std::string period = s.period.value_or("");
  q->BindText(1, s.kind);
  BindOptionalText(*q, 2, unit);
  BindOptionalText(*q, 3, period);
  q->BindText(4, s.file_name);
  q->BindText(5, s.sha256);
  q->BindText(6, s.submitted_at);
  q->BindText(7, s.mode);
  q->BindText(8, s.dropped_columns);
  BindOptionalText(*q, 9, s.sheet);
  q->Step();
  const int64_t id = q->GetInt(0);
  q->Reset();
  return id;
}

void RecordStore::FinishSubmission(int64_t id, const SubmissionCounts& c, const std::string& sha256) {
  auto q = db_.Prepare(
      "UPDATE submissions SET rows_total=?, rows_accepted=?, rows_rejected=?, "
      "rows_superseded=?, warnings=?, sha256=? WHERE id=?");
  BindAll(*q, c.rows_total, c.rows_accepted, c.rows_rejected, c.rows_superseded, c.warnings, sha256, id);
  q->Execute();
}

void RecordStore::WriteUnit(const UnitRecord& u) {
  if (!FitsSchema(u)) throw Refused("đơn vị", u.ma_don_vi);
  auto q = db_.Prepare(
      "INSERT INTO units (ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, ordinal) "
      "VALUES (?,?,?,?,?) ON CONFLICT(ma_don_vi) DO UPDATE SET "
      "ten_don_vi=excluded.ten_don_vi, cap=excluded.cap, "
      "ma_don_vi_cha=excluded.ma_don_vi_cha, ordinal=excluded.ordinal, "
      "retired_from=NULL");
  BindAll(*q, u.ma_don_vi, u.ten_don_vi, u.cap);
  BindOptionalText(*q, 4, u.ma_don_vi_cha);
  q->BindInt(5, u.ordinal);
  q->Execute();
}

std::vector<std::pair<std::string, std::string>> RecordStore::RetireUnitsNotIn(
    const std::set<std::string>& kept, const std::string& month) {
  std::vector<std::pair<std::string, std::string>> retired;
  auto active = db_.Prepare("SELECT ma_don_vi, ten_don_vi FROM units WHERE retired_from IS NULL "
                            "ORDER BY ordinal, ma_don_vi");
  while (active->Step())
    if (!kept.count(active->GetString(0))) retired.emplace_back(active->GetString(0), active->GetString(1));
  auto restore = db_.Prepare("UPDATE units SET retired_from = NULL WHERE ma_don_vi = ?");
  for (const auto& code : kept) {  // an ancestor of a listed unit is in the catalog again
    BindAll(*restore, code);
    Run(*restore);
  }
  auto retire = db_.Prepare("UPDATE units SET retired_from = ? WHERE ma_don_vi = ?");
  for (const auto& [code, name] : retired) {
    BindAll(*retire, month, code);
    Run(*retire);
  }
  return retired;
}

void RecordStore::WriteProcedure(const ProcedureRecord& p) {
  if (!FitsSchema(p)) throw Refused("thủ tục hành chính", p.ma_tthc);
  auto q = db_.Prepare(
      "INSERT INTO procedures (ma_tthc, ten_tthc, linh_vuc, muc_do_dvc, co_phi, "
      "thanh_toan_truc_tuyen, ngay_quyet_dinh_cong_bo, ngay_hieu_luc, ngay_cong_khai, "
      "cong_khai_day_du, ket_noi_du_lieu_dan_cu) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
      "ON CONFLICT(ma_tthc) DO UPDATE "
      "SET ten_tthc=excluded.ten_tthc, linh_vuc=excluded.linh_vuc, "
      "muc_do_dvc=excluded.muc_do_dvc, co_phi=excluded.co_phi, "
      "thanh_toan_truc_tuyen=excluded.thanh_toan_truc_tuyen, "
      "ngay_quyet_dinh_cong_bo=excluded.ngay_quyet_dinh_cong_bo, "
      "ngay_hieu_luc=excluded.ngay_hieu_luc, ngay_cong_khai=excluded.ngay_cong_khai, "
      "cong_khai_day_du=excluded.cong_khai_day_du, "
      "ket_noi_du_lieu_dan_cu=excluded.ket_noi_du_lieu_dan_cu");
  BindAll(*q, p.ma_tthc, p.ten_tthc, p.linh_vuc, p.muc_do_dvc, p.co_phi, p.thanh_toan_truc_tuyen);
  BindOptionalDay(*q, 7, p.ngay_quyet_dinh_cong_bo);
  BindOptionalDay(*q, 8, p.ngay_hieu_luc);
  BindOptionalDay(*q, 9, p.ngay_cong_khai);
  BindOptionalFlag(*q, 10, p.cong_khai_day_du);
  BindOptionalFlag(*q, 11, p.ket_noi_du_lieu_dan_cu);
  q->Execute();
}

namespace {

// A record re-exported month after month (a dossier, a petition): the row from the latest export
// month wins; for the same month, the later submission (ids increase). `bind(upsert)` binds the
// record to the statement of LatestExportUpsert (one row), which inserts a new key or replaces the
// stored row in one step: a row costs one statement, a record exported again too. Only when it
// changed nothing is `find` asked (submission_id, source_row of the stored row) whether the stored
// row came from this very submission (a duplicate within the file) or from a later export month.
// `what` names the record in the error ("hồ sơ \"X\"").
template <class Bind>
WriteResult WriteLatestExport(SqlDialect dialect, SqlStatement& upsert, SqlStatement& find, const std::string& key,
                              const char* what, int64_t submission_id, const Bind& bind) {
  // The statement binds every parameter before each run: it is not unbound after it.
  bind(upsert);
  int64_t written = 0;
  try {
    written = upsert.Execute();
  } catch (const SqlError& e) {  // a constraint of the engine: named in Vietnamese, as before
    upsert.Reset();
    if (IsConstraintViolation(e, dialect)) throw Refused(what, key);
    throw;
  }
  if (written > 0) return {WriteResult::Kind::kStored, 0};
  find.BindText(1, key);
  if (!find.Step()) {
    find.Reset();
    throw Refused(what, key);
  }
  const int64_t stored_submission = find.GetInt(0);
  const int stored_row = static_cast<int>(find.GetInt(1));
  find.Reset();
  if (stored_submission == submission_id) return {WriteResult::Kind::kDuplicateInFile, stored_row};
  return {WriteResult::Kind::kSuperseded, 0};
}

}  // namespace

WriteResult RecordStore::WriteDossier(const DossierRecord& d, const std::string& export_month,
                                      int64_t submission_id, int source_row) {
  if (!FitsSchema(d)) throw Refused("hồ sơ", d.ma_ho_so);
  const DossierTexts texts(d);
  return WriteLatestExport(database_.dialect(), *upsert_dossier_, *find_dossier_, d.ma_ho_so, "hồ sơ", submission_id,
                           [&](SqlStatement& s) {
                             BindDossier(s, d, texts, export_month, submission_id, source_row);
                           });
}

WriteResult RecordStore::WritePetition(const PetitionRecord& p, const std::string& export_month,
                                       int64_t submission_id, int source_row) {
  if (!FitsSchema(p)) throw Refused("phản ánh, kiến nghị", p.ma_phan_anh);
  const PetitionTexts texts(p);
  return WriteLatestExport(database_.dialect(), *upsert_petition_, *find_petition_, p.ma_phan_anh,
                           "phản ánh, kiến nghị", submission_id, [&](SqlStatement& s) {
                             BindPetition(s, p, texts, export_month, submission_id, source_row);
                           });
}

namespace {

// A batch written a row at a time with one(row): SQLite, where a row costs no round trip.
template <class Record, class One>
std::vector<WriteResult> OneByOne(std::span<const SourceRow<Record>> rows, const One& one) {
  std::vector<WriteResult> results;
  results.reserve(rows.size());
  for (const SourceRow<Record>& row : rows) results.push_back(one(row));
  return results;
}

}  // namespace

std::vector<WriteResult> RecordStore::WriteDossiers(std::span<const DossierRow> rows,
                                                    const std::string& export_month, int64_t submission_id) {
  const auto one = [&](const DossierRow& row) {
    return WriteDossier(*row.record, export_month, submission_id, row.source_row);
  };
  if (!upsert_dossiers_) return OneByOne(rows, one);
  return WriteLatestExportBatches<DossierRecord>(
      db_, *upsert_dossiers_, *find_dossiers_, kDossierTypes.size(), rows, "hồ sơ", submission_id,
      [](const DossierRecord& d) { return KeyText(d.ma_ho_so); },
      [&](ColumnArrays& arrays, const DossierRow& row) {
        DossierValues(arrays, *row.record, DossierTexts(*row.record), export_month, submission_id, row.source_row);
      },
      one);
}

std::vector<WriteResult> RecordStore::WritePetitions(std::span<const PetitionRow> rows,
                                                     const std::string& export_month, int64_t submission_id) {
  const auto one = [&](const PetitionRow& row) {
    return WritePetition(*row.record, export_month, submission_id, row.source_row);
  };
  if (!upsert_petitions_) return OneByOne(rows, one);
  return WriteLatestExportBatches<PetitionRecord>(
      db_, *upsert_petitions_, *find_petitions_, kPetitionTypes.size(), rows, "phản ánh, kiến nghị", submission_id,
      [](const PetitionRecord& p) { return KeyText(p.ma_phan_anh); },
      [&](ColumnArrays& arrays, const PetitionRow& row) {
        PetitionValues(arrays, *row.record, PetitionTexts(*row.record), export_month, submission_id, row.source_row);
      },
      one);
}

WriteResult RecordStore::WriteDiscipline(const DisciplineRecord& d, int64_t submission_id,
                                         int source_row) {
  if (!FitsSchema(d)) throw Refused("quyết định kỷ luật", d.so_quyet_dinh);
  find_discipline_->BindText(1, d.so_quyet_dinh);
  const auto existing = Existing(*find_discipline_);
  if (existing && existing->first == submission_id)
    return {WriteResult::Kind::kDuplicateInFile, existing->second};
  const std::string decided = d.decided.Iso();
  BindAll(*upsert_discipline_, d.so_quyet_dinh, d.ma_don_vi, decided, d.decided.days, d.doi_tuong, d.hinh_thuc,
          submission_id, source_row);
  Run(*upsert_discipline_);
  return {WriteResult::Kind::kStored, 0};
}

WriteResult RecordStore::WriteEvaluation(const EvaluationRecord& e, int64_t submission_id,
                                         int source_row) {
  if (!FitsSchema(e)) throw Refused("xếp loại", e.ma_don_vi + " / " + std::to_string(e.nam) + " / " + e.doi_tuong);
  BindAll(*find_evaluation_, e.ma_don_vi, e.nam, e.doi_tuong);
  const auto existing = Existing(*find_evaluation_);
  if (existing && existing->first == submission_id)
    return {WriteResult::Kind::kDuplicateInFile, existing->second};
  BindAll(*upsert_evaluation_, e.ma_don_vi, e.nam, e.doi_tuong, static_cast<int64_t>(e.hoan_thanh_xuat_sac),
          static_cast<int64_t>(e.hoan_thanh_tot), static_cast<int64_t>(e.hoan_thanh),
          static_cast<int64_t>(e.khong_hoan_thanh), submission_id, source_row);
  Run(*upsert_evaluation_);
  return {WriteResult::Kind::kStored, 0};
}

void RecordStore::RecordUnitReport(const std::string& unit, const std::string& period,
                                   const std::string& kind, int64_t submission_id, int rows) {
  auto q = db_.Prepare(
      "INSERT INTO unit_reports (ma_don_vi, period, kind, submission_id, rows) "
      "VALUES (?,?,?,?,?) ON CONFLICT(ma_don_vi, period, kind, submission_id) "
      "DO UPDATE SET rows = unit_reports.rows + excluded.rows");
  BindAll(*q, unit, period, kind, submission_id, rows);
  q->Execute();
}

void RecordStore::RecordRejectedRow(int64_t submission_id, int row, int column,
                                    const std::string& column_name, const std::string& message) {
  auto q = db_.Prepare(
      "INSERT INTO rejected_rows (submission_id, row, \"column\", column_name, message) "
      "VALUES (?,?,?,?,?)");
  BindAll(*q, submission_id, row, column, column_name, message);
  q->Execute();
}

void RecordStore::RecordWarning(int64_t submission_id, int row, int column, const std::string& message) {
  auto q = db_.Prepare("INSERT INTO warnings (submission_id, row, \"column\", message) VALUES (?,?,?,?)");
  BindAll(*q, submission_id, row, column, message);
  q->Execute();
}

}  // namespace baocao
