#include "store/record_store.h"

#include <initializer_list>
#include <string_view>

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

void BindOptionalFlag(SqlStatement& s, int index, const std::optional<bool>& flag) {
  if (flag) s.BindInt(index, *flag ? 1 : 0);
  else s.BindNull(index);
}

void BindOptionalDay(SqlStatement& s, int index, const std::optional<Date>& day) {
  if (day) s.BindInt(index, day->days);
  else s.BindNull(index);
}

void BindOptionalText(SqlStatement& s, int index, const std::string& text) {
  if (text.empty()) s.BindNull(index);
  else s.BindText(index, text);
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

// Binds the dossier fields from index 1 in the order of kDossierColumns; ma_ho_so goes last (24).
// Texts are bound without copies: d, texts and export_month outlive the statement's step.
void BindDossier(SqlStatement& s, const DossierRecord& d, const DossierTexts& texts,
                 const std::string& export_month, int64_t submission_id, int source_row) {
  s.BindText(1, d.ma_tthc);
  s.BindText(2, d.ma_don_vi);
  s.BindText(3, d.kenh_nop);
  s.BindText(4, texts.received);
  s.BindInt(5, d.received.date.days);
  s.BindText(6, texts.due);
  s.BindInt(7, d.due.date.days);
  if (d.finished) {
    s.BindText(8, texts.finished);
    s.BindInt(9, d.finished->date.days);
  } else {
    s.BindNull(8);
    s.BindNull(9);
  }
  s.BindText(10, d.trang_thai);
  s.BindInt(11, static_cast<int64_t>(d.phi_le_phi));
  BindOptionalText(s, 12, d.hinh_thuc_thanh_toan);
  BindOptionalText(s, 13, d.danh_gia);
  s.BindText(14, export_month);
  s.BindInt(15, submission_id);
  s.BindInt(16, source_row);
  BindOptionalFlag(s, 17, d.dong_bo_dvcqg);
  BindOptionalFlag(s, 18, d.ket_qua_dien_tu);
  BindOptionalFlag(s, 19, d.so_hoa_thanh_phan);
  BindOptionalFlag(s, 20, d.tai_su_dung_du_lieu);
  BindOptionalFlag(s, 21, d.dong_bo_kho_ca_nhan);
  BindOptionalFlag(s, 22, d.du_lieu_dan_cu);
  BindOptionalFlag(s, 23, d.ban_sao_dien_tu);
  s.BindText(24, d.ma_ho_so);
}

// The texts a petition row binds that are not fields of the record.
struct PetitionTexts {
  std::string received;
  std::string due;
  std::string handled;
  explicit PetitionTexts(const PetitionRecord& p)
      : received(p.received.Iso()), due(p.due.Iso()), handled(p.handled ? p.handled->Iso() : "") {}
};

// Binds the petition fields in the order of the INSERT and UPDATE below; ma_phan_anh goes last (13).
void BindPetition(SqlStatement& s, const PetitionRecord& p, const PetitionTexts& texts,
                  const std::string& export_month, int64_t submission_id, int source_row) {
  s.BindText(1, p.ma_don_vi);
  s.BindText(2, texts.received);
  s.BindInt(3, p.received.date.days);
  s.BindText(4, texts.due);
  s.BindInt(5, p.due.date.days);
  if (p.handled) {
    s.BindText(6, texts.handled);
    s.BindInt(7, p.handled->date.days);
  } else {
    s.BindNull(6);
    s.BindNull(7);
  }
  BindOptionalText(s, 8, p.danh_gia);
  BindOptionalText(s, 9, p.ma_ho_so);
  s.BindText(10, export_month);
  s.BindInt(11, submission_id);
  s.BindInt(12, source_row);
  s.BindText(13, p.ma_phan_anh);
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
      find_dossier_(db_.Prepare("SELECT submission_id, source_row, export_month FROM dossiers WHERE ma_ho_so = ?")),
      insert_dossier_(db_.Prepare(std::string("INSERT INTO dossiers (") + kDossierColumns +
                                  ", ma_ho_so) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                  "ON CONFLICT(ma_ho_so) DO NOTHING")),
      update_dossier_(db_.Prepare(
          "UPDATE dossiers SET ma_tthc=?1, ma_don_vi=?2, kenh_nop=?3, received_at=?4, "
          "received_day=?5, due_at=?6, due_day=?7, finished_at=?8, finished_day=?9, "
          "trang_thai=?10, phi_le_phi=?11, hinh_thuc_thanh_toan=?12, danh_gia=?13, "
          "export_month=?14, submission_id=?15, source_row=?16, dong_bo_dvcqg=?17, "
          "ket_qua_dien_tu=?18, so_hoa_thanh_phan=?19, tai_su_dung_du_lieu=?20, "
          "dong_bo_kho_ca_nhan=?21, du_lieu_dan_cu=?22, ban_sao_dien_tu=?23 "
          "WHERE ma_ho_so=?24 AND submission_id <> ?15 AND export_month <= ?14")),
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
      find_petition_(db_.Prepare("SELECT submission_id, source_row, export_month FROM petitions WHERE ma_phan_anh = ?")),
      insert_petition_(db_.Prepare(
          "INSERT INTO petitions (ma_don_vi, received_at, received_day, due_at, "
          "due_day, handled_at, handled_day, danh_gia, ma_ho_so, export_month, submission_id, "
          "source_row, ma_phan_anh) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(ma_phan_anh) DO NOTHING")),
      update_petition_(db_.Prepare(
          "UPDATE petitions SET ma_don_vi=?1, received_at=?2, received_day=?3, due_at=?4, "
          "due_day=?5, handled_at=?6, handled_day=?7, danh_gia=?8, ma_ho_so=?9, "
          "export_month=?10, submission_id=?11, source_row=?12 "
          "WHERE ma_phan_anh=?13 AND submission_id <> ?11 AND export_month <= ?10")) {}

std::optional<RecordStore::Previous> RecordStore::FindSameFile(const SubmissionRecord& s) {
  auto q = db_.Prepare(
      "SELECT id, submitted_at FROM submissions WHERE sha256 = ? AND kind = ? AND "
      "COALESCE(ma_don_vi, '') = ? AND COALESCE(period, '') = ? ORDER BY id LIMIT 1");
  const std::string unit = s.unit.value_or("");
  const std::string period = s.period.value_or("");
  BindAll(*q, s.sha256, s.kind, unit, period);
  if (!q->Step()) return std::nullopt;
  return Previous{q->GetInt(0), q->GetString(1)};
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

void RecordStore::FinishSubmission(int64_t id, const SubmissionCounts& c) {
  auto q = db_.Prepare(
      "UPDATE submissions SET rows_total=?, rows_accepted=?, rows_rejected=?, "
      "rows_superseded=?, warnings=? WHERE id=?");
  BindAll(*q, c.rows_total, c.rows_accepted, c.rows_rejected, c.rows_superseded, c.warnings, id);
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
// month wins; for the same month, the later submission (ids increase). `bind(statement)` binds the
// record to the insert and to the update alike; `find` looks the key up and returns
// (submission_id, source_row, export_month). The common case, a record not stored yet, costs one
// statement; a record exported again, two: the update replaces the stored row unless that row came
// from this very submission (a duplicate within the file) or from a later export month, and only
// when it changed nothing is `find` asked which of the two it was. `what` names the record in the
// error ("hồ sơ \"X\"").
template <class Bind>
WriteResult WriteLatestExport(SqlDialect dialect, SqlStatement& insert, SqlStatement& find, SqlStatement& update,
                              const std::string& key, const char* what, int64_t submission_id,
                              const Bind& bind) {
  // insert and update bind every parameter before each run: they are not unbound after it.
  bind(insert);
  int64_t inserted = 0;
  try {
    inserted = insert.Execute();
  } catch (const SqlError& e) {  // a constraint of the engine: named in Vietnamese, as before
    insert.Reset();
    if (IsConstraintViolation(e, dialect)) throw Refused(what, key);
    throw;
  }
  if (inserted > 0) return {WriteResult::Kind::kInserted, 0};
  bind(update);
  if (update.Execute() > 0) return {WriteResult::Kind::kUpdated, 0};
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
  return WriteLatestExport(database_.dialect(), *insert_dossier_, *find_dossier_, *update_dossier_, d.ma_ho_so,
                           "hồ sơ", submission_id, [&](SqlStatement& s) {
                             BindDossier(s, d, texts, export_month, submission_id, source_row);
                           });
}

WriteResult RecordStore::WritePetition(const PetitionRecord& p, const std::string& export_month,
                                       int64_t submission_id, int source_row) {
  if (!FitsSchema(p)) throw Refused("phản ánh, kiến nghị", p.ma_phan_anh);
  const PetitionTexts texts(p);
  return WriteLatestExport(database_.dialect(), *insert_petition_, *find_petition_, *update_petition_,
                           p.ma_phan_anh, "phản ánh, kiến nghị", submission_id, [&](SqlStatement& s) {
                             BindPetition(s, p, texts, export_month, submission_id, source_row);
                           });
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
  return {existing ? WriteResult::Kind::kUpdated : WriteResult::Kind::kInserted, 0};
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
  return {existing ? WriteResult::Kind::kUpdated : WriteResult::Kind::kInserted, 0};
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
