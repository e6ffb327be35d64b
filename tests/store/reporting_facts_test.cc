#include "store/backend_database.h"
#include "store/reporting_facts.h"

#include <catch2/catch.hpp>

#include "store/database.h"

namespace baocao {
namespace {

// Submissions 1..4 and who they reported.
void Fill(Database& db) {
  db.connection().ExecuteScript(
      "INSERT INTO submissions (id, kind, ma_don_vi, period, file_name, sha256, submitted_at, mode, rows_total, "
      "rows_accepted, rows_rejected, rows_superseded, warnings, dropped_columns) VALUES "
      "(1, 'dossiers', 'H01.01', '2023-05', 'b.csv', 's1', '2023-06-02 08:00:00', 'strict', 2, 2, 0, 0, 0, ''),"
      "(2, 'dossiers', 'H01.01', '2023-05', 'a.csv', 's2', '2023-06-01 08:00:00', 'strict', 0, 0, 0, 0, 0, ''),"
      "(3, 'evaluations', 'H01', '2023', 'e.csv', 's3', '2023-12-01 08:00:00', 'strict', 2, 2, 0, 0, 0, ''),"
      "(4, 'discipline', NULL, NULL, 'k.csv', 's4', '2023-12-02 08:00:00', 'strict', 1, 1, 0, 0, 0, '')");
  db.connection().ExecuteScript(
      "INSERT INTO unit_reports (ma_don_vi, period, kind, submission_id, rows) VALUES "
      "('H01.01', '2023-05', 'dossiers', 1, 1), ('H01.01.02', '2023-05', 'dossiers', 1, 1),"
      "('H01.01', '2023-05', 'dossiers', 2, 0), ('H01.02', '2023-04', 'dossiers', 2, 0),"
      "('H01', '2023', 'evaluations', 3, 0), ('H01.03', '2023', 'evaluations', 3, 1),"
      "('H01.03', '2022', 'evaluations', 3, 1), ('H01.04', '2022', 'discipline', 4, 1)");
}

TEST_CASE("Who reported which months and years, and who has records of their own", "[store][reporting]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  Fill(db);
  CHECK(DossierMonthsReported(db) ==
        UnitPeriods{{"H01.01", "2023-05"}, {"H01.01.02", "2023-05"}, {"H01.02", "2023-04"}});
  // Submission 3 names 2023: its row of 2022 does not report 2022; submission 4 names no year.
  CHECK(PeopleYearsReported(db) == UnitPeriods{{"H01", "2023"}, {"H01.03", "2023"}, {"H01.04", "2022"}});
  CHECK(PeopleSubmitters(db, "2023") == std::set<std::string>{"H01"});
  CHECK(PeopleSubmitters(db, "2022").empty());
  CHECK(UnitsWithOwnDossiers(db) == std::set<std::string>{"H01.01", "H01.01.02"});
  CHECK(UnitsWithOwnPeopleRecords(db) == std::set<std::string>{"H01.03", "H01.04"});
}

TEST_CASE("The dossiers submissions of a month, oldest first", "[store][reporting]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  Fill(db);
  const auto reports = DossierReportsOfMonth(db, "2023-05");
  REQUIRE(reports.size() == 3);
  CHECK(reports[0].unit == "H01.01");
  CHECK(reports[0].submitted_at == "2023-06-01 08:00:00");
  CHECK(reports[0].file_name == "a.csv");
  CHECK(reports[0].submission_id == 2);
  CHECK(reports[1].submission_id == 1);
  CHECK(reports[2].submission_id == 1);
  CHECK(reports[1].unit + reports[2].unit == "H01.01H01.01.02");
  CHECK(DossierReportsOfMonth(db, "2023-06").empty());
}

}  // namespace
}  // namespace baocao
