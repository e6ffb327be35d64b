#include <filesystem>
#include <ostream>

#include "cli/command.h"
#include "cli/option_checks.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "jobs/clock.h"
#include "jobs/job.h"
#include "jobs/job_run.h"
#include "jobs/progress_line.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;

// `baocao run JOBFILE [--period P]`: the log goes to stderr with timestamps; stdout gets the path
// of the published folder and the run's one-line result. Exit codes: jobs/job_run.h.
int RunCommand(CommandContext& ctx) {
  std::string job_file;
  std::string period;
  std::string inbox;
  std::string output;
  po::options_description options("Tùy chọn của run");
  options.add_options()
      ("job", po::value(&job_file), "tệp công việc, ví dụ jobs/monthly.toml")
      ("period", po::value(&period),
       "chạy lại cho một kỳ đã chỉ định (2023-05, 2023-Q2, 2023-H1, 2023) thay vì kỳ theo quy tắc của công việc")
      ("inbox", po::value(&inbox), "dùng thư mục hộp thư này thay cho inbox của công việc")
      ("output", po::value(&output), "ghi báo cáo vào thư mục này thay cho output của công việc");
  po::positional_options_description positional;
  positional.add("job", 1);
  const auto vm = ParseOptions(ctx, "baocao [--db TỆP] run TỆP_CÔNG_VIỆC [--period KỲ] [--inbox THƯ_MỤC] [--output THƯ_MỤC]", options, &positional);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm, {{"job", "hãy chỉ ra tệp công việc, ví dụ jobs/monthly.toml"},
                           {"period", "bỏ --period để dùng quy tắc kỳ của công việc"},
                           {"inbox", "bỏ --inbox để dùng hộp thư của công việc"},
                           {"output", "bỏ --output để dùng thư mục output của công việc"}});
  if (job_file.empty()) throw UsageError("Chưa chỉ ra tệp công việc (ví dụ jobs/monthly.toml)");
  Job job = LoadJob(job_file);
  if (!inbox.empty()) job.inbox_dir = std::filesystem::absolute(inbox).lexically_normal().string();
  if (!output.empty()) job.output_dir = std::filesystem::absolute(output).lexically_normal().string();
  const SystemClock clock;
  RunOptions run_options;
  if (!period.empty()) run_options.period = period;
  run_options.clock = &clock;
  // The log goes through the progress line, which erases itself before each log line.
  ProgressLine progress(ctx.err, ctx.err_is_terminal);
  run_options.log = &progress.log();
  run_options.progress = [&progress](const RunProgress& p) { progress.Update(p.step, p.done, p.total, p.noun, p.share); };
  Database db(ctx.db_path);
  const RunResult result = RunJob(db, job, run_options);
  progress.Clear();
  ctx.out << result.message << "\n";
  return result.exit_code;
}

}  // namespace baocao
