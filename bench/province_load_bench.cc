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
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>
#include <unistd.h>

#include "store/database.h"
#include "support/province_load.h"

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
    status = bench::SubmitMonths(db, written, "total");
  }
  std::filesystem::remove_all(dir);
  return status;
}
