// Benchmark: one monthly run (`baocao run`) over a synthetic province — 181 units, 200 procedures —
// with an inbox of 30 files (units, procedures, 28 dossiers exports: 10 districts for their communes,
// 18 of the 20 departments) holding N dossiers in all (default 1,000,000), then all four forms in
// three formats. Prints the seconds spent submitting the inbox, computing, writing, in all, and the
// peak memory. Target: under 10 s for 1,000,000 dossiers.
// Usage: monthly_run_bench [N] [FORMATS]   (FORMATS default "xlsx,pdf,json"; e.g. "json" while the
// other writers are missing)
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "core/errors.h"
#include "indicators/indicators.h"
#include "jobs/clock.h"
#include "jobs/job.h"
#include "jobs/job_run.h"
#include "store/database.h"
#include "support/synthetic_province.h"

namespace {

using Steady = std::chrono::steady_clock;
double Since(Steady::time_point start) { return std::chrono::duration<double>(Steady::now() - start).count(); }

// The 30 inbox files: units, procedures, then 28 dossiers exports sharing rows between them.
void FillInbox(const baocao::bench::SyntheticProvince& province, const std::filesystem::path& inbox, int64_t rows) {
  std::filesystem::create_directories(inbox);
  province.WriteUnits((inbox / "units_T00_2023-05.csv").string());
  province.WriteProcedures((inbox / "procedures_T00_2023-05.csv").string());
  std::vector<std::pair<std::string, std::vector<std::string>>> senders;  // submitting unit, its units
  const auto codes = province.UnitCodes();
  for (size_t i = 1 + static_cast<size_t>(province.departments); i < codes.size();) {
    std::vector<std::string> units{codes[i]};  // a district, then its communes
    for (int c = 0; c < province.communes_per_district; ++c) units.push_back(codes[i + 1 + static_cast<size_t>(c)]);
    senders.emplace_back(codes[i], units);
    i += 1 + static_cast<size_t>(province.communes_per_district);
  }
  for (int s = 0; s < 18; ++s) senders.emplace_back(codes[1 + static_cast<size_t>(s)], std::vector<std::string>{codes[1 + static_cast<size_t>(s)]});
  const int64_t per_file = rows / static_cast<int64_t>(senders.size());
  for (size_t f = 0; f < senders.size(); ++f) {
    const int64_t n = f + 1 == senders.size() ? rows - per_file * static_cast<int64_t>(f) : per_file;
    const auto& [sender, units] = senders[f];
    province.WriteDossiers((inbox / ("dossiers_" + sender + "_2023-05.csv")).string(), n, 5, units,
                           "HS" + std::to_string(f) + "-", 42 + static_cast<uint32_t>(f));
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace baocao;
  const int64_t rows = argc > 1 ? std::atoll(argv[1]) : 1000000;
  std::string formats_toml;
  for (Format f : ParseFormats(argc > 2 ? argv[2] : "xlsx,pdf,json"))
    formats_toml += (formats_toml.empty() ? "\"" : ", \"") + FormatExtension(f) + "\"";
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-run-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "jobs");
  bench::SyntheticProvince province;
  std::printf("writing the inbox: 30 files, %lld dossiers ...\n", static_cast<long long>(rows));
  FillInbox(province, dir / "inbox", rows);
  std::ofstream(dir / "jobs/monthly.toml") << "name = \"monthly\"\nforms = [\"tthc\", \"dvc\", \"ky_luat\", \"tong_hop\"]\n"
                                              "formats = [" << formats_toml << "]\noutput = \"output\"\n"
                                              "inbox = \"inbox\"\n";
  const Job job = LoadJob((dir / "jobs/monthly.toml").string());
  Database db((dir / "bench.db").string());
  const FixedClock clock(DateTime{Date::FromYmd(2023, 5, 15), 6 * 3600});
  double compute_s = 0, write_s = 0;
  RunOptions options;
  options.clock = &clock;
  const ComputeFn compute = SharedFiguresCompute(job);  // what `baocao run` uses
  options.compute = [&](Database& d, const std::string& form, const Period& p, const std::string& root) {
    const auto start = Steady::now();
    Report report = compute(d, form, p, root);
    compute_s += Since(start);
    return report;
  };
  options.write = [&](const Report& report, Format format, const std::string& path) {
    const auto start = Steady::now();
    WriteFormat(report, format, job.templates_dir, path);
    write_s += Since(start);
  };
  const auto start = Steady::now();
  int status = 0;
  try {
    const RunResult result = RunJob(db, job, options);
    std::printf("exit code %d: %s\n", result.exit_code, result.message.c_str());
    uint64_t bytes = 0;
    for (const auto& a : result.artifacts) bytes += a.bytes;
    std::printf("%zu files, %.1f MiB\n", result.artifacts.size(), static_cast<double>(bytes) / (1 << 20));
  } catch (const std::exception& e) {
    std::printf("run failed: %s\n", e.what());
    status = 1;
  }
  const double total = Since(start);
  std::printf("%12s %10s %10s %10s %10s %10s\n", "dossiers", "inbox s", "compute s", "write s", "total s", "peak MiB");
  std::printf("%12lld %10.2f %10.2f %10.2f %10.2f %10.1f\n", static_cast<long long>(rows),
              total - compute_s - write_s, compute_s, write_s, total, bench::PeakMemoryMiB());
  std::filesystem::remove_all(dir);
  return status;
}
