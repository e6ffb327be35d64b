// Benchmark: `submit` of one dossiers export of N rows (default 1,000,000), printing rows/s and peak
// memory. Sizes run in ascending order; peak memory is the process's, so a flat figure across sizes
// shows that memory does not grow with the file. Usage: submit_bench [N ...]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/submission.h"
#include "store/database.h"
#include "support/synthetic_province.h"

int main(int argc, char** argv) {
  using namespace baocao;
  std::vector<long long> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::atoll(argv[i]));
  if (sizes.empty()) sizes = {100000, 300000, 1000000};
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  bench::SyntheticProvince province;
  province.WriteUnits((dir / "units.csv").string());
  province.WriteProcedures((dir / "procedures.csv").string());
  std::printf("%12s %10s %12s %14s %10s\n", "rows", "file MiB", "seconds", "rows/s", "peak MiB");
  for (const long long n : sizes) {
    const std::string csv = (dir / ("dossiers_" + std::to_string(n) + ".csv")).string();
    province.WriteDossiers(csv, n, 5, province.LeafUnits(), "HS-", 42);
    const std::string db_path = (dir / ("bench_" + std::to_string(n) + ".db")).string();
    Database db(db_path);
    for (const auto& [kind, file] : {std::pair{SubmissionKind::kUnits, "units.csv"},
                                     std::pair{SubmissionKind::kProcedures, "procedures.csv"}}) {
      SubmitRequest r;
      r.kind = kind;
      r.file = (dir / file).string();
      Submit(db, r);
    }
    SubmitRequest request;
    request.kind = SubmissionKind::kDossiers;
    request.file = csv;
    request.unit = province.Root();
    request.period = "2023-05";
    const auto start = std::chrono::steady_clock::now();
    const Receipt receipt = Submit(db, request);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (receipt.rows_accepted != n) {
      std::fprintf(stderr, "unexpected receipt:\n%s", receipt.Text().c_str());
      return 1;
    }
    std::printf("%12lld %10.1f %12.2f %14.0f %10.1f\n", n,
                static_cast<double>(std::filesystem::file_size(csv)) / (1 << 20), seconds, n / seconds,
                bench::PeakMemoryMiB());
  }
  std::filesystem::remove_all(dir);
  return 0;
}
