// Benchmark: province_load_bench's load as an officer or a script runs it from a shell (issue 15):
// the same 112 files, each submitted by a `baocao submit` command of its own (one process per file,
// as `for f in …; do baocao submit …; done`), in month order into one fresh SQLite file; with
// --per-month, one command per month for its 28 files (`baocao submit --kind dossiers dossiers_*_2023-01.csv`:
// each file's unit and month from its name). Unlike province_load_bench it counts what every command
// pays again: starting the program, opening the database, reading the catalog, a page cache that
// starts empty. Prints per month files, rows, seconds, rows/s and the CPU seconds of the commands,
// then the totals and the largest peak memory of one command.
// Usage: province_load_cli_bench [DOSSIERS [MONTHS]] [--per-month] [--baocao PROGRAM]  (defaults
// 1000000 4, one command per file, the `baocao` built with this benchmark; --baocao another build,
// to compare two versions on the same files in the same minute)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/province_load.h"

extern char** environ;

namespace {

// Runs program with args, its output into log; returns its exit code (-1 when it could not run).
int RunCommand(const std::string& program, std::vector<std::string> args, const std::string& log) {
  args.insert(args.begin(), program);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace baocao;
  using Clock = std::chrono::steady_clock;
  bench::ProvinceLoad load;
  std::string program = BAOCAO_BINARY;
  bool per_month = false;
  std::vector<std::string> numbers;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--baocao" && i + 1 < argc) program = argv[++i];
    else if (std::string(argv[i]) == "--per-month") per_month = true;
    else numbers.push_back(argv[i]);
  }
  if (numbers.size() > 0) load.dossiers = std::atoll(numbers[0].c_str());
  if (numbers.size() > 1) load.months = std::atoi(numbers[1].c_str());
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-province-cli-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto written = load.Write(dir.string());
  const std::string db = (dir / "province.db").string();
  const std::string log = (dir / "command.log").string();
  std::printf("%s: %zu files, %lld rows, %s\n", program.c_str(),
              written.by_month.size() * written.by_month.front().size(), static_cast<long long>(written.rows),
              per_month ? "one command per month" : "one command per file");
  int status = 0;
  const auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db, "submit"});
    const int code = RunCommand(program, args, log);
    if (code != 0 && status == 0) {
      std::fprintf(stderr, "exit %d: %s %s\n", code, program.c_str(), args.back().c_str());
      std::system(("cat '" + log + "' >&2").c_str());
      status = 1;
    }
  };
  run({"--kind", "units", written.units});
  run({"--kind", "procedures", written.procedures});
  std::printf("%8s %6s %10s %9s %10s %9s\n", "month", "files", "rows", "seconds", "rows/s", "cpu s");
  long long total_rows = 0;
  double total_seconds = 0, total_cpu = 0;
  for (const auto& month : written.by_month) {
    long long rows = 0;
    const auto start = Clock::now();
    const double cpu_start = bench::CpuSeconds(RUSAGE_CHILDREN);
    std::vector<std::string> month_command{"--kind", "dossiers"};
    for (const auto& f : month) {
      if (per_month) month_command.push_back(f.path);
      else run({"--kind", "dossiers", "--unit", f.unit, "--period", f.period, f.path});
      rows += f.rows;
    }
    if (per_month) run(month_command);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = bench::CpuSeconds(RUSAGE_CHILDREN) - cpu_start;
    std::printf("%8s %6zu %10lld %9.2f %10.0f %9.2f\n", month.front().period.c_str(), month.size(), rows, seconds,
                static_cast<double>(rows) / seconds, cpu);
    std::fflush(stdout);
    total_rows += rows;
    total_seconds += seconds;
    total_cpu += cpu;
  }
  std::printf("%8s %6zu %10lld %9.2f %10.0f %9.2f   peak of one command %.1f MiB\n", "total",
              written.by_month.size() * written.by_month.front().size(), total_rows, total_seconds,
              static_cast<double>(total_rows) / total_seconds, total_cpu, bench::PeakMemoryMiB(RUSAGE_CHILDREN));
  std::filesystem::remove_all(dir);
  return status;
}
