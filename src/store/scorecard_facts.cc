#include "store/scorecard_facts.h"

#include <SQLiteCpp/Statement.h>

namespace baocao {
namespace {

std::optional<int> OptionalInt(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt();
}

std::optional<bool> OptionalBool(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt() != 0;
}

void ReadFlows(Database& db, int from, int to, ScorecardFacts& facts) {
  // ?1 = from, ?2 = to. A dossier is in the period's flow when received on or before `to` and not
  // finished before `from` (SPEC §4).
  const std::string is_new = "(received_day >= ?1)";
  const std::string on_time =
      "(((finished_day IS NULL OR finished_day > ?2) AND due_day >= ?2) OR "
      "(finished_day BETWEEN ?1 AND ?2 AND ((trang_thai = 'da_tra_ket_qua' AND finished_day <= due_day) "
      "OR trang_thai = 'rut_ho_so' OR trang_thai = 'tra_lai')))";
  std::string sql = "SELECT ma_don_vi, ma_tthc, SUM(" + is_new + "), SUM(" + is_new +
                    " AND kenh_nop = 'truc_tuyen'), SUM(" + is_new + " AND kenh_nop = 'truc_tiep'), SUM(" +
                    is_new + " AND kenh_nop = 'buu_chinh'), SUM(received_day < ?1), SUM(" + on_time +
                    "), SUM(" + on_time +
                    " AND (danh_gia = 'khong_hai_long' OR EXISTS (SELECT 1 FROM petitions p WHERE "
                    "p.ma_ho_so = d.ma_ho_so))), SUM(" +
                    is_new + " AND phi_le_phi > 0), SUM(" + is_new +
                    " AND phi_le_phi > 0 AND hinh_thuc_thanh_toan = 'truc_tuyen')";
  for (const char* column : kDossierFactColumns) {
    sql += ", SUM(" + is_new + " AND " + column + " IS NOT NULL), SUM(" + is_new + " AND " + column +
           " = 1)";
  }
  sql += " FROM dossiers d WHERE received_day <= ?2 AND (finished_day IS NULL OR finished_day >= ?1) "
         "GROUP BY ma_don_vi, ma_tthc ORDER BY ma_don_vi, ma_tthc";
  SQLite::Statement q(db.sql(), sql);
  q.bind(1, from);
  q.bind(2, to);
  while (q.executeStep()) {
    DossierFlowFacts f;
    f.ma_don_vi = q.getColumn(0).getString();
    f.ma_tthc = q.getColumn(1).getString();
    f.new_total = q.getColumn(2).getInt64();
    f.new_online = q.getColumn(3).getInt64();
    f.new_direct = q.getColumn(4).getInt64();
    f.new_postal = q.getColumn(5).getInt64();
    f.carried = q.getColumn(6).getInt64();
    f.on_time = q.getColumn(7).getInt64();
    f.on_time_dissatisfied = q.getColumn(8).getInt64();
    f.financial = q.getColumn(9).getInt64();
    f.paid_online = q.getColumn(10).getInt64();
    for (int i = 0; i < kDossierFactCount; ++i) {
      const auto at = static_cast<size_t>(i);
      f.known[at] = q.getColumn(11 + 2 * i).getInt64();
      f.yes[at] = q.getColumn(12 + 2 * i).getInt64();
    }
    facts.flows.push_back(std::move(f));
  }
}

void ReadEverReceived(Database& db, int to, ScorecardFacts& facts) {
  SQLite::Statement q(db.sql(), "SELECT DISTINCT ma_don_vi, ma_tthc FROM dossiers WHERE received_day <= ?1");
  q.bind(1, to);
  while (q.executeStep()) facts.ever_received.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
}

void ReadFactsCarried(Database& db, int to, ScorecardFacts& facts) {
  std::string sql = "SELECT ma_don_vi";
  for (const char* column : kDossierFactColumns) sql += std::string(", MAX(") + column + " IS NOT NULL)";
  sql += " FROM dossiers WHERE received_day <= ?1 GROUP BY ma_don_vi";
  SQLite::Statement q(db.sql(), sql);
  q.bind(1, to);
  while (q.executeStep()) {
    auto& carried = facts.facts_carried[q.getColumn(0).getString()];
    for (int i = 0; i < kDossierFactCount; ++i) carried[static_cast<size_t>(i)] = q.getColumn(1 + i).getInt() != 0;
  }
}

void ReadProcedures(Database& db, ScorecardFacts& facts) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_tthc, muc_do_dvc, co_phi, ngay_quyet_dinh_cong_bo, ngay_hieu_luc, "
                      "ngay_cong_khai, cong_khai_day_du, ket_noi_du_lieu_dan_cu FROM procedures ORDER BY ma_tthc");
  while (q.executeStep()) {
    ProcedureFacts p;
    p.ma_tthc = q.getColumn(0).getString();
    p.muc_do_dvc = q.getColumn(1).getString();
    p.co_phi = q.getColumn(2).getInt() != 0;
    p.ngay_quyet_dinh_cong_bo = OptionalInt(q.getColumn(3));
    p.ngay_hieu_luc = OptionalInt(q.getColumn(4));
    p.ngay_cong_khai = OptionalInt(q.getColumn(5));
    p.cong_khai_day_du = OptionalBool(q.getColumn(6));
    p.ket_noi_du_lieu_dan_cu = OptionalBool(q.getColumn(7));
    facts.procedures.push_back(std::move(p));
  }
}

void ReadPetitions(Database& db, int from, int to, ScorecardFacts& facts) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, COUNT(*), SUM(handled_day <= due_day), SUM(danh_gia IS NOT NULL), "
                      "SUM(danh_gia = 'rat_hai_long' OR danh_gia = 'hai_long') FROM petitions "
                      "WHERE handled_day BETWEEN ?1 AND ?2 GROUP BY ma_don_vi");
  q.bind(1, from);
  q.bind(2, to);
  while (q.executeStep()) {
    PetitionFacts& p = facts.petitions[q.getColumn(0).getString()];
    p.handled = q.getColumn(1).getInt64();
    p.on_time = q.getColumn(2).getInt64();
    p.rated = q.getColumn(3).getInt64();
    p.satisfied = q.getColumn(4).getInt64();
  }
}

void ReadPetitionReporters(Database& db, const std::vector<std::string>& export_months,
                           ScorecardFacts& facts) {
  SQLite::Statement q(db.sql(),
                      "SELECT DISTINCT ma_don_vi FROM unit_reports WHERE kind = 'petitions' AND period = ?1");
  for (const auto& month : export_months) {
    q.reset();
    q.bind(1, month);
    while (q.executeStep()) facts.petition_reporters.insert(q.getColumn(0).getString());
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
