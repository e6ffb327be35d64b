#include "store/figures_source.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <memory>

namespace baocao {
namespace {

std::string_view Text(SQLite::Statement& q, int column) {
  const auto c = q.getColumn(column);
  return c.isNull() ? std::string_view() : std::string_view(c.getText(), static_cast<size_t>(c.getBytes()));
}

std::string_view RawText(sqlite3_stmt* stmt, int column) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
  return text == nullptr ? std::string_view() : std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(stmt, column)));
}

}  // namespace

// The hot loop uses SQLite's C API (owned by a unique_ptr): SQLiteCpp reads a column through a
// Column object that copies a shared pointer per value, a cost paid ten times a row here.
void ForEachDossierInDays(Database& db, int from_day, int to_day,
                          const std::function<void(const DossierFactsRow&)>& row) {
  constexpr const char* kSql =
      "SELECT ma_don_vi, received_day, due_day, finished_day, kenh_nop, trang_thai, phi_le_phi, "
      "hinh_thuc_thanh_toan, danh_gia, ma_tthc FROM dossiers "
      "WHERE received_day <= ?1 AND (finished_day IS NULL OR finished_day >= ?2)";
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db.sql().getHandle(), kSql, -1, &raw, nullptr) != SQLITE_OK)
    throw SQLite::Exception(db.sql().getHandle(), sqlite3_errcode(db.sql().getHandle()));
  const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(raw, sqlite3_finalize);
  sqlite3_stmt* stmt = owner.get();
  sqlite3_bind_int(stmt, 1, to_day);
  sqlite3_bind_int(stmt, 2, from_day);
  int rc;
  DossierFactsRow d;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    d.ma_don_vi = RawText(stmt, 0);
    d.received_day = sqlite3_column_int(stmt, 1);
    d.due_day = sqlite3_column_int(stmt, 2);
    d.finished = sqlite3_column_type(stmt, 3) != SQLITE_NULL;
    d.finished_day = d.finished ? sqlite3_column_int(stmt, 3) : 0;
    d.kenh_nop = RawText(stmt, 4);
    d.trang_thai = RawText(stmt, 5);
    d.phi_le_phi = sqlite3_column_int64(stmt, 6);
    d.hinh_thuc_thanh_toan = RawText(stmt, 7);
    d.danh_gia = RawText(stmt, 8);
    d.ma_tthc = RawText(stmt, 9);
    row(d);
  }
  if (rc != SQLITE_DONE) throw SQLite::Exception(db.sql().getHandle(), rc);
}

void ForEachDisciplineInDays(Database& db, int from_a, int to_a, int from_b, int to_b,
                             const std::function<void(const DisciplineFactsRow&)>& row) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, hinh_thuc, decided_day FROM discipline "
                      "WHERE (decided_day BETWEEN ?1 AND ?2) OR (decided_day BETWEEN ?3 AND ?4)");
  q.bind(1, from_a);
  q.bind(2, to_a);
  q.bind(3, from_b);
  q.bind(4, to_b);
  while (q.executeStep()) row({Text(q, 0), Text(q, 1), q.getColumn(2).getInt()});
}

void ForEachEvaluationOfYears(Database& db, int year_a, int year_b,
                              const std::function<void(const EvaluationFactsRow&)>& row) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, nam, hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, "
                      "khong_hoan_thanh, doi_tuong FROM evaluations WHERE nam = ?1 OR nam = ?2");
  q.bind(1, year_a);
  q.bind(2, year_b);
  while (q.executeStep()) {
    EvaluationFactsRow e;
    e.ma_don_vi = Text(q, 0);
    e.nam = q.getColumn(1).getInt();
    e.hoan_thanh_xuat_sac = q.getColumn(2).getInt64();
    e.hoan_thanh_tot = q.getColumn(3).getInt64();
    e.hoan_thanh = q.getColumn(4).getInt64();
    e.khong_hoan_thanh = q.getColumn(5).getInt64();
    e.doi_tuong = Text(q, 6);
    row(e);
  }
}

std::vector<std::pair<std::string, std::string>> ProcedureFields(Database& db) {
  std::vector<std::pair<std::string, std::string>> out;
  SQLite::Statement q(db.sql(), "SELECT ma_tthc, linh_vuc FROM procedures ORDER BY rowid");
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  return out;
}

ProcedureCounts CountProcedures(Database& db) {
  // SUM of 0/1 comparisons: each sum is at most the number of procedures, it cannot overflow.
  SQLite::Statement q(db.sql(),
                      "SELECT COUNT(*), "
                      "IFNULL(SUM(muc_do_dvc = 'toan_trinh'), 0), IFNULL(SUM(muc_do_dvc = 'mot_phan'), 0), "
                      "IFNULL(SUM(co_phi = 1), 0), IFNULL(SUM(co_phi = 1 AND thanh_toan_truc_tuyen = 1), 0) "
                      "FROM procedures");
  q.executeStep();
  return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64(),
          q.getColumn(3).getInt64(), q.getColumn(4).getInt64()};
}

}  // namespace baocao
