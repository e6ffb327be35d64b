// Benchmark: `submit` of the same N dossiers (default 1,000,000) as a CSV export and as an .xlsx
// workbook, side by side: file size, seconds, rows/s and peak memory of each, and the ratios (the
// goal of the .xlsx reader: within 3× the CSV's time, within 100 MB of its peak memory).
//
// Each submit runs in a child process of its own, started while this process is small, so each peak
// is that submit's alone; the files are written beforehand by another child (libxlsxwriter builds
// the workbook in memory: about a GiB for 1,000,000 rows).
//
// Usage: submit_xlsx_bench [N] [--title-rows]
//   --title-rows  a unit row, a title row (both merged across the columns) and an empty row above
//                 the header, as exports have them (submit finds the header below them).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <functional>
#include <string>

#include "ingest/submission.h"
#include "store/database.h"
#include "support/synthetic_province.h"

namespace {

struct Measure {
  double seconds = 0;
  long long rows = -1;  // rows accepted; -1 when the child failed
  double peak_mib = 0;  // the child's peak resident memory
};

// Runs work in a child process: work returns (seconds, rows). The child's peak memory comes from
// wait4.
Measure InChild(const std::function<std::pair<double, long long>()>& work) {
  int fds[2];
  if (pipe(fds) != 0) std::exit(1);
  const pid_t pid = fork();
  if (pid < 0) std::exit(1);
  if (pid == 0) {
    close(fds[0]);
    std::pair<double, long long> result{0, -1};
    try {
      result = work();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s\n", e.what());
    }
    const bool ok = write(fds[1], &result.first, sizeof result.first) == sizeof result.first &&
                    write(fds[1], &result.second, sizeof result.second) == sizeof result.second;
    _exit(ok ? 0 : 1);
  }
  close(fds[1]);
  Measure m;
  if (read(fds[0], &m.seconds, sizeof m.seconds) != sizeof m.seconds ||
      read(fds[0], &m.rows, sizeof m.rows) != sizeof m.rows)
    m.rows = -1;
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  m.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
  return m;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace baocao;
  long long n = 1000000;
  bool title_rows = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--title-rows") == 0) title_rows = true;
    else n = std::atoll(argv[i]);
  }
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-xlsx-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const bench::SyntheticProvince province;
  const std::string csv = (dir / "dossiers.csv").string();
  const std::string xlsx = (dir / "dossiers.xlsx").string();
  const Measure written = InChild([&] {
    const auto start = std::chrono::steady_clock::now();
    province.WriteUnits((dir / "units.csv").string());
    province.WriteProcedures((dir / "procedures.csv").string());
    province.WriteDossiers(csv, n, 5, province.LeafUnits(), "HS-", 42);
    province.WriteDossiersXlsx(xlsx, n, 5, province.LeafUnits(), "HS-", 42, title_rows);
    return std::pair{std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 0LL};
  });
  if (written.rows < 0) return 1;
  std::printf("%lld dossiers written in %.1f s (peak %.0f MiB)%s\n", n, written.seconds, written.peak_mib,
              title_rows ? ", the workbook with title rows" : "");

  const auto submit = [&](const std::string& file, const std::string& db_name) {
    return InChild([&] {
      Database db((dir / db_name).string());
      for (const auto& [kind, catalog] : {std::pair{SubmissionKind::kUnits, "units.csv"},
                                          std::pair{SubmissionKind::kProcedures, "procedures.csv"}}) {
        SubmitRequest r;
        r.kind = kind;
        r.file = (dir / catalog).string();
        Submit(db, r);
      }
      SubmitRequest request;
      request.kind = SubmissionKind::kDossiers;
      request.file = file;
      request.unit = province.Root();
      request.period = "2023-05";
      const auto start = std::chrono::steady_clock::now();
      const Receipt receipt = Submit(db, request);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (receipt.rows_accepted != n) std::fprintf(stderr, "unexpected receipt for %s:\n%s", file.c_str(), receipt.Text().c_str());
      return std::pair{seconds, static_cast<long long>(receipt.rows_accepted)};
    });
  };
  const Measure from_csv = submit(csv, "csv.db");
  const Measure from_xlsx = submit(xlsx, "xlsx.db");

  std::printf("%-6s %12s %10s %10s %12s %10s\n", "format", "rows", "file MiB", "seconds", "rows/s", "peak MiB");
  for (const auto& [name, file, m] : {std::tuple{"csv", csv, from_csv}, std::tuple{"xlsx", xlsx, from_xlsx}})
    std::printf("%-6s %12lld %10.1f %10.2f %12.0f %10.1f\n", name, m.rows,
                static_cast<double>(std::filesystem::file_size(file)) / (1 << 20), m.seconds,
                m.seconds > 0 ? static_cast<double>(m.rows) / m.seconds : 0.0, m.peak_mib);
  std::printf("xlsx / csv: %.2f× the time, %+.1f MiB peak memory\n", from_xlsx.seconds / from_csv.seconds,
              from_xlsx.peak_mib - from_csv.peak_mib);
  std::filesystem::remove_all(dir);
  return from_csv.rows == n && from_xlsx.rows == n ? 0 : 1;
}
