#include "store/record_store.h"

#include "core/errors.h"

namespace baocao {
namespace {

constexpr const char* kDossierColumns =
    "ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day, finished_at, "
    "finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, danh_gia, export_month, "
    "submission_id, source_row, dong_bo_dvcqg, ket_qua_dien_tu, so_hoa_thanh_phan, tai_su_dung_du_lieu, "
    "dong_bo_kho_ca_nhan, du_lieu_dan_cu, ban_sao_dien_tu";

void BindOptionalFlag(SQLite::Statement& s, int index, const std::optional<bool>& flag) {
  if (flag) s.bind(index, *flag ? 1 : 0);
  else s.bind(index);
}

void BindOptionalDay(SQLite::Statement& s, int index, const std::optional<Date>& day) {
  if (day) s.bind(index, day->days);
  else s.bind(index);
}

void BindOptionalText(SQLite::Statement& s, int index, const std::string& text) {
  if (text.empty()) s.bind(index);
  else s.bind(index, text);
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
void BindDossier(SQLite::Statement& s, const DossierRecord& d, const DossierTexts& texts,
                 const std::string& export_month, int64_t submission_id, int source_row) {
  s.bindNoCopy(1, d.ma_tthc);
  s.bindNoCopy(2, d.ma_don_vi);
  s.bindNoCopy(3, d.kenh_nop);
  s.bindNoCopy(4, texts.received);
  s.bind(5, d.received.date.days);
  s.bindNoCopy(6, texts.due);
  s.bind(7, d.due.date.days);
  if (d.finished) {
    s.bindNoCopy(8, texts.finished);
    s.bind(9, d.finished->date.days);
  } else {
    s.bind(8);
    s.bind(9);
  }
  s.bindNoCopy(10, d.trang_thai);
  s.bind(11, static_cast<int64_t>(d.phi_le_phi));
  if (d.hinh_thuc_thanh_toan.empty()) s.bind(12);
  else s.bindNoCopy(12, d.hinh_thuc_thanh_toan);
  if (d.danh_gia.empty()) s.bind(13);
  else s.bindNoCopy(13, d.danh_gia);
  s.bindNoCopy(14, export_month);
  s.bind(15, submission_id);
  s.bind(16, source_row);
  BindOptionalFlag(s, 17, d.dong_bo_dvcqg);
  BindOptionalFlag(s, 18, d.ket_qua_dien_tu);
  BindOptionalFlag(s, 19, d.so_hoa_thanh_phan);
  BindOptionalFlag(s, 20, d.tai_su_dung_du_lieu);
  BindOptionalFlag(s, 21, d.dong_bo_kho_ca_nhan);
  BindOptionalFlag(s, 22, d.du_lieu_dan_cu);
  BindOptionalFlag(s, 23, d.ban_sao_dien_tu);
  s.bindNoCopy(24, d.ma_ho_so);
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
void BindPetition(SQLite::Statement& s, const PetitionRecord& p, const PetitionTexts& texts,
                  const std::string& export_month, int64_t submission_id, int source_row) {
  s.bindNoCopy(1, p.ma_don_vi);
  s.bindNoCopy(2, texts.received);
  s.bind(3, p.received.date.days);
  s.bindNoCopy(4, texts.due);
  s.bind(5, p.due.date.days);
  if (p.handled) {
    s.bindNoCopy(6, texts.handled);
    s.bind(7, p.handled->date.days);
  } else {
    s.bind(6);
    s.bind(7);
  }
  BindOptionalText(s, 8, p.danh_gia);
  BindOptionalText(s, 9, p.ma_ho_so);
  s.bindNoCopy(10, export_month);
  s.bind(11, submission_id);
  s.bind(12, source_row);
  s.bindNoCopy(13, p.ma_phan_anh);
}

// Runs a lookup returning (submission_id, source_row) of an existing keyed row, if any.
std::optional<std::pair<int64_t, int>> Existing(SQLite::Statement& find) {
  std::optional<std::pair<int64_t, int>> found;
  if (find.executeStep()) found.emplace(find.getColumn(0).getInt64(), find.getColumn(1).getInt());
  find.reset();
  find.clearBindings();
  return found;
}

void Run(SQLite::Statement& s) {
  s.exec();
  s.reset();
  s.clearBindings();
}

}  // namespace

RecordStore::RecordStore(Database& db)
    : db_(db.sql()),
      find_dossier_(db_, "SELECT submission_id, source_row, export_month FROM dossiers WHERE ma_ho_so = ?"),
      insert_dossier_(db_, std::string("INSERT OR IGNORE INTO dossiers (") + kDossierColumns +
                               ", ma_ho_so) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      update_dossier_(db_,
                      "UPDATE dossiers SET ma_tthc=?1, ma_don_vi=?2, kenh_nop=?3, received_at=?4, "
                      "received_day=?5, due_at=?6, due_day=?7, finished_at=?8, finished_day=?9, "
                      "trang_thai=?10, phi_le_phi=?11, hinh_thuc_thanh_toan=?12, danh_gia=?13, "
                      "export_month=?14, submission_id=?15, source_row=?16, dong_bo_dvcqg=?17, "
                      "ket_qua_dien_tu=?18, so_hoa_thanh_phan=?19, tai_su_dung_du_lieu=?20, "
                      "dong_bo_kho_ca_nhan=?21, du_lieu_dan_cu=?22, ban_sao_dien_tu=?23 "
                      "WHERE ma_ho_so=?24 AND submission_id <> ?15 AND export_month <= ?14"),
      find_discipline_(db_, "SELECT submission_id, source_row FROM discipline WHERE so_quyet_dinh = ?"),
      upsert_discipline_(db_,
                         "INSERT OR REPLACE INTO discipline (so_quyet_dinh, ma_don_vi, decided_on, "
                         "decided_day, doi_tuong, hinh_thuc, submission_id, source_row) "
                         "VALUES (?,?,?,?,?,?,?,?)"),
      find_evaluation_(db_,
                       "SELECT submission_id, source_row FROM evaluations "
                       "WHERE ma_don_vi = ? AND nam = ? AND doi_tuong = ?"),
      upsert_evaluation_(db_,
                         "INSERT OR REPLACE INTO evaluations (ma_don_vi, nam, doi_tuong, "
                         "hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, khong_hoan_thanh, "
                         "submission_id, source_row) VALUES (?,?,?,?,?,?,?,?,?)"),
      find_petition_(db_, "SELECT submission_id, source_row, export_month FROM petitions WHERE ma_phan_anh = ?"),
      insert_petition_(db_,
                       "INSERT OR IGNORE INTO petitions (ma_don_vi, received_at, received_day, due_at, "
                       "due_day, handled_at, handled_day, danh_gia, ma_ho_so, export_month, submission_id, "
                       "source_row, ma_phan_anh) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      update_petition_(db_,
                       "UPDATE petitions SET ma_don_vi=?1, received_at=?2, received_day=?3, due_at=?4, "
                       "due_day=?5, handled_at=?6, handled_day=?7, danh_gia=?8, ma_ho_so=?9, "
                       "export_month=?10, submission_id=?11, source_row=?12 "
                       "WHERE ma_phan_anh=?13 AND submission_id <> ?11 AND export_month <= ?10") {}

std::optional<RecordStore::Previous> RecordStore::FindSameFile(const SubmissionRecord& s) {
  SQLite::Statement q(db_,
                      "SELECT id, submitted_at FROM submissions WHERE sha256 = ? AND kind = ? AND "
                      "IFNULL(ma_don_vi, '') = ? AND IFNULL(period, '') = ? ORDER BY id LIMIT 1");
  q.bind(1, s.sha256);
  q.bind(2, s.kind);
  q.bind(3, s.unit.value_or(""));
  q.bind(4, s.period.value_or(""));
  if (!q.executeStep()) return std::nullopt;
  return Previous{q.getColumn(0).getInt64(), q.getColumn(1).getString()};
}

int64_t RecordStore::BeginSubmission(const SubmissionRecord& s) {
  SQLite::Statement q(db_,
                      "INSERT INTO submissions (kind, ma_don_vi, period, file_name, sha256, "
                      "submitted_at, mode, rows_total, rows_accepted, rows_rejected, "
                      "rows_superseded, warnings, dropped_columns, sheet) "
                      "VALUES (?,?,?,?,?,?,?,0,0,0,0,0,?,?)");
  q.bind(1, s.kind);
  BindOptionalText(q, 2, s.unit.value_or(""));
  BindOptionalText(q, 3, s.period.value_or(""));
  q.bind(4, s.file_name);
  q.bind(5, s.sha256);
  q.bind(6, s.submitted_at);
  q.bind(7, s.mode);
  q.bind(8, s.dropped_columns);
  BindOptionalText(q, 9, s.sheet);
  q.exec();
  return db_.getLastInsertRowid();
}

void RecordStore::FinishSubmission(int64_t id, const SubmissionCounts& c) {
  SQLite::Statement q(db_,
                      "UPDATE submissions SET rows_total=?, rows_accepted=?, rows_rejected=?, "
                      "rows_superseded=?, warnings=? WHERE id=?");
  q.bind(1, c.rows_total);
  q.bind(2, c.rows_accepted);
  q.bind(3, c.rows_rejected);
  q.bind(4, c.rows_superseded);
  q.bind(5, c.warnings);
  q.bind(6, id);
  q.exec();
}

void RecordStore::WriteUnit(const UnitRecord& u) {
  SQLite::Statement q(db_,
                      "INSERT INTO units (ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, ordinal) "
                      "VALUES (?,?,?,?,?) ON CONFLICT(ma_don_vi) DO UPDATE SET "
                      "ten_don_vi=excluded.ten_don_vi, cap=excluded.cap, "
                      "ma_don_vi_cha=excluded.ma_don_vi_cha, ordinal=excluded.ordinal, "
                      "retired_from=NULL");
  q.bind(1, u.ma_don_vi);
  q.bind(2, u.ten_don_vi);
  q.bind(3, u.cap);
  BindOptionalText(q, 4, u.ma_don_vi_cha);
  q.bind(5, u.ordinal);
  q.exec();
}

std::vector<std::pair<std::string, std::string>> RecordStore::RetireUnitsNotIn(
    const std::set<std::string>& kept, const std::string& month) {
  std::vector<std::pair<std::string, std::string>> retired;
  SQLite::Statement active(db_, "SELECT ma_don_vi, ten_don_vi FROM units WHERE retired_from IS NULL "
                                "ORDER BY ordinal, ma_don_vi");
  while (active.executeStep())
    if (!kept.count(active.getColumn(0).getString()))
      retired.emplace_back(active.getColumn(0).getString(), active.getColumn(1).getString());
  SQLite::Statement restore(db_, "UPDATE units SET retired_from = NULL WHERE ma_don_vi = ?");
  for (const auto& code : kept) {  // an ancestor of a listed unit is in the catalog again
    restore.reset();
    restore.bind(1, code);
    restore.exec();
  }
  SQLite::Statement retire(db_, "UPDATE units SET retired_from = ? WHERE ma_don_vi = ?");
  for (const auto& [code, name] : retired) {
    retire.reset();
    retire.bind(1, month);
    retire.bind(2, code);
    retire.exec();
  }
  return retired;
}

void RecordStore::WriteProcedure(const ProcedureRecord& p) {
  SQLite::Statement q(db_,
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
  q.bind(1, p.ma_tthc);
  q.bind(2, p.ten_tthc);
  q.bind(3, p.linh_vuc);
  q.bind(4, p.muc_do_dvc);
  q.bind(5, p.co_phi ? 1 : 0);
  q.bind(6, p.thanh_toan_truc_tuyen ? 1 : 0);
  BindOptionalDay(q, 7, p.ngay_quyet_dinh_cong_bo);
  BindOptionalDay(q, 8, p.ngay_hieu_luc);
  BindOptionalDay(q, 9, p.ngay_cong_khai);
  BindOptionalFlag(q, 10, p.cong_khai_day_du);
  BindOptionalFlag(q, 11, p.ket_noi_du_lieu_dan_cu);
  q.exec();
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
WriteResult WriteLatestExport(SQLite::Database& db, SQLite::Statement& insert, SQLite::Statement& find,
                              SQLite::Statement& update, const std::string& key, const char* what,
                              int64_t submission_id, const Bind& bind) {
  bind(insert);
  Run(insert);
  if (db.getChanges() > 0) return {WriteResult::Kind::kInserted, 0};
  bind(update);
  Run(update);
  if (db.getChanges() > 0) return {WriteResult::Kind::kUpdated, 0};
  find.bind(1, key);
  if (!find.executeStep()) {  // OR IGNORE also swallows CHECK failures: never silently
    find.reset();
    throw Error(std::string("Cơ sở dữ liệu từ chối ") + what + " \"" + key + "\" (vi phạm ràng buộc)");
  }
  const int64_t stored_submission = find.getColumn(0).getInt64();
  const int stored_row = find.getColumn(1).getInt();
  find.reset();
  find.clearBindings();
  if (stored_submission == submission_id) return {WriteResult::Kind::kDuplicateInFile, stored_row};
  return {WriteResult::Kind::kSuperseded, 0};
}

}  // namespace

WriteResult RecordStore::WriteDossier(const DossierRecord& d, const std::string& export_month,
                                      int64_t submission_id, int source_row) {
  const DossierTexts texts(d);
  return WriteLatestExport(db_, insert_dossier_, find_dossier_, update_dossier_, d.ma_ho_so, "hồ sơ",
                           submission_id, [&](SQLite::Statement& s) {
                             BindDossier(s, d, texts, export_month, submission_id, source_row);
                           });
}

WriteResult RecordStore::WritePetition(const PetitionRecord& p, const std::string& export_month,
                                       int64_t submission_id, int source_row) {
  const PetitionTexts texts(p);
  return WriteLatestExport(db_, insert_petition_, find_petition_, update_petition_, p.ma_phan_anh,
                           "phản ánh, kiến nghị", submission_id, [&](SQLite::Statement& s) {
                             BindPetition(s, p, texts, export_month, submission_id, source_row);
                           });
}

WriteResult RecordStore::WriteDiscipline(const DisciplineRecord& d, int64_t submission_id,
                                         int source_row) {
  find_discipline_.bind(1, d.so_quyet_dinh);
  const auto existing = Existing(find_discipline_);
  if (existing && existing->first == submission_id)
    return {WriteResult::Kind::kDuplicateInFile, existing->second};
  upsert_discipline_.bind(1, d.so_quyet_dinh);
  upsert_discipline_.bind(2, d.ma_don_vi);
  upsert_discipline_.bind(3, d.decided.Iso());
  upsert_discipline_.bind(4, d.decided.days);
  upsert_discipline_.bind(5, d.doi_tuong);
  upsert_discipline_.bind(6, d.hinh_thuc);
  upsert_discipline_.bind(7, submission_id);
  upsert_discipline_.bind(8, source_row);
  Run(upsert_discipline_);
  return {existing ? WriteResult::Kind::kUpdated : WriteResult::Kind::kInserted, 0};
}

WriteResult RecordStore::WriteEvaluation(const EvaluationRecord& e, int64_t submission_id,
                                         int source_row) {
  find_evaluation_.bind(1, e.ma_don_vi);
  find_evaluation_.bind(2, e.nam);
  find_evaluation_.bind(3, e.doi_tuong);
  const auto existing = Existing(find_evaluation_);
  if (existing && existing->first == submission_id)
    return {WriteResult::Kind::kDuplicateInFile, existing->second};
  upsert_evaluation_.bind(1, e.ma_don_vi);
  upsert_evaluation_.bind(2, e.nam);
  upsert_evaluation_.bind(3, e.doi_tuong);
  upsert_evaluation_.bind(4, static_cast<int64_t>(e.hoan_thanh_xuat_sac));
  upsert_evaluation_.bind(5, static_cast<int64_t>(e.hoan_thanh_tot));
  upsert_evaluation_.bind(6, static_cast<int64_t>(e.hoan_thanh));
  upsert_evaluation_.bind(7, static_cast<int64_t>(e.khong_hoan_thanh));
  upsert_evaluation_.bind(8, submission_id);
  upsert_evaluation_.bind(9, source_row);
  Run(upsert_evaluation_);
  return {existing ? WriteResult::Kind::kUpdated : WriteResult::Kind::kInserted, 0};
}

void RecordStore::RecordUnitReport(const std::string& unit, const std::string& period,
                                   const std::string& kind, int64_t submission_id, int rows) {
  SQLite::Statement q(db_,
                      "INSERT INTO unit_reports (ma_don_vi, period, kind, submission_id, rows) "
                      "VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE SET rows = rows + excluded.rows");
  q.bind(1, unit);
  q.bind(2, period);
  q.bind(3, kind);
  q.bind(4, submission_id);
  q.bind(5, rows);
  q.exec();
}

void RecordStore::RecordRejectedRow(int64_t submission_id, int row, int column,
                                    const std::string& column_name, const std::string& message) {
  SQLite::Statement q(db_,
                      "INSERT INTO rejected_rows (submission_id, row, column, column_name, message) "
                      "VALUES (?,?,?,?,?)");
  q.bind(1, submission_id);
  q.bind(2, row);
  q.bind(3, column);
  q.bind(4, column_name);
  q.bind(5, message);
  q.exec();
}

void RecordStore::RecordWarning(int64_t submission_id, int row, int column, const std::string& message) {
  SQLite::Statement q(db_, "INSERT INTO warnings (submission_id, row, column, message) VALUES (?,?,?,?)");
  q.bind(1, submission_id);
  q.bind(2, row);
  q.bind(3, column);
  q.bind(4, message);
  q.exec();
}

}  // namespace baocao
