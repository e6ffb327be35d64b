#include "store/scorecard_facts.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "store/backend_database.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

void Exec(Database& db, const std::string& sql) { db.connection().ExecuteScript(sql); }

// The SQL the dossier facts were read with before issue 15 (three GROUP BYs and a correlated
// petitions look-up per row), kept as the oracle of the one-pass scan.
std::string Count(const std::string& condition) { return "CASE WHEN " + condition + " THEN 1 ELSE 0 END"; }

ScorecardFacts OracleFacts(Database& db, int from, int to) {
  ScorecardFacts facts;
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
    for (size_t i = 0; i < kDossierFactCount; ++i) {
      f.known[i] = q->GetInt(11 + 2 * static_cast<int>(i));
      f.yes[i] = q->GetInt(12 + 2 * static_cast<int>(i));
    }
    facts.flows.push_back(std::move(f));
  }
  auto ever = db.connection().Prepare("SELECT DISTINCT ma_don_vi, ma_tthc FROM dossiers WHERE received_day <= ?1");
  BindAll(*ever, to);
  while (ever->Step()) facts.ever_received.emplace(ever->GetString(0), ever->GetString(1));
  std::string carried_sql = "SELECT ma_don_vi";
  for (const char* column : kDossierFactColumns) carried_sql += ", MAX(" + Count(std::string(column) + " IS NOT NULL") + ")";
  carried_sql += " FROM dossiers WHERE received_day <= ?1 GROUP BY ma_don_vi";
  auto carried = db.connection().Prepare(carried_sql);
  BindAll(*carried, to);
  while (carried->Step()) {
    auto& c = facts.facts_carried[carried->GetString(0)];
    for (size_t i = 0; i < kDossierFactCount; ++i) c[i] = carried->GetInt(1 + static_cast<int>(i)) != 0;
  }
  return facts;
}

std::vector<std::string> FlowLines(const ScorecardFacts& facts) {
  std::vector<std::string> lines;
  for (const auto& f : facts.flows) {
    std::string line = f.ma_don_vi + "|" + f.ma_tthc;
    for (int64_t v : {f.new_total, f.new_online, f.new_direct, f.new_postal, f.carried, f.on_time,
                      f.on_time_dissatisfied, f.financial, f.paid_online})
      line += "|" + std::to_string(v);
    for (size_t i = 0; i < kDossierFactCount; ++i) line += "|" + std::to_string(f.known[i]) + "/" + std::to_string(f.yes[i]);
    lines.push_back(line);
  }
  return lines;
}

const char* kDossierColumns =
    "INSERT INTO dossiers (ma_ho_so, ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day, "
    "finished_at, finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, danh_gia, export_month, "
    "submission_id, source_row, dong_bo_dvcqg, ket_qua_dien_tu, so_hoa_thanh_phan, tai_su_dung_du_lieu, "
    "dong_bo_kho_ca_nhan, du_lieu_dan_cu, ban_sao_dien_tu) VALUES ";

