// Benchmark: a merged province's year (issue 15): 200 units (the province, 19 departments, 10
// districts of 17 communes), 3,000,000 dossiers received over the twelve cut-off months of 2023, each month exported
// in one file per submitting unit with the dossiers still being processed exported again, loaded in
// month order into one fresh database. Then it times, from that database:
//   - the yearly `tthc` and `dvc` reports (period 2023), each computed and written in xlsx, pdf and
//     json;
//   - the monthly run of 2023-12 (jobs/monthly.toml's forms, three formats) with every district's,
//     commune's and department's own reports (each_unit), as `baocao run` does it.
// With --years N, N such years one after the other (2023, 2024, …: the database a province has after
// N years), and the reports and run are those of the last year: what the years kept cost them.
// Prints the load per month (rows/s), each timing (wall and CPU seconds of the process), the files
// written and the peak resident memory.
// Usage: province_year_bench [DOSSIERS] [--years N] [--db URL] [--keep DIR]   (default 3000000 a
// year, one year, and a SQLite file in a temporary folder; --db postgresql://… loads an empty
// PostgreSQL database instead; --keep DIR loads once into DIR/year.db (DIR/years<N>.db), keeps it,
// and on later runs skips the generation and the load when it exists — to time the reports alone)
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "generators/render.h"
#include "indicators/indicators.h"
#include "ingest/submission.h"
#include "jobs/clock.h"
#include "jobs/job.h"
#include "jobs/job_run.h"
#include "jobs/parallel_writes.h"
#include "store/database.h"
#include "support/province_load.h"

namespace {

using Steady = std::chrono::steady_clock;
double Since(Steady::time_point start) { return std::chrono::duration<double>(Steady::now() - start).count(); }

}  // namespace

// Generates the year's files in `dir` and loads them into `db`; returns 1 if a file was refused.
int Load(baocao::Database& db, const baocao::bench::ProvinceLoad& load, const std::filesystem::path& dir) {
  using namespace baocao;
  auto start = Steady::now();
  const auto written = load.Write(dir.string());
  size_t files = 0;
  for (const auto& m : written.by_month) files += m.size();
  std::printf("generated %zu units, %lld dossiers, %d months: %zu files, %lld rows, %.1f MiB in %.1f s\n",
              load.province.UnitCodes().size(), static_cast<long long>(load.dossiers), load.months, files,
              static_cast<long long>(written.rows), static_cast<double>(written.bytes) / (1 << 20), Since(start));
  std::fflush(stdout);
  return bench::SubmitMonths(db, written, "load");
}

