#include <ostream>

#include "cli/command.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/text.h"
#include "generators/vietnamese_number.h"
#include "jobs/run_history.h"
#include "jobs/run_summary.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

void PrintRun(std::ostream& out, const RunRecord& r) {
  out << PadRight("#" + std::to_string(r.id), 6) << PadRight(r.started_at, 20) << PadRight(r.ended_at.empty() ? "—" : r.ended_at, 20)
      << PadRight(r.job, 10) << PadRight(r.period, 9) << PadRight(StatusLabel(r.status), 18)
      << PadRight(r.exit_code ? std::to_string(*r.exit_code) : "—", 9) << r.message << "\n";
  for (const auto& a : r.artifacts)
    out << "      " << a.path << "  " << FormatCount(static_cast<int64_t>(a.bytes)) << " byte  SHA-256 " << a.sha256 << "\n";
}

}  // namespace

int HistoryCommand(CommandContext& ctx) {
  int last = 10;
  po::options_description options("Tùy chọn của history");
  options.add_options()("last", po::value(&last), "số lượt chạy gần nhất cần hiện (mặc định 10)");
  const auto vm = ParseOptions(ctx, "baocao [--db TỆP] history [--last N]", options);
  if (!vm) return kExitOk;
  if (last < 1) throw UsageError("--last phải là số nguyên dương");
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  const auto runs = RunHistory(db).Last(last);
  if (runs.empty()) {
    ctx.out << "Chưa có lượt chạy nào.\n";
    return kExitOk;
  }
  ctx.out << PadRight("Lượt", 6) << PadRight("Bắt đầu", 20) << PadRight("Kết thúc", 20) << PadRight("Công việc", 10) << PadRight("Kỳ", 9)
          << PadRight("Trạng thái", 18) << PadRight("Mã thoát", 9) << "Thông báo\n";
  for (const auto& r : runs) PrintRun(ctx.out, r);
  return kExitOk;
}

}  // namespace baocao
