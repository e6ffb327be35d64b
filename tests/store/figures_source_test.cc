#include "store/backend_database.h"
#include "store/figures_source.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "store/database.h"
#include "store/sqlite_connection.h"
#include "test_support.h"

namespace baocao {
namespace {

void Exec(Database& db, const std::string& sql) { db.connection().ExecuteScript(sql); }

TEST_CASE("Dossiers of a period are streamed: received by its end, not finished before its start", "[store][figures]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  // received_day, due_day, finished_day: the period is days 100..130.
  Exec(db,
       "INSERT INTO dossiers (ma_ho_so, ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day, "
       "finished_at, finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, danh_gia, export_month, "
       "submission_id, source_row) VALUES "
       "('A', 'T1', 'H01.01', 'truc_tuyen', 'x', 90, 'x', 95, NULL, NULL, 'dang_xu_ly', 0, NULL, NULL, '2023-05', 1, 2),"
       "('B', 'T2', 'H01.02', 'truc_tiep', 'x', 120, 'x', 125, 'x', 128, 'da_tra_ket_qua', 50000, 'truc_tuyen', "
       "'hai_long', '2023-05', 1, 3),"
       "('C', 'T1', 'H01.01', 'truc_tiep', 'x', 80, 'x', 85, 'x', 99, 'da_tra_ket_qua', 0, NULL, NULL, '2023-04', 1, 4),"
       "('D', 'T1', 'H01.01', 'buu_chinh', 'x', 131, 'x', 140, NULL, NULL, 'dang_xu_ly', 0, NULL, NULL, '2023-06', 1, 5),"
       "('E', 'T3', 'H01', 'truc_tuyen', 'x', 70, 'x', 75, 'x', 100, 'tra_lai', 0, NULL, NULL, '2023-05', 1, 6)");
  std::vector<std::string> seen;
  ForEachDossierInDays(db, 100, 130, [&](int, const DossierFactsRow& d) {
    seen.push_back(std::string(d.ma_don_vi) + "|" + std::to_string(d.received_day) + "|" + std::to_string(d.due_day) +
                   "|" + (d.finished ? std::to_string(d.finished_day) : "-") + "|" + std::string(d.kenh_nop) + "|" +
                   std::string(d.trang_thai) + "|" + std::to_string(d.phi_le_phi) + "|" +
                   std::string(d.hinh_thuc_thanh_toan) + "|" + std::string(d.danh_gia) + "|" + std::string(d.ma_tthc));
  });
  std::sort(seen.begin(), seen.end());  // in no particular order
  CHECK(seen == std::vector<std::string>{
                    "H01.01|90|95|-|truc_tuyen|dang_xu_ly|0|||T1",
                    "H01.02|120|125|128|truc_tiep|da_tra_ket_qua|50000|truc_tuyen|hai_long|T2",
                    "H01|70|75|100|truc_tuyen|tra_lai|0|||T3",
                });
}

std::string Describe(const DossierFactsRow& d) {
  return std::string(d.ma_don_vi) + "|" + std::to_string(d.received_day) + "|" + std::to_string(d.due_day) + "|" +
         (d.finished ? std::to_string(d.finished_day) : "-") + "|" + std::string(d.kenh_nop) + "|" +
         std::string(d.trang_thai) + "|" + std::to_string(d.phi_le_phi) + "|" + std::string(d.hinh_thuc_thanh_toan) +
         "|" + std::string(d.danh_gia) + "|" + std::string(d.ma_tthc);
}

// `count` random dossiers in a SQLite file; returns how many are in the flow of days [from, to].
int64_t FillRandomDossiers(Database& db, int count, int from, int to) {
  std::mt19937 random(20261201);
  const char* units[] = {"H01", "H01.X0001", "000.00.12.H01-phường Hòa Bình", "S01"};
  const char* channels[] = {"truc_tuyen", "truc_tiep", "buu_chinh"};
  const char* ratings[] = {"rat_hai_long", "hai_long", "khong_hai_long"};
  auto insert = db.connection().Prepare(
      "INSERT INTO dossiers (ma_ho_so, ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day, "
      "finished_at, finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, danh_gia, export_month, "
      "submission_id, source_row) VALUES (?, ?, ?, ?, 'x', ?, 'x', ?, ?, ?, ?, ?, ?, ?, '2023-05', 1, 2)");
  int64_t in_flow = 0;
  db.connection().BeginWrite();
  for (int i = 0; i < count; ++i) {
    const int received = static_cast<int>(random() % 200);
    const bool finished = random() % 3 != 0;
    const int finished_day = received + static_cast<int>(random() % 40);
    // Texts are bound without a copy: each lives until the row is written.
    const std::string code = "HS-" + std::to_string(i);
    const std::string procedure = "1." + std::string(1 + random() % 30, '0');
    const char* unit = units[random() % 4];
    const char* channel = channels[random() % 3];
    const std::optional<std::string> finished_text = finished ? std::optional<std::string>("x") : std::nullopt;
    const int64_t fee = static_cast<int64_t>(random() % 3) * 25000;
    const bool paid_online = random() % 2 == 0;
    const std::optional<std::string> payment = paid_online ? std::optional<std::string>("truc_tuyen") : std::nullopt;
    const std::optional<std::string> rating =
        paid_online ? std::optional<std::string>(ratings[random() % 3]) : std::nullopt;
    BindAll(*insert, code, procedure, unit, channel, received, received + 5, finished_text, std::nullopt,
            finished ? "da_tra_ket_qua" : "dang_xu_ly", fee, payment, rating);
    if (finished) insert->BindInt(8, finished_day);
    insert->Execute();
    if (received <= to && (!finished || finished_day >= from)) ++in_flow;
  }
  db.connection().Commit();
  return in_flow;
}

// The rows of every part (each part's vector written by its own thread), together and sorted.
std::vector<std::string> ReadAll(Database& db, int from, int to, const DossierScanSplit& split, int& pieces) {
  std::vector<std::vector<std::string>> of_part(static_cast<size_t>(DossierParts(split)));
  const auto add = [&](int part, const DossierFactsRow& d) {
    of_part.at(static_cast<size_t>(part)).push_back(Describe(d));
  };
  pieces = ForEachDossierInDays(db, from, to, add, split);
  std::vector<std::string> rows;
  for (const auto& part : of_part) rows.insert(rows.end(), part.begin(), part.end());
  std::sort(rows.begin(), rows.end());
  return rows;
}

// Waits (up to 10 s) until `rows` is not 0: part 0 holds its chunk while the other parts read.
bool WaitFor(const std::atomic<int>& rows) {
  for (int i = 0; i < 10000 && rows.load() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return rows.load() > 0;
}

TEST_CASE("A large SQLite file's dossiers are read in parts at once: the same rows as one query",
          "[store][figures]") {
  test::TempDir dir;
  Database db(dir.File("split.db"));
  const int64_t in_flow = FillRandomDossiers(db, 5000, 60, 120);
  int pieces = 0;
  const auto whole = ReadAll(db, 60, 120, {1, 1, 1}, pieces);
  CHECK(pieces == 1);
  CHECK(static_cast<int64_t>(whole.size()) == in_flow);
  for (int parts : {2, 3, 7}) {
    for (int64_t chunk : {1, 100, 16384}) {
      CHECK(ReadAll(db, 60, 120, {parts, 1, chunk}, pieces) == whole);
      CHECK(pieces == parts);
    }
  }
  // Each part waits on its first row until the other has read one (neither can take every chunk
  // while the other is not yet scheduled): both parts have rows, and together they are every row once.
  std::vector<std::string> first, second;
  std::atomic<int> first_rows{0}, second_rows{0};
  bool waited = false, second_waited = false;
  ForEachDossierInDays(
      db, 60, 120,
      [&](int part, const DossierFactsRow& d) {
        if (part == 0) {
          ++first_rows;
          if (!waited) waited = WaitFor(second_rows);
          first.push_back(Describe(d));
        } else {
          ++second_rows;
          if (!second_waited) second_waited = WaitFor(first_rows);
          second.push_back(Describe(d));
        }
      },
      {2, 1, 50});
  CHECK(waited);
  CHECK(second_waited);
  CHECK(!first.empty());
  CHECK(!second.empty());
  first.insert(first.end(), second.begin(), second.end());
  std::sort(first.begin(), first.end());
  CHECK(first == whole);
  // No part under min_rows_per_part rows: fewer parts than cores, or one query.
  CHECK(ReadAll(db, 60, 120, {2, 2501, 100}, pieces) == whole);
  CHECK(pieces == 1);
  CHECK(ReadAll(db, 60, 120, {2, 2500, 100}, pieces) == whole);
  CHECK(pieces == 2);
  CHECK(ReadAll(db, 60, 120, {8, 1600, 100}, pieces) == whole);
  CHECK(pieces == 3);
}

TEST_CASE("A split read of the backend's database: PostgreSQL's in pages at once, the rows of one query",
          "[store][figures]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  const int64_t in_flow = FillRandomDossiers(db, 3000, 60, 120);
  if (test::TestingPostgres()) db.connection().ExecuteScript("ANALYZE dossiers");  // the row estimate
  int pieces = 0;
  const auto whole = ReadAll(db, 60, 120, {1, 1, 1}, pieces);
  CHECK(static_cast<int64_t>(whole.size()) == in_flow);
  for (int parts : {2, 3}) {
    CHECK(ReadAll(db, 60, 120, {parts, 1, 1}, pieces) == whole);
    CHECK(pieces == (test::TestingPostgres() ? parts : 1));  // SQLite in memory: one query
  }
}

TEST_CASE("A split read while a writer holds the lock is one query of what is committed", "[store][figures]") {
  test::TempDir dir;
  Database db(dir.File("split.db"));
  FillRandomDossiers(db, 3000, 0, 400);
  SqliteConnection writer(dir.File("split.db"), /*create=*/false);
  writer.BeginWrite();
  writer.ExecuteScript("DELETE FROM dossiers WHERE rowid > 1000");  // not committed
  int pieces = 0;
  CHECK(ReadAll(db, 0, 400, {2, 1, 100}, pieces).size() == 3000);
  CHECK(pieces == 1);
  writer.Rollback();
  CHECK(ReadAll(db, 0, 400, {2, 1, 100}, pieces).size() == 3000);
  CHECK(pieces == 2);
}

TEST_CASE("A part that throws stops a split read: the first error reaches the caller once every part ended",
          "[store][figures]") {
  test::TempDir dir;
  Database db(dir.File("split.db"));
  FillRandomDossiers(db, 6000, 0, 400);
  for (int thrower : {0, 1}) {
    std::atomic<int> second_rows{0};
    std::atomic<bool> thrown{false};
    const std::string message = "dừng ở phần " + std::to_string(thrower);
    CHECK_THROWS_WITH(ForEachDossierInDays(
                          db, 0, 400,
                          [&](int part, const DossierFactsRow&) {
                            if (part == 1) {
                              ++second_rows;
                              if (thrower == 1 && !thrown.exchange(true)) throw std::runtime_error(message);
                              return;
                            }
                            WaitFor(second_rows);  // part 1 is reading (or has thrown)
                            if (thrower == 0 && !thrown.exchange(true)) throw std::runtime_error(message);
                          },
                          {2, 1, 50}),
                      message);
    CHECK(thrown);
  }
  int pieces = 0;
  CHECK(ReadAll(db, 0, 400, {2, 1, 100}, pieces).size() == 6000);
  CHECK(pieces == 2);
}

TEST_CASE("Discipline of two day ranges and evaluations of two years are streamed", "[store][figures]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  Exec(db,
       "INSERT INTO discipline (so_quyet_dinh, ma_don_vi, decided_on, decided_day, doi_tuong, hinh_thuc, "
       "submission_id, source_row) VALUES "
       "('Q1', 'H01.01', 'x', 105, 'can_bo', 'khien_trach', 1, 2),"
       "('Q2', 'H01.02', 'x', 200, 'cong_chuc', 'canh_cao', 1, 3),"
       "('Q3', 'H01.01', 'x', 10, 'vien_chuc', 'buoc_thoi_viec', 1, 4)");
  std::vector<std::string> decisions;
  ForEachDisciplineInDays(db, 100, 130, 0, 20, [&](const DisciplineFactsRow& d) {
    decisions.push_back(std::string(d.ma_don_vi) + "|" + std::string(d.hinh_thuc) + "|" + std::to_string(d.decided_day));
  });
  CHECK(decisions == std::vector<std::string>{"H01.01|khien_trach|105", "H01.01|buoc_thoi_viec|10"});

  Exec(db,
       "INSERT INTO evaluations (ma_don_vi, nam, doi_tuong, hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, "
       "khong_hoan_thanh, submission_id, source_row) VALUES "
       "('H01.01', 2023, 'can_bo', 1, 2, 3, 4, 1, 2),"
       "('H01.01', 2022, 'cong_chuc', 5, 6, 7, 8, 1, 3),"
       "('H01.02', 2021, 'can_bo', 9, 9, 9, 9, 1, 4)");
  std::vector<std::string> evaluations;
  ForEachEvaluationOfYears(db, 2023, 2022, [&](const EvaluationFactsRow& e) {
    evaluations.push_back(std::string(e.ma_don_vi) + "|" + std::to_string(e.nam) + "|" + std::string(e.doi_tuong) +
                          "|" + std::to_string(e.hoan_thanh_xuat_sac) + "|" + std::to_string(e.hoan_thanh_tot) + "|" +
                          std::to_string(e.hoan_thanh) + "|" + std::to_string(e.khong_hoan_thanh));
  });
  CHECK(evaluations == std::vector<std::string>{"H01.01|2023|can_bo|1|2|3|4", "H01.01|2022|cong_chuc|5|6|7|8"});
}

TEST_CASE("Procedures: fields in file order and the catalog's counts", "[store][figures]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  CHECK(CountProcedures(db).total == 0);
  Exec(db,
       "INSERT INTO procedures (ma_tthc, ten_tthc, linh_vuc, muc_do_dvc, co_phi, thanh_toan_truc_tuyen) VALUES "
       "('T9', 'a', 'Đất đai', 'toan_trinh', 1, 1),"
       "('T1', 'b', 'Hộ tịch', 'mot_phan', 1, 0),"
       "('T5', 'c', 'Đất đai', 'khong', 0, 0)");
  CHECK(ProcedureFields(db) == std::vector<std::pair<std::string, std::string>>{
                                   {"T9", "Đất đai"}, {"T1", "Hộ tịch"}, {"T5", "Đất đai"}});
  const ProcedureCounts c = CountProcedures(db);
  CHECK(c.total == 3);
  CHECK(c.full_online == 1);
  CHECK(c.partial_online == 1);
  CHECK(c.fee == 2);
  CHECK(c.fee_online == 1);
}

}  // namespace
}  // namespace baocao