// Times the yearly reports of `year` and the monthly run of its December from the loaded `db`.
int Reports(baocao::Database& db, const std::filesystem::path& dir, int year_number) {
  using namespace baocao;
  auto start = Steady::now();
  // The monthly job (jobs/monthly.toml's forms) with every unit's own reports.
  std::filesystem::create_directories(dir / "jobs");
  std::ofstream(dir / "jobs/monthly.toml")
      << "name = \"monthly\"\nforms = [\"tthc\", \"dvc\", \"ky_luat\", \"tong_hop\", \"chi_so_766\", \"kiem_tra\"]\n"
         "formats = [\"xlsx\", \"pdf\", \"json\"]\noutput = \"output\"\ninbox = \"inbox\"\n"
         "period = \"last_closed_month\"\ndeadline_day = 15\neach_unit = [\"huyen\", \"xa\", \"so_nganh\"]\n";
  const Job job = LoadJob((dir / "jobs/monthly.toml").string());
  // The yearly reports, computed and written in the three formats.
  const std::string year_label = std::to_string(year_number);
  const Period year = ParsePeriod(year_label);
  for (const std::string form : {"tthc", "dvc"}) {
    start = Steady::now();
    const double cpu_start = bench::CpuSeconds();
    const Report report = ComputeReport(db, form, year);
    const double compute_s = Since(start), compute_cpu = bench::CpuSeconds() - cpu_start;
    for (Format format : ParseFormats("xlsx,pdf,json"))
      WriteFormat(report, format, job.templates_dir,
                  (dir / (form + "_" + year_label + "." + FormatExtension(format))).string());
    std::printf("yearly %s %-5s compute %.2f s, compute and write xlsx+pdf+json %.2f s (CPU %.2f s, %.2f s)\n",
                year_label.c_str(), form.c_str(), compute_s, Since(start), compute_cpu, bench::CpuSeconds() - cpu_start);
    std::fflush(stdout);
  }

  // The monthly run of the year's December.
  const FixedClock clock(DateTime{Date::FromYmd(year_number, 12, 20), 6 * 3600});
  RunOptions options;
  options.clock = &clock;
  double compute_s = 0, compute_cpu = 0;
  // Each unit's reports are written on several threads at once: their times add up atomically, and
  // each write's CPU is its own thread's.
  std::atomic<int64_t> write_ns{0}, write_cpu_ns{0};
  const ComputeFn compute = SharedFiguresCompute(job);  // what `baocao run` uses
  options.compute = [&](Database& d, const std::string& form, const Period& p, const std::string& root) {
    const auto begin = Steady::now();
    const double cpu_begin = bench::ThreadCpuSeconds();
    Report report = compute(d, form, p, root);
    compute_s += Since(begin);
    compute_cpu += bench::ThreadCpuSeconds() - cpu_begin;
    return report;
  };
  options.write = [&](const Report& report, Format format, const std::string& path) {
    const auto begin = Steady::now();
    const double cpu_begin = bench::ThreadCpuSeconds();
    WriteFormat(report, format, job.templates_dir, path);
    write_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(Steady::now() - begin).count();
    write_cpu_ns += static_cast<int64_t>((bench::ThreadCpuSeconds() - cpu_begin) * 1e9);
  };
  start = Steady::now();
  const double run_cpu_start = bench::CpuSeconds();
  const RunResult result = RunJob(db, job, options);
  const double run_s = Since(start), run_cpu = bench::CpuSeconds() - run_cpu_start;
  uint64_t bytes = 0;
  for (const auto& a : result.artifacts) bytes += a.bytes;
  std::printf("monthly run %s with each unit's reports: exit %d, %zu files, %.1f MiB in %.2f s\n",
              result.period.Label().c_str(), result.exit_code, result.artifacts.size(),
              static_cast<double>(bytes) / (1 << 20), run_s);
  const double write_cpu = static_cast<double>(write_cpu_ns.load()) / 1e9;
  std::printf("  reports computed %.2f s (CPU %.2f s); written %.2f s (CPU %.2f s) summed over the writing threads "
              "(%zu for every unit's own reports, alongside the computing)\n",
              compute_s, compute_cpu, static_cast<double>(write_ns.load()) / 1e9, write_cpu,
              ParallelWrites::DefaultWorkers());
  std::printf("  CPU: the run %.2f s, of which the rest (inbox, quality check, publish, the reader threads of split "
              "dossier reads) %.2f s\n",
              run_cpu, run_cpu - compute_cpu - write_cpu);
  std::printf("peak %.1f MiB\n", bench::PeakMemoryMiB());
  return 0;
}

int main(int argc, char** argv) {
  using namespace baocao;
  bench::ProvinceLoad load;
  load.province = bench::SyntheticProvince{19, 10, 17, 400};
  load.dossiers = 3000000;
  std::string db_url, keep;
  int years = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--db" && i + 1 < argc) db_url = argv[++i];
    else if (a == "--keep" && i + 1 < argc) keep = argv[++i];
    else if (a == "--years" && i + 1 < argc) years = std::max(1, std::atoi(argv[++i]));
    else load.dossiers = std::atoll(argv[i]);
  }
  load.dossiers *= years;  // DOSSIERS a year
  load.months = 12 * years;
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-year-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "inbox");
  const std::string db_name = years == 1 ? "year.db" : "years" + std::to_string(years) + ".db";
  const std::filesystem::path db_path = keep.empty() ? dir / db_name : std::filesystem::path(keep) / db_name;
  const bool reuse = db_url.empty() && !keep.empty() && std::filesystem::exists(db_path);
  if (!keep.empty()) std::filesystem::create_directories(keep);
  int status = 0;
  try {
    Database db(db_url.empty() ? db_path.string() : db_url);
    if (reuse) std::printf("reusing the loaded database %s\n", db_path.c_str());
    else status = Load(db, load, dir);
    status |= Reports(db, dir, 2023 + years - 1);
  } catch (const std::exception& e) {
    std::printf("failed: %s\n", e.what());
    status = 1;
  }
  std::filesystem::remove_all(dir);
  return status;
}
