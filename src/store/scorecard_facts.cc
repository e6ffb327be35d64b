#include "store/scorecard_facts.h"

#include <memory>

namespace baocao {
namespace {

std::optional<int> OptionalInt(SqlStatement& q, int column) {
  if (q.IsNull(column)) return std::nullopt;
  return static_cast<int>(q.GetInt(column));
}

std::optional<bool> OptionalBool(SqlStatement& q, int column) {
  if (q.IsNull(column)) return std::nullopt;
  return q.GetInt(column) != 0;
}

// A condition as a number (1 when it holds, else 0), for SUM and MAX: PostgreSQL's comparisons are
// booleans. A condition that is NULL counts 0, as SQLite's SUM skipped it.
std::string Count(const std::string& condition) { return "CASE WHEN " + condition + " THEN 1 ELSE 0 END"; }

void ReadFlows(Database& db, int from, int to, ScorecardFacts& facts) {
  // ?1 = from, ?2 = to. A dossier is in the period's flow when received on or before `to` and not
  // finished before `from` (SPEC §4).
  const std::string is_new = "(received_day >= ?1)";
  const std::string on_time =
      "(((finished_day IS NULL OR finished_day > ?2) AND due_day >= ?2) OR "
      "(finished_day BETWEEN ?1 AND ?2 AND ((trang_thai = 'da_tra_ket_qua' AND finished_day <= due_day) "
      "OR trang_thai = 'rut_ho_so' OR trang_thai = 'tra_lai')))";
  std::string sql = "SELECT ma_don_vi, ma_tthc, SUM(" + Count(is_new) + "), SUM(" +
                    Count(is_new + " AND kenh_nop = 'truc_tuyen'") + "), SUM(" +
                    Count(is_new + " AND kenh_nop = 'truc_tiep'") + "), SUM(" +
                    Count(is_new + " AND kenh_nop = 'buu_chinh'") + "), SUM(" + Count("received_day < ?1") +
                    "), SUM(" + Count(on_time) + "), SUM(" +
                    Count(on_time +
                          " AND (danh_gia = 'khong_hai_long' OR EXISTS (SELECT 1 FROM petitions p WHERE "
                          "p.ma_ho_so = d.ma_ho_so))") +
                    "), SUM(" + Count(is_new + " AND phi_le_phi > 0") + "), SUM(" +
                    Count(is_new + " AND phi_le_phi > 0 AND hinh_thuc_thanh_toan = 'truc_tuyen'") + ")";
  for (const char* column : kDossierFactColumns) {
    sql += ", SUM(" + Count(is_new + " AND " + column + " IS NOT NULL") + "), SUM(" +
           Count(is_new + " AND " + column + " = 1") + ")";
  }
  sql += " FROM dossiers d WHERE received_day <= ?2 AND (finished_day IS NULL OR finished_day >= ?1) "
         "GROUP BY ma_don_vi, ma_tthc ORDER BY ma_don_vi, ma_tthc";
  auto q = db.connection().Prepare(sql);
  BindAll(*q, from, to);
  while (q->Step()) {
    DossierFlowFacts f;
    f.ma_don_vi = q->GetString(0);
    f.ma_tthc = q->GetString(1);
    f.new_total = q->GetInt(2);
    f.new_online = q->GetInt(3);
    f.new_direct = q->GetInt(4);
    f.new_postal = q->GetInt(5);
    f.carried = q->GetInt(6);
    f.on_time = q->GetInt(7);
    f.on_time_dissatisfied = q->GetInt(8);
    f.financial = q->GetInt(9);
    f.paid_online = q->GetInt(10);
    for (int i = 0; i < kDossierFactCount; ++i) {
      const auto at = static_cast<size_t>(i);
      f.known[at] = q->GetInt(11 + 2 * i);
      f.yes[at] = q->GetInt(12 + 2 * i);
    }
    facts.flows.push_back(std::move(f));
  }
}

void ReadEverReceived(Database& db, int to, ScorecardFacts& facts) {
  auto q = db.connection().Prepare("SELECT DISTINCT ma_don_vi, ma_tthc FROM dossiers WHERE received_day <= ?1");
  BindAll(*q, to);
  while (q->Step()) facts.ever_received.emplace(q->GetString(0), q->GetString(1));
}

void ReadFactsCarried(Database& db, int to, ScorecardFacts& facts) {
  std::string sql = "SELECT ma_don_vi";
  for (const char* column : kDossierFactColumns) sql += ", MAX(" + Count(std::string(column) + " IS NOT NULL") + ")";
  sql += " FROM dossiers WHERE received_day <= ?1 GROUP BY ma_don_vi";
  auto q = db.connection().Prepare(sql);
  BindAll(*q, to);
  while (q->Step()) {
    auto& carried = facts.facts_carried[q->GetString(0)];
    for (int i = 0; i < kDossierFactCount; ++i) carried[static_cast<size_t>(i)] = q->GetInt(1 + i) != 0;
  }
}

void ReadProcedures(Database& db, ScorecardFacts& facts) {
  auto q = db.connection().Prepare(
      "SELECT ma_tthc, muc_do_dvc, co_phi, ngay_quyet_dinh_cong_bo, ngay_hieu_luc, "
      "ngay_cong_khai, cong_khai_day_du, ket_noi_du_lieu_dan_cu FROM procedures ORDER BY ma_tthc");
  while (q->Step()) {
    ProcedureFacts p;
    p.ma_tthc = q->GetString(0);
    p.muc_do_dvc = q->GetString(1);
    p.co_phi = q->GetInt(2) != 0;
    p.ngay_quyet_dinh_cong_bo = OptionalInt(*q, 3);
    p.ngay_hieu_luc = OptionalInt(*q, 4);
    p.ngay_cong_khai = OptionalInt(*q, 5);
    p.cong_khai_day_du = OptionalBool(*q, 6);
    p.ket_noi_du_lieu_dan_cu = OptionalBool(*q, 7);
    facts.procedures.push_back(std::move(p));
  }
}

void ReadPetitions(Database& db, int from, int to, ScorecardFacts& facts) {
  auto q = db.connection().Prepare("SELECT ma_don_vi, COUNT(*), SUM(" + Count("handled_day <= due_day") + "), SUM(" +
                                   Count("danh_gia IS NOT NULL") + "), SUM(" +
                                   Count("danh_gia = 'rat_hai_long' OR danh_gia = 'hai_long'") +
                                   ") FROM petitions WHERE handled_day BETWEEN ?1 AND ?2 GROUP BY ma_don_vi");
  BindAll(*q, from, to);
  while (q->Step()) {
    PetitionFacts& p = facts.petitions[q->GetString(0)];
    p.handled = q->GetInt(1);
    p.on_time = q->GetInt(2);
    p.rated = q->GetInt(3);
    p.satisfied = q->GetInt(4);
  }
}

void ReadPetitionReporters(Database& db, const std::vector<std::string>& export_months,
                           ScorecardFacts& facts) {
  auto q = db.connection().Prepare("SELECT DISTINCT ma_don_vi FROM unit_reports WHERE kind = 'petitions' AND period = ?1");
  for (const auto& month : export_months) {
    q->Reset();
    BindAll(*q, month);
    while (q->Step()) facts.petition_reporters.insert(q->GetString(0));
  }
}

}  // namespace

ScorecardFacts LoadScorecardFacts(Database& db, int from, int to,
                                  const std::vector<std::string>& export_months) {
  ScorecardFacts facts;
  ReadFlows(db, from, to, facts);
  ReadEverReceived(db, to, facts);
  ReadFactsCarried(db, to, facts);
  ReadProcedures(db, facts);
  ReadPetitions(db, from, to, facts);
  ReadPetitionReporters(db, export_months, facts);
  return facts;
}

}  // namespace baocao
