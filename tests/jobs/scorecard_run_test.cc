// The monthly job and chi_so_766: the run for cut-off month M publishes the scorecard of calendar
// month M-1 (the last one complete on the run's day), inside the same all-or-nothing publish.
#include <catch2/catch.hpp>

#include <sstream>

#include "jobs/job_fixture.h"
#include "jobs/job_run.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

TEST_CASE("chi_so_766 in a run covers the previous calendar period of the run's", "[run]") {
  CHECK(FormPeriod("chi_so_766", ParsePeriod("2023-05")).TitleWithDates() ==
        "Tháng 4/2023 (Từ ngày 01/04/2023 đến ngày 30/04/2023)");
  CHECK(FormPeriod("chi_so_766", ParsePeriod("2023-01")).Label() == "2022-12-cal");
  CHECK(FormPeriod("chi_so_766", ParsePeriod("2023")).Label() == "2022-cal");
  CHECK(FormPeriod("tthc", ParsePeriod("2023-05")).Label() == "2023-05");
}

TEST_CASE("a monthly run publishes chi_so_766 for the previous calendar month in the period's folder", "[run]") {
  test::JobProject project;
  Job job = test::MonthlyJob(project);
  job.forms = {"tthc", "chi_so_766"};
  job.formats = {Format::kJson};
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  Database db(project.db());
  FixedClock clock{DateTime{Date::FromYmd(2023, 5, 15), 6 * 3600}};
  RunOptions options;
  options.clock = &clock;
  std::vector<std::string> periods;
  options.compute = [&periods](Database& d, const std::string& form, const Period& period, const std::string& root) {
    periods.push_back(form + " " + period.Label());
    return SharedFiguresCompute(Job{})(d, form, period, root);
  };
  const RunResult result = RunJob(db, job, options);
  CHECK(periods == std::vector<std::string>{"tthc 2023-05", "chi_so_766 2023-04-cal"});
  CHECK(result.folder == project.output() + "/2023-05");
  CHECK(test::Names(result.folder) ==
        std::vector<std::string>{"chi_so_766_T17_2023-04-cal.json", "tom_tat_2023-05.txt", "tthc_T17_2023-05.json"});
  const std::string json = test::ReadFile(result.folder + "/chi_so_766_T17_2023-04-cal.json");
  CHECK(json.find("\"period\": {\"label\": \"2023-04-cal\", \"title\": \"Tháng 4/2023\"") != std::string::npos);
}

}  // namespace
}  // namespace baocao
