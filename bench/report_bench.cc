// Benchmark: computing reports over a stored province of N dossiers (default 1,000,000, received
// over four cut-off months, 2023-02 to 2023-05). Prints the seconds for
//   - the four forms for the province, each computed from the database as `baocao report` does;
//   - the four forms for every unit of the province (181 subtrees), from one read of the period;
// and the peak memory. Usage: report_bench [N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "indicators/indicators.h"
#include "indicators/indicator_keys.h"
#include "ingest/submission.h"
#include "store/database.h"
#include "support/synthetic_province.h"

namespace {

using Clock = std::chrono::steady_clock;

// The four forms built from the period's figures; chi_so_766 (scores) and kiem_tra (the quality
// check) are built otherwise and have their own benchmarks (province_year_bench times them in a run).
const std::vector<std::string> kFigureForms = {"tthc", "dvc", "ky_luat", "tong_hop"};
double Since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void SubmitOrDie(baocao::Database& db, baocao::SubmissionKind kind, const std::string& file,
                 const std::string& unit = "", const std::string& period = "") {
  baocao::SubmitRequest r;
  r.kind = kind;
  r.file = file;
  if (!unit.empty()) r.unit = unit;
  if (!period.empty()) r.period = period;
  const baocao::Receipt receipt = baocao::Submit(db, r);
  if (!receipt.ok()) {
    std::fprintf(stderr, "%s", receipt.Text().c_str());
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace baocao;
  const long long n = argc > 1 ? std::atoll(argv[1]) : 1000000;
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-report-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  bench::SyntheticProvince province;
  const std::string units = (dir / "units.csv").string();
  const std::string procedures = (dir / "procedures.csv").string();
  const std::string empty = (dir / "empty.csv").string();
  province.WriteUnits(units);
  province.WriteProcedures(procedures);
  province.WriteDossiers(empty, 0, 5, province.LeafUnits(), "", 1);
  Database db((dir / "bench.db").string());
  SubmitOrDie(db, SubmissionKind::kUnits, units);
  SubmitOrDie(db, SubmissionKind::kProcedures, procedures);
  const auto load_start = Clock::now();
  for (int month = 2; month <= 5; ++month) {
    const std::string label = "2023-0" + std::to_string(month);
    const std::string csv = (dir / ("dossiers_" + label + ".csv")).string();
    province.WriteDossiers(csv, n / 4, month, province.LeafUnits(), "M" + std::to_string(month) + "-", month);
    SubmitOrDie(db, SubmissionKind::kDossiers, csv, province.Root(), label);
    for (const auto& unit : province.UnitCodes())  // the root and districts have nothing of their own
      if (unit[0] == 'T' || unit[0] == 'H') SubmitOrDie(db, SubmissionKind::kDossiers, empty, unit, label);
    std::filesystem::remove(csv);
  }
  std::printf("stored %lld dossiers in %.1f s\n", n, Since(load_start));

  const Period period = ParsePeriod("2023-05");
  auto start = Clock::now();
  int64_t check = 0;
  for (const auto& form : kFigureForms) {
    const Report r = ComputeReport(db, form, period);
    check += r.units.size();
  }
  const double province_seconds = Since(start);
  std::printf("four forms for the province (%lld unit rows):    %6.2f s\n", static_cast<long long>(check),
              province_seconds);

  start = Clock::now();
  const ProvinceFigures figures = ComputeFigures(db, period);
  int reports = 0;
  for (const auto& unit : province.UnitCodes()) {
    for (const auto& form : kFigureForms) {
      BuildReport(figures, form, unit);
      ++reports;
    }
  }
  std::printf("four forms for every unit (%d reports):         %6.2f s\n", reports, Since(start));
  const Report may = BuildReport(figures, "tthc", "");
  std::printf("May 2023: received %lld, resolved %lld, pending %lld\n",
              static_cast<long long>(Lookup(may.root_row(), "received_total").count),
              static_cast<long long>(Lookup(may.root_row(), "resolved_total").count),
              static_cast<long long>(Lookup(may.root_row(), "pending_total").count));
  std::printf("peak memory: %.1f MiB\n", bench::PeakMemoryMiB());
  std::filesystem::remove_all(dir);
  return 0;
}
