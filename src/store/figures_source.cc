#include "store/figures_source.h"

#include <algorithm>
#include <thread>
#include <vector>

#include "store/dossier_split_read.h"

namespace baocao {

namespace {

constexpr const char* kDossierFactsSelect =
    "SELECT ma_don_vi, received_day, due_day, finished_day, kenh_nop, trang_thai, phi_le_phi, "
    "hinh_thuc_thanh_toan, danh_gia, ma_tthc FROM dossiers "
    "WHERE received_day <= ?1 AND (finished_day IS NULL OR finished_day >= ?2)";

// Reads each column once through the statement (a virtual call, no copy: the texts are views into
// the engine's row).
void ReadFacts(SqlStatement& q, DossierFactsRow& d) {
  d.ma_don_vi = q.GetText(0);
  d.received_day = static_cast<int>(q.GetInt(1));
  d.due_day = static_cast<int>(q.GetInt(2));
  d.finished = !q.IsNull(3);
  d.finished_day = d.finished ? static_cast<int>(q.GetInt(3)) : 0;
  d.kenh_nop = q.GetText(4);
  d.trang_thai = q.GetText(5);
  d.phi_le_phi = q.GetInt(6);
  d.hinh_thuc_thanh_toan = q.GetText(7);
  d.danh_gia = q.GetText(8);
  d.ma_tthc = q.GetText(9);
}

}  // namespace

int DossierParts(const DossierScanSplit& split) {
  return split.parts > 0 ? split.parts : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

int ForEachDossierInDays(Database& db, int from_day, int to_day,
                         const std::function<void(int, const DossierFactsRow&)>& row, const DossierScanSplit& split) {
  std::vector<DossierFactsRow> rows(static_cast<size_t>(DossierParts(split)));  // one a part
  return ForEachDossierRow(
      db, kDossierFactsSelect, 2, [&](SqlStatement& q) { BindAll(q, to_day, from_day); },
      [&](int part, SqlStatement& q) {
        DossierFactsRow& d = rows[static_cast<size_t>(part)];
        ReadFacts(q, d);
        row(part, d);
      },
      split);
}

void ForEachDisciplineInDays(Database& db, int from_a, int to_a, int from_b, int to_b,
                             const std::function<void(const DisciplineFactsRow&)>& row) {
  auto q = db.connection().Prepare(
      "SELECT ma_don_vi, hinh_thuc, decided_day FROM discipline "
      "WHERE (decided_day BETWEEN ?1 AND ?2) OR (decided_day BETWEEN ?3 AND ?4)");
  BindAll(*q, from_a, to_a, from_b, to_b);
  while (q->Step()) row({q->GetText(0), q->GetText(1), static_cast<int>(q->GetInt(2))});
}

void ForEachEvaluationOfYears(Database& db, int year_a, int year_b,
                              const std::function<void(const EvaluationFactsRow&)>& row) {
  auto q = db.connection().Prepare(
      "SELECT ma_don_vi, nam, hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, "
      "khong_hoan_thanh, doi_tuong FROM evaluations WHERE nam = ?1 OR nam = ?2");
  BindAll(*q, year_a, year_b);
  while (q->Step()) {
    EvaluationFactsRow e;
    e.ma_don_vi = q->GetText(0);
    e.nam = static_cast<int>(q->GetInt(1));
    e.hoan_thanh_xuat_sac = q->GetInt(2);
    e.hoan_thanh_tot = q->GetInt(3);
    e.hoan_thanh = q->GetInt(4);
    e.khong_hoan_thanh = q->GetInt(5);
    e.doi_tuong = q->GetText(6);
    row(e);
  }
}

std::vector<std::pair<std::string, std::string>> ProcedureFields(Database& db) {
  std::vector<std::pair<std::string, std::string>> out;
  auto q = db.connection().Prepare("SELECT ma_tthc, linh_vuc FROM procedures ORDER BY rowid");
  while (q->Step()) out.emplace_back(q->GetString(0), q->GetString(1));
  return out;
}

ProcedureCounts CountProcedures(Database& db) {
  // Sums of 0/1: each sum is at most the number of procedures, it cannot overflow.
  auto q = db.connection().Prepare(
      "SELECT COUNT(*), "
      "COALESCE(SUM(CASE WHEN muc_do_dvc = 'toan_trinh' THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN muc_do_dvc = 'mot_phan' THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN co_phi = 1 THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN co_phi = 1 AND thanh_toan_truc_tuyen = 1 THEN 1 ELSE 0 END), 0) "
      "FROM procedures");
  q->Step();
  return {q->GetInt(0), q->GetInt(1), q->GetInt(2), q->GetInt(3), q->GetInt(4)};
}

}  // namespace baocao
