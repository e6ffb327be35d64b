// Benchmark: a province's first months loaded as a new user would (issue 15): 104 units, 1,000,000
// dossiers received over four months, each month's export in 28 files (one per submitting unit)
// with the earlier dossiers still being processed exported again; every file submitted in month
// order into one fresh database through Submit, the library function `baocao submit` calls. Prints
// per month files, rows, seconds and rows/s, the CPU seconds of the process (every thread) and of
// the submitting thread (the writer), then the totals and the peak resident memory.
// Usage: province_load_bench [DOSSIERS [MONTHS]] [--db URL]  (defaults 1000000 4, a SQLite file in a
// temporary folder; --db postgresql://… an empty PostgreSQL database)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>
#include <sys/resource.h>
#include <unistd.h>

#include "ingest/submission.h"
#include "store/database.h"
#include "support/province_load.h"

namespace {

// CPU time of the process so far (every thread, user and system), in seconds.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU time of the calling thread (the one that submits and writes), in seconds.
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace baocao;
  using Clock = std::chrono::steady_clock;
  bench::ProvinceLoad load;
  std::string db_url;  // --db postgresql://…: load an empty PostgreSQL database instead of a SQLite file
  std::vector<std::string> numbers;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--db" && i + 1 < argc) db_url = argv[++i];
    else numbers.push_back(argv[i]);
  }
  if (numbers.size() > 0) load.dossiers = std::atoll(numbers[0].c_str());
  if (numbers.size() > 1) load.months = std::atoi(numbers[1].c_str());
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-province-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto start = Clock::now();
  const auto written = load.Write(dir.string());
  std::printf("generated %zu units, %lld dossiers, %d months: %zu files, %lld rows, %.1f MiB in %.1f s\n",
              load.province.UnitCodes().size(), static_cast<long long>(load.dossiers), load.months,
              written.by_month.size() * written.by_month.front().size(), static_cast<long long>(written.rows),
              static_cast<double>(written.bytes) / (1 << 20),
              std::chrono::duration<double>(Clock::now() - start).count());
  std::fflush(stdout);
  int status = 0;
  {
    Database db(db_url.empty() ? (dir / "province.db").string() : db_url);
    for (const auto& [kind, file] : {std::pair{SubmissionKind::kUnits, written.units},
                                     std::pair{SubmissionKind::kProcedures, written.procedures}}) {
      SubmitRequest r;
      r.kind = kind;
      r.file = file;
      if (!Submit(db, r).ok()) {
        std::fprintf(stderr, "catalog refused: %s\n", file.c_str());
        return 1;
      }
    }
    std::printf("%8s %6s %10s %9s %10s %9s %9s\n", "month", "files", "rows", "seconds", "rows/s", "cpu s",
                "writer s");
    long long total_rows = 0;
    double total_seconds = 0, total_cpu = 0, total_writer = 0;
    for (const auto& month : written.by_month) {
      long long rows = 0;
      start = Clock::now();
      const double cpu_start = CpuSeconds(), writer_start = ThreadCpuSeconds();
      for (const auto& f : month) {
        SubmitRequest r;
        r.kind = SubmissionKind::kDossiers;
        r.file = f.path;
        r.unit = f.unit;
        r.period = f.period;
        const Receipt receipt = Submit(db, r);
        if (receipt.outcome != SubmitOutcome::kAccepted || receipt.rows_accepted + receipt.rows_superseded != f.rows) {
          std::fprintf(stderr, "unexpected receipt:\n%s", receipt.Text().c_str());
          status = 1;
        }
        rows += f.rows;
      }
      const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
      const double cpu = CpuSeconds() - cpu_start, writer = ThreadCpuSeconds() - writer_start;
      std::printf("%8s %6zu %10lld %9.2f %10.0f %9.2f %9.2f\n", month.front().period.c_str(), month.size(), rows,
                  seconds, rows / seconds, cpu, writer);
      std::fflush(stdout);
      total_rows += rows;
      total_seconds += seconds;
      total_cpu += cpu;
      total_writer += writer;
    }
    std::printf("%8s %6zu %10lld %9.2f %10.0f %9.2f %9.2f   peak %.1f MiB\n", "total",
                written.by_month.size() * written.by_month.front().size(), total_rows, total_seconds,
                total_rows / total_seconds, total_cpu, total_writer, bench::PeakMemoryMiB());
  }
  std::filesystem::remove_all(dir);
  return status;
}
