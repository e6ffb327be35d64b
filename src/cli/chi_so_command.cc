// `baocao chi-so tinh-diem FILE.json`: the 766 scorecard's simulator (src/scorecard/simulator.h).
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <iterator>
#include <ostream>

#include "cli/command.h"
#include "core/date.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/regular_file.h"
#include "core/system_error_text.h"
#include "jobs/clock.h"
#include "scorecard/rule_pack.h"
#include "scorecard/simulator.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

const char* const kUsage = "baocao chi-so tinh-diem [--rules THƯ_MỤC] [--ngay YYYY-MM-DD] TỆP.json   (TỆP là - để đọc từ đầu vào chuẩn)";

std::string ReadAll(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  const RegularFile file(path, RegularFile::Links::kFollow);
  std::string text;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(file.fd(), buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      throw InputError(path, 0, 0, "không đọc được tệp: " + SystemErrorText(errno));
    }
    text.append(buffer, static_cast<size_t>(n));
  }
  return text;
}

int Simulate(CommandContext& ctx, const std::vector<std::string>& args) {
  std::string rules = DefaultRulesDir();
  std::string day;
  std::string file;
  po::options_description options("Tùy chọn của chi-so tinh-diem");
  options.add_options()
      ("rules", po::value(&rules), "thư mục quy tắc (mặc định: $BAOCAO_RULES hoặc rules/ của chương trình)")
      ("ngay", po::value(&day), "dùng bộ quy tắc có hiệu lực vào ngày này (mặc định: hôm nay)")
      ("file", po::value(&file), "tệp JSON các trường hợp; - là đầu vào chuẩn");
  po::positional_options_description positional;
  positional.add("file", 1);
  CommandContext sub{ctx.db_path, args, ctx.out, ctx.err};
  const auto vm = ParseOptions(sub, kUsage, options, &positional);
  if (!vm) return kExitOk;
  if (file.empty()) throw UsageError(std::string("Chưa chỉ ra tệp JSON các trường hợp\nCách dùng: ") + kUsage);
  Date on = SystemClock().Today();
  if (!day.empty()) {
    const auto parsed = ParseIsoDate(day);
    if (!parsed) throw UsageError("--ngay phải là một ngày dạng 2026-08-31");
    on = *parsed;
  }
  const RulePack pack = LoadRulePack(rules, on);
  ctx.out << RunSimulator(pack, ReadAll(file), file == "-" ? "(đầu vào chuẩn)" : file);
  return kExitOk;
}

void PrintHelp(std::ostream& out) {
  out << "Cách dùng: baocao chi-so LỆNH …\n\n"
         "Chỉ số 766 (Quyết định 766/QĐ-TTg):\n"
         "  tinh-diem TỆP.json   tính thử điểm một nhóm từ số liệu, như Cổng DVCQG trả lời\n"
         "                       (baocao chi-so tinh-diem --help để xem chi tiết)\n";
}

}  // namespace

int ChiSoCommand(CommandContext& ctx) {
  if (ctx.args.empty()) {
    PrintHelp(ctx.err);
    return kExitUsage;
  }
  const std::string& sub = ctx.args.front();
  if (sub == "--help" || sub == "-h") {
    PrintHelp(ctx.out);
    return kExitOk;
  }
  if (sub == "tinh-diem") return Simulate(ctx, {ctx.args.begin() + 1, ctx.args.end()});
  throw UsageError("chi-so không có lệnh " + sub + " (có: tinh-diem; xem baocao chi-so --help)");
}

}  // namespace baocao
