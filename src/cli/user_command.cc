// `baocao user add|passwd|disable|enable|list`: the portal's accounts from the server's command
// line (auth/accounts.h). Every change is audited with address "cli" and no acting account.
#include <algorithm>
#include <ostream>

#include "auth/account_error.h"
#include "auth/accounts.h"
#include "auth/credentials.h"
#include "cli/command.h"
#include "cli/option_checks.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/text.h"
#include "jobs/clock.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

const char* const kUsage =
    "baocao [--db TỆP] user add TÊN_ĐĂNG_NHẬP --role VAI_TRÒ [--unit MÃ_ĐƠN_VỊ]\n"
    "       baocao [--db TỆP] user passwd TÊN_ĐĂNG_NHẬP\n"
    "       baocao [--db TỆP] user disable TÊN_ĐĂNG_NHẬP\n"
    "       baocao [--db TỆP] user enable TÊN_ĐĂNG_NHẬP\n"
    "       baocao [--db TỆP] user list";

const char* const kRoles =
    "don_vi (đơn vị: nộp và xem số liệu của đơn vị mình và các đơn vị trực thuộc, cần --unit), tong_hop (tổng hợp: "
    "mọi đơn vị, mọi báo cáo, các lượt chạy), quan_tri (quản trị: quản lý tài khoản)";

const char* const kOneTimeNote =
    "Mật khẩu này chỉ hiện một lần: hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu khi đăng nhập lần đầu.";

// The options of a subcommand whose one positional argument is the login, the login first.
po::options_description LoginOptions(const std::string& caption, std::string& login) {
  po::options_description options(caption);
  options.add_options()("login", po::value(&login), "tên đăng nhập (3–64 chữ cái không dấu, chữ số, . _ -)");
  return options;
}

std::optional<po::variables_map> ParseWithLogin(CommandContext& ctx, const std::string& usage,
                                                po::options_description& options) {
  po::positional_options_description positional;
  positional.add("login", 1);
  auto vm = ParseOptions(ctx, usage, options, &positional);
  if (!vm) return vm;
  if (!vm->count("login")) throw UsageError("thiếu tên đăng nhập\nCách dùng: " + usage);
  const std::string& login = (*vm)["login"].as<std::string>();
  if (const std::string problem = LoginProblem(login); !problem.empty()) throw UsageError(problem);
  return vm;
}

int Add(CommandContext& ctx) {
  std::string login, role_code, unit;
  auto options = LoginOptions("Tùy chọn của user add", login);
  options.add_options()
      ("role", po::value(&role_code)->required(), "vai trò: don_vi, tong_hop hoặc quan_tri")
      ("unit", po::value(&unit), "mã đơn vị của tài khoản vai trò don_vi");
  const std::string usage = "baocao [--db TỆP] user add TÊN_ĐĂNG_NHẬP --role VAI_TRÒ [--unit MÃ_ĐƠN_VỊ]";
  const auto vm = ParseWithLogin(ctx, usage, options);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm);
  CheckUnitOption(*vm);
  const auto role = ParseRole(role_code);
  if (!role) throw UsageError("--role: vai trò " + Quoted(role_code) + " không hợp lệ; chấp nhận: " + kRoles);
  if (*role == Role::kDonVi && unit.empty())
    throw UsageError("vai trò don_vi cần --unit MÃ_ĐƠN_VỊ: đơn vị mà tài khoản nộp báo cáo và xem số liệu");
  if (*role != Role::kDonVi && !unit.empty())
    throw UsageError(std::string("--unit chỉ dùng với vai trò don_vi: vai trò ") + RoleCode(*role) +
                     " không gắn với đơn vị nào; hãy bỏ --unit");
  Database db(ctx.db_path);  // the first administrator may come before any submission
  const auto created = Accounts(db).CreateAccount(login, *role, unit, Actor::CommandLine(), SystemClock().Now());
  ctx.out << "Đã tạo tài khoản " << created.account.login << ", vai trò " << RoleCode(*role) << " ("
          << RoleLabel(*role) << ")";
  if (!unit.empty()) ctx.out << ", đơn vị " << unit << " " << Escaped(created.unit_name);
  ctx.out << ".\nMật khẩu dùng một lần: " << created.one_time_password << "\n" << kOneTimeNote << "\n";
  return kExitOk;
}

int Passwd(CommandContext& ctx) {
  std::string login;
  auto options = LoginOptions("Tùy chọn của user passwd", login);
  const auto vm = ParseWithLogin(ctx, "baocao [--db TỆP] user passwd TÊN_ĐĂNG_NHẬP", options);
  if (!vm) return kExitOk;
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  Accounts accounts(db);
  const std::string password = accounts.ResetPassword(login, Actor::CommandLine(), SystemClock().Now());
  ctx.out << "Đã cấp mật khẩu dùng một lần mới cho tài khoản " << accounts.Find(login)->login
          << "; mật khẩu cũ không còn dùng được.\nMật khẩu dùng một lần: " << password << "\n"
          << "Mật khẩu này chỉ hiện một lần: hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu khi đăng nhập "
             "lần tới.\n";
  return kExitOk;
}