TEST_CASE("Scorecard facts of a period: flows, procedures ever received, facts carried", "[store][scorecard]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  // The period is days 100..130.
  Exec(db, std::string(kDossierColumns) +
               // carried over (received 90), pending at 130 with due 140: on time; a petition names it
               "('H01.01-1', 'T1', 'H01.01', 'truc_tuyen', 'x', 90, 'x', 140, NULL, NULL, 'dang_xu_ly', 0, NULL, "
               "NULL, '2023-05', 1, 2, 1, NULL, NULL, NULL, NULL, NULL, NULL),"
               // new, finished late (due 110, finished 120): not on time; a fee paid online
               "('H01.01-2', 'T1', 'H01.01', 'truc_tiep', 'x', 101, 'x', 110, 'x', 120, 'da_tra_ket_qua', 5000, "
               "'truc_tuyen', 'hai_long', '2023-05', 1, 3, 0, 1, NULL, NULL, NULL, NULL, NULL),"
               // finished before the period: only in ever_received and facts carried
               "('H01.01-3', 'T2', 'H01.01', 'buu_chinh', 'x', 50, 'x', 60, 'x', 99, 'da_tra_ket_qua', 0, NULL, "
               "NULL, '2023-04', 1, 4, NULL, NULL, 1, NULL, NULL, NULL, NULL),"
               // received after the period: nowhere
               "('H01.01-4', 'T3', 'H01.01', 'buu_chinh', 'x', 131, 'x', 140, NULL, NULL, 'dang_xu_ly', 0, NULL, "
               "NULL, '2023-06', 1, 5, NULL, NULL, NULL, 1, NULL, NULL, NULL),"
               // new, withdrawn within the period: on time, rated khong_hai_long
               "('H01.02-1', 'T1', 'H01.02', 'buu_chinh', 'x', 105, 'x', 106, 'x', 130, 'rut_ho_so', 100, "
               "'truc_tiep', 'khong_hai_long', '2023-05', 1, 6, NULL, NULL, NULL, NULL, 0, NULL, NULL)");
  Exec(db,
       "INSERT INTO petitions (ma_phan_anh, ma_don_vi, received_at, received_day, due_at, due_day, handled_at, "
       "handled_day, danh_gia, ma_ho_so, export_month, submission_id, source_row) VALUES "
       "('P1', 'H01.01', 'x', 100, 'x', 110, NULL, NULL, NULL, 'H01.01-1', '2023-05', 2, 2),"
       "('P2', 'H01.01', 'x', 100, 'x', 110, NULL, NULL, NULL, NULL, '2023-05', 2, 3)");
  const ScorecardFacts facts = LoadScorecardFacts(db, 100, 130, {});
  CHECK(FlowLines(facts) == std::vector<std::string>{
                                "H01.01|T1|1|0|1|0|1|1|1|1|1|1/0|1/1|0/0|0/0|0/0|0/0|0/0",
                                "H01.02|T1|1|0|0|1|0|1|1|1|0|0/0|0/0|0/0|0/0|1/0|0/0|0/0",
                            });
  CHECK(facts.ever_received == std::set<std::pair<std::string, std::string>>{
                                   {"H01.01", "T1"}, {"H01.01", "T2"}, {"H01.02", "T1"}});
  CHECK(facts.facts_carried == std::map<std::string, std::array<bool, kDossierFactCount>>{
                                   {"H01.01", {true, true, true, false, false, false, false}},
                                   {"H01.02", {false, false, false, false, true, false, false}}});
  CHECK(FlowLines(facts) == FlowLines(OracleFacts(db, 100, 130)));
}

// 600 dossiers over 7 units (interleaved, as exports of several units are) and 5 procedures, with
// every state, channel, rating, fee and fact value, NULLs included; petitions naming some.
void FillMany(Database& db) {
  uint32_t seed = 12345;
  const auto next = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) % n;
  };
  const char* units[] = {"H01", "H01.01", "H01.02", "H01.02.01", "S01", "S02", "H01.01\xc3\xa1"};
  const char* channels[] = {"truc_tuyen", "truc_tiep", "buu_chinh"};
  const char* states[] = {"dang_xu_ly", "da_tra_ket_qua", "rut_ho_so", "tra_lai"};
  const char* ratings[] = {"NULL", "'rat_hai_long'", "'hai_long'", "'khong_hai_long'"};
  const char* payments[] = {"NULL", "'truc_tuyen'", "'truc_tiep'"};
  const char* facts_values[] = {"NULL", "0", "1"};
  std::string sql = kDossierColumns;
  std::string petitions =
      "INSERT INTO petitions (ma_phan_anh, ma_don_vi, received_at, received_day, due_at, due_day, handled_at, "
      "handled_day, danh_gia, ma_ho_so, export_month, submission_id, source_row) VALUES ";
  for (int i = 0; i < 600; ++i) {
    const std::string unit = units[next(7)];
    const std::string key = unit + "-" + std::to_string(i);
    const int received = 60 + static_cast<int>(next(100));
    const int due = received + static_cast<int>(next(40));
    const bool finished = next(3) != 0;
    const int finished_day = received + static_cast<int>(next(50));
    const std::string state = finished ? states[1 + next(3)] : states[0];
    sql += std::string(i == 0 ? "" : ",") + "('" + key + "', 'T" + std::to_string(next(5)) + "', '" + unit + "', '" +
           channels[next(3)] + "', 'x', " + std::to_string(received) + ", 'x', " + std::to_string(due) + ", " +
           (finished ? "'x', " + std::to_string(finished_day) : "NULL, NULL") + ", '" + state + "', " +
           (next(2) != 0 ? "0" : std::to_string(1000 * (1 + next(5)))) + ", " + payments[next(3)] + ", " +
           ratings[next(4)] + ", '2023-05', 1, " + std::to_string(i + 2);
    for (int f = 0; f < kDossierFactCount; ++f) sql += std::string(", ") + facts_values[next(3)];
    sql += ")";
    if (next(5) == 0)
      petitions += std::string(petitions.back() == ' ' ? "" : ",") + "('P" + std::to_string(i) + "', '" + unit +
                   "', 'x', 100, 'x', 110, NULL, NULL, NULL, '" + key + "', '2023-05', 2, " + std::to_string(i + 2) +
                   ")";
  }
  Exec(db, sql);
  Exec(db, petitions);
}

