// The same hidden data in both backends gives the same documents: the three sample provinces
// (fixtures/sample, fixtures/two_level, fixtures/kiem_tra with its planted faults and an approval)
// are loaded into SQLite and into PostgreSQL, and every form's JSON for every period and root below
// is compared byte for byte. Runs on the PostgreSQL test cluster (tag [postgres]).
#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include "core/period.h"
#include "generators/json_writer.h"
#include "indicators/approval.h"
#include "quality/form_reports.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "store/postgres_test_database.h"

namespace baocao {
namespace {

const std::vector<std::string> kForms{"tthc", "dvc", "ky_luat", "tong_hop", "chi_so_766", "kiem_tra"};

// The form's JSON, or the error's message: both must agree.
std::string Document(Database& db, const std::string& form, const Period& period, const std::string& root,
                     const Date& deadline) {
  try {
    ReportOptions options;
    options.deadline = deadline;
    QualityOptions quality;
    quality.deadline = deadline;
    return ToJson(ComputeFormReport(db, form, period, root, options, quality));
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
}

struct Compared {
  int documents = 0;
  int errors = 0;
};

// Loads the province into an in-memory SQLite database and a fresh PostgreSQL one and compares every
// form's document for every period and root.
Compared CompareBackends(const std::function<void(Database&)>& load, const std::vector<std::string>& periods,
                         const std::vector<std::string>& roots) {
  Database sqlite(":memory:");
  test::PostgresTestDatabase pg_database;
  Database postgres(pg_database.url());
  REQUIRE(postgres.dialect() == SqlDialect::kPostgres);
  load(sqlite);
  load(postgres);
  Compared c;
  for (const std::string& label : periods) {
    const bool calendar = label.size() > 4 && label.substr(label.size() - 4) == "-cal";
    const Period period = ParsePeriod(calendar ? label.substr(0, label.size() - 4) : label, calendar);
    const Date deadline = period.to.AddDays(1);  // timeliness in tong_hop and kiem_tra
    for (const std::string& root : roots)
      for (const std::string& form : kForms) {
        const std::string a = Document(sqlite, form, period, root, deadline);
        const std::string b = Document(postgres, form, period, root, deadline);
        INFO(form << " " << label << " " << (root.empty() ? "province" : root));
        CHECK(a == b);
        ++c.documents;
        if (a.rfind("error: ", 0) == 0) ++c.errors;
      }
  }
  return c;
}

}  // namespace

TEST_CASE("PostgreSQL and SQLite give byte-identical documents for the sample province", "[postgres][backends]") {
  const Compared c = CompareBackends([](Database& db) { test::LoadSampleProvince(db); },
                                     {"2023-04", "2023-05", "2023-06", "2023-Q2", "2023-H1", "2023", "2023-05-cal"},
                                     {"", "H01", "S01", "X0101"});
  CHECK(c.documents == 7 * 4 * 6);
  CHECK(c.errors < c.documents / 4);  // most are real documents, not the same error twice
}

TEST_CASE("PostgreSQL and SQLite give byte-identical documents for the two-level province", "[postgres][backends]") {
  const Compared c = CompareBackends([](Database& db) { test::LoadTwoLevelProvince(db); },
                                     {"2025-09", "2025-10", "2025-11", "2025-Q4", "2025"}, {"", "X01"});
  CHECK(c.documents == 5 * 2 * 6);
  CHECK(c.errors < c.documents / 4);
}

TEST_CASE("PostgreSQL and SQLite give byte-identical documents with faults, re-exports and an approval", "[postgres][backends]") {
  const Compared c = CompareBackends(
      [](Database& db) {
        test::LoadKiemTraProvince(db);
        ApprovePeriod(db, {ParsePeriod("2026-10"), "", "kiem_tra", "2026-11-01 09:00:00"});
        test::SubmitKiemTraFaults(db);
      },
      {"2026-11", "2026-10", "2026-Q4", "2026"}, {"", "X01"});
  CHECK(c.documents == 4 * 2 * 6);
  CHECK(c.errors < c.documents / 4);
}

}  // namespace baocao