int SetEnabled(CommandContext& ctx, bool enable) {
  std::string login;
  auto options = LoginOptions(enable ? "Tùy chọn của user enable" : "Tùy chọn của user disable", login);
  const auto vm = ParseWithLogin(
      ctx, std::string("baocao [--db TỆP] user ") + (enable ? "enable" : "disable") + " TÊN_ĐĂNG_NHẬP", options);
  if (!vm) return kExitOk;
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  Accounts accounts(db);
  const auto now = SystemClock().Now();
  const bool changed = enable ? accounts.Enable(login, Actor::CommandLine(), now)
                              : accounts.Disable(login, Actor::CommandLine(), now);
  const std::string name = accounts.Find(login)->login;
  if (enable)
    ctx.out << (changed ? "Đã mở lại tài khoản " + name + ": tài khoản đăng nhập được (số lần sai mật khẩu và khóa tạm "
                                                           "đã được xóa).\n"
                        : "Tài khoản " + name + " đang hoạt động: không có gì thay đổi.\n");
  else
    ctx.out << (changed ? "Đã vô hiệu hóa tài khoản " + name + ": tài khoản không đăng nhập được nữa (mở lại bằng "
                                                                "`baocao user enable " + name + "`).\n"
                        : "Tài khoản " + name + " đã bị vô hiệu hóa từ trước: không có gì thay đổi.\n");
  return kExitOk;
}

// "hoạt động", or what keeps the account from being used as it is.
std::string StateOf(const Account& a, DateTime now) {
  std::vector<std::string> states;
  if (a.disabled) states.push_back("vô hiệu hóa");
  if (IsLocked(a, now))
    states.push_back("tạm khóa đến " + a.locked_until);
  else if (a.failed_logins > 0 && a.locked_until.empty())
    states.push_back("sai mật khẩu " + std::to_string(a.failed_logins) + " lần liên tiếp");
  if (a.must_change_password) states.push_back("phải đổi mật khẩu");
  if (states.empty()) return "hoạt động";
  std::string out;
  for (const auto& s : states) out += (out.empty() ? "" : ", ") + s;
  return out;
}

int List(CommandContext& ctx) {
  po::options_description options("Tùy chọn của user list");
  const po::positional_options_description none;  // an argument after `list` is refused
  const auto vm = ParseOptions(ctx, "baocao [--db TỆP] user list", options, &none);
  if (!vm) return kExitOk;
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  const auto accounts = Accounts(db).ListAccounts(Actor::CommandLine());
  if (accounts.empty()) {
    ctx.out << "Chưa có tài khoản nào; tạo quản trị viên đầu tiên bằng `baocao user add TÊN_ĐĂNG_NHẬP --role "
               "quan_tri`.\n";
    return kExitOk;
  }
  size_t login_width = 15, unit_width = 8;
  for (const auto& a : accounts) {
    login_width = std::max(login_width, a.login.size() + 2);
    unit_width = std::max(unit_width, a.unit.size() + 2);
  }
  const auto now = SystemClock().Now();
  ctx.out << PadRight("Tên đăng nhập", login_width) << PadRight("Vai trò", 10) << PadRight("Đơn vị", unit_width)
          << PadRight("Tạo lúc", 21) << "Trạng thái\n";
  for (const auto& a : accounts)
    ctx.out << PadRight(a.login, login_width) << PadRight(RoleCode(a.role), 10)
            << PadRight(a.unit.empty() ? "—" : a.unit, unit_width) << PadRight(a.created_at, 21) << StateOf(a, now)
            << "\n";
  return kExitOk;
}

}  // namespace

int UserCommand(CommandContext& ctx) {
  const std::string help = std::string("Cách dùng: ") + kUsage + "\n\nVai trò: " + kRoles +
                           "\n\nbaocao user LỆNH_CON --help để xem chi tiết.\n";
  if (ctx.args.empty())
    throw UsageError("user cần một lệnh con: add, passwd, disable, enable hoặc list\nCách dùng: " + std::string(kUsage));
  const std::string sub = ctx.args[0];
  if (sub == "--help" || sub == "-h") {
    ctx.out << help;
    return kExitOk;
  }
  CommandContext sub_ctx{ctx.db_path, {ctx.args.begin() + 1, ctx.args.end()}, ctx.out, ctx.err};
  try {
    if (sub == "add") return Add(sub_ctx);
    if (sub == "passwd") return Passwd(sub_ctx);
    if (sub == "disable") return SetEnabled(sub_ctx, false);
    if (sub == "enable") return SetEnabled(sub_ctx, true);
    if (sub == "list") return List(sub_ctx);
  } catch (const AccountError& e) {  // a login, a unit, a role that cannot be: the command line was wrong
    throw UsageError(e.what());
  }
  throw UsageError("user không có lệnh con " + Quoted(sub) + "; các lệnh con: add, passwd, disable, enable, list\n"
                   "Cách dùng: " + std::string(kUsage));
}

}  // namespace baocao