const std::vector<std::pair<int, int>> kPeriods = {{100, 130}, {60, 90}, {0, 59}, {131, 200}, {95, 95}};

std::vector<ScorecardWindow> Windows() {
  std::vector<ScorecardWindow> windows;
  for (const auto& [from, to] : kPeriods) windows.push_back({from, to, {}});
  return windows;
}

TEST_CASE("Scorecard facts of many dossiers are those of the SQL aggregates they replace", "[store][scorecard]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  FillMany(db);
  // The periods one by one, and all of them from one pass; on PostgreSQL also read in two parts at
  // once (a database in memory is read in one).
  const std::vector<ScorecardFacts> together = LoadScorecardFacts(db, Windows());
  const std::vector<ScorecardFacts> split = LoadScorecardFacts(db, Windows(), {2, 1, 7});
  REQUIRE(together.size() == kPeriods.size());
  REQUIRE(split.size() == kPeriods.size());
  for (size_t i = 0; i < kPeriods.size(); ++i) {
    const auto [from, to] = kPeriods[i];
    INFO("days " << from << ".." << to);
    const ScorecardFacts facts = LoadScorecardFacts(db, from, to, {});
    const ScorecardFacts oracle = OracleFacts(db, from, to);
    CHECK(FlowLines(facts) == FlowLines(oracle));
    CHECK(facts.ever_received == oracle.ever_received);
    CHECK(facts.facts_carried == oracle.facts_carried);
    CHECK(FlowLines(together[i]) == FlowLines(oracle));
    CHECK(together[i].ever_received == oracle.ever_received);
    CHECK(together[i].facts_carried == oracle.facts_carried);
    CHECK(FlowLines(split[i]) == FlowLines(oracle));
    CHECK(split[i].ever_received == oracle.ever_received);
    CHECK(split[i].facts_carried == oracle.facts_carried);
  }
}

TEST_CASE("Scorecard facts of a SQLite file read in parts at once are those of one pass", "[store][scorecard][sqlite]") {
  test::TempDir dir;
  Database db(dir.File("split.db"));
  FillMany(db);
  const std::vector<ScorecardFacts> whole = LoadScorecardFacts(db, Windows(), {1, 1, 1});
  for (const int parts : {2, 3}) {
    for (const int64_t chunk : {1, 50, 16384}) {
      INFO(parts << " parts, chunks of " << chunk << " rows");
      const std::vector<ScorecardFacts> split = LoadScorecardFacts(db, Windows(), {parts, 1, chunk});
      REQUIRE(split.size() == whole.size());
      for (size_t i = 0; i < whole.size(); ++i) {
        CHECK(FlowLines(split[i]) == FlowLines(whole[i]));
        CHECK(split[i].ever_received == whole[i].ever_received);
        CHECK(split[i].facts_carried == whole[i].facts_carried);
      }
    }
  }
  CHECK(FlowLines(whole[0]) == FlowLines(OracleFacts(db, kPeriods[0].first, kPeriods[0].second)));
  CHECK_FALSE(whole[0].flows.empty());
}

}  // namespace
}  // namespace baocao
