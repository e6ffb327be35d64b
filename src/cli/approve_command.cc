// `baocao approve` and `baocao unapprove`: freezing a period's figures for a subtree of units and
// withdrawing that (indicators/approval.h), each written to the audit log with address "cli".
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <ostream>

#include "auth/audit_actions.h"
#include "cli/command.h"
#include "cli/option_checks.h"
#include "cli/period_options.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/text.h"
#include "indicators/approval.h"
#include "jobs/clock.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

// Who runs the command: the login behind sudo, else the login, else the account of the process.
std::string OsLogin() {
  for (const char* name : {"SUDO_USER", "USER"})
    if (const char* env = std::getenv(name); env != nullptr && *env != '\0') return env;
  if (const passwd* pw = getpwuid(getuid()); pw != nullptr && pw->pw_name != nullptr) return pw->pw_name;
  return "uid " + std::to_string(getuid());
}

std::string Who(const std::string& by) {
  const std::string who = by.empty() ? OsLogin() : by;
  if (who.find_first_not_of(" \t") == std::string::npos) throw UsageError("--by không được để trống");
  return OneLine(who);
}

}  // namespace

int ApproveCommand(CommandContext& ctx) {
  std::string unit, by;
  PeriodChoice period_choice;
  po::options_description options("Tùy chọn của approve");
  AddPeriodOptions(options, period_choice);
  options.add_options()("unit", po::value(&unit), "mã đơn vị được phê duyệt cùng các đơn vị trực thuộc (mặc định: cả tỉnh)")(
      "by", po::value(&by), "người phê duyệt (mặc định: tên đăng nhập hệ điều hành)");
  const auto vm = ParseOptions(ctx,
                               "baocao [--db TỆP] approve (--period KỲ [--calendar] | --from NGÀY --to NGÀY) "
                               "[--unit MÃ] [--by TÊN]",
                               options);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm, {{"unit", "bỏ --unit để phê duyệt cả tỉnh"}});
  CheckUnitOption(*vm);
  const Period period = ResolvePeriodOptions(period_choice);
  const std::string who = Who(by);
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  const DateTime now = SystemClock().Now();
  const ApproveResult r = ApprovePeriod(db, {period, unit, who, now.Iso()}, [&](const ApproveResult& done) {
    audit::Record(db, now, "", "cli", audit::kApproval, ApprovalAuditDetail(done));
  });
  ctx.out << "Đã phê duyệt số liệu " << period.TitleWithDates() << " của " << r.approval.root << " "
          << r.unit_name << " và các đơn vị trực thuộc: " << r.units_taken << " đơn vị";
  if (r.units_kept > 0) ctx.out << " (" << r.units_kept << " đơn vị đã được phê duyệt trước đó, giữ nguyên)";
  ctx.out << ".\n" << ApprovedText(r.approval) << ".\n"
          << "Báo cáo của kỳ này sẽ dùng số liệu đã phê duyệt; tệp hồ sơ, phản ánh của các tháng trong kỳ sẽ bị từ "
             "chối cho đến khi rút phê duyệt (baocao unapprove "
          << PeriodOptionsText(period) << (unit.empty() ? "" : " --unit " + r.approval.root) << " --reason \"…\").\n";
  return kExitOk;
}

int UnapproveCommand(CommandContext& ctx) {
  std::string unit, by, reason;
  PeriodChoice period_choice;
  po::options_description options("Tùy chọn của unapprove");
  AddPeriodOptions(options, period_choice);
  options.add_options()("unit", po::value(&unit), "mã đơn vị của lần phê duyệt cần rút (mặc định: cả tỉnh)")(
      "reason", po::value(&reason), "lý do rút phê duyệt (bắt buộc, ghi vào nhật ký)")(
      "by", po::value(&by), "người rút phê duyệt (mặc định: tên đăng nhập hệ điều hành)");
  const auto vm = ParseOptions(ctx,
                               "baocao [--db TỆP] unapprove (--period KỲ [--calendar] | --from NGÀY --to NGÀY) "
                               "[--unit MÃ] --reason LÝ_DO [--by TÊN]",
                               options);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm, {{"unit", "bỏ --unit để rút phê duyệt của cả tỉnh"}});
  CheckUnitOption(*vm);
  if (!vm->count("reason"))
    throw UsageError("thiếu --reason LÝ_DO: cần nêu lý do rút phê duyệt (lý do được ghi vào nhật ký)");
  const Period period = ResolvePeriodOptions(period_choice);
  const std::string who = Who(by);
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  const DateTime now = SystemClock().Now();
  const ApprovalRecord a =
      WithdrawApproval(db, {period, unit, who, now.Iso(), reason}, [&](const ApprovalRecord& done) {
        audit::Record(db, now, "", "cli", audit::kApprovalWithdrawn, WithdrawalAuditDetail(done));
      });
  ctx.out << "Đã rút phê duyệt số liệu " << period.TitleWithDates() << " của " << a.root << " ("
          << ApprovedText(a) << ").\nLý do: " << OneLine(reason)
          << "\nBáo cáo của kỳ này lại dùng số liệu hiện có; các đơn vị có thể nộp lại tệp của các tháng trong kỳ.\n";
  return kExitOk;
}

}  // namespace baocao
