// `baocao audit [--last N]`: the newest entries of the audit log (store/audit_log.h), newest first.
#include <algorithm>
#include <ostream>

#include "auth/audit_actions.h"
#include "cli/command.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/text.h"
#include "store/audit_log.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

size_t CharacterCount(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

int AuditCommand(CommandContext& ctx) {
  int last = 50;
  po::options_description options("Tùy chọn của audit");
  options.add_options()("last", po::value(&last), "số sự kiện gần nhất cần hiện (mặc định 50)");
  const po::positional_options_description none;  // an argument that is not an option is refused
  const auto vm = ParseOptions(ctx, "baocao [--db TỆP] audit [--last N]", options, &none);
  if (!vm) return kExitOk;
  if (last < 1) throw UsageError("--last phải là số nguyên dương");
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  const auto entries = AuditLog(db).Last(last);
  if (entries.empty()) {
    ctx.out << "Nhật ký chưa có sự kiện nào.\n";
    return kExitOk;
  }
  // Logins and addresses may come from a request: printed escaped, on one line.
  struct Line {
    std::string at, account, address, action, detail;
  };
  std::vector<Line> lines;
  size_t account_width = 12, address_width = 10, action_width = 12;
  for (const auto& e : entries) {
    Line l{e.at, e.account.empty() ? "—" : OneLine(e.account), OneLine(e.address), audit::ActionLabel(e.action),
           OneLine(e.detail)};
    account_width = std::max(account_width, CharacterCount(l.account) + 2);
    address_width = std::max(address_width, CharacterCount(l.address) + 2);
    action_width = std::max(action_width, CharacterCount(l.action) + 2);
    lines.push_back(std::move(l));
  }
  ctx.out << PadRight("Thời điểm", 21) << PadRight("Tài khoản", account_width) << PadRight("Địa chỉ", address_width)
          << PadRight("Hành động", action_width) << "Chi tiết\n";
  for (const auto& l : lines) {
    std::string text = PadRight(l.at, 21) + PadRight(l.account, account_width) + PadRight(l.address, address_width) +
                       (l.detail.empty() ? l.action : PadRight(l.action, action_width) + l.detail);
    ctx.out << text << "\n";
  }
  return kExitOk;
}

}  // namespace baocao
