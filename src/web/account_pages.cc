// Tài khoản (administrators): the accounts with their state, creating an account (its one-time
// password shown once), disabling, enabling and resetting one, and the audit log — all through
// auth/accounts.h, as `baocao user …` and `baocao audit` do, with the portal's account as the actor.
#include <map>
#include <string>

#include "auth/account_error.h"
#include "auth/accounts.h"
#include "auth/audit_actions.h"
#include "store/audit_log.h"
#include "store/unit_directory.h"
#include "web/pages.h"

namespace baocao::web {
namespace {

constexpr int kAuditShown = 200;

constexpr const char* kOneTimeNote =
    "Mật khẩu này chỉ hiện một lần: hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu khi đăng nhập lần đầu.";
constexpr const char* kResetNote =
    "Mật khẩu này chỉ hiện một lần: hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu khi đăng nhập lần tới.";

Actor ActorOf(const RequestContext& ctx) { return Actor{ctx.account->login, ctx.address}; }

// "đang dùng", "vô hiệu" or "tạm khóa đến …".
std::string StateOf(const Account& a, DateTime now) {
  if (a.disabled) return "vô hiệu";
  if (IsLocked(a, now)) return "tạm khóa đến " + a.locked_until;
  return "đang dùng";
}

// An AccountError's message (which starts in lower case, for the command line's prefix) as a sentence.
std::string Sentence(const std::string& message) { return "Không thực hiện được: " + message + "."; }

// The confirmation of /tai-khoan?da=…&tai_khoan=…, chosen from fixed texts (never text of the query).
std::string Confirmation(const std::string& done, const std::string& login) {
  if (done == "vo-hieu")
    return "Đã vô hiệu hóa tài khoản " + login + ": tài khoản không đăng nhập được nữa, các phiên đang mở đã kết thúc.";
  if (done == "da-vo-hieu") return "Tài khoản " + login + " đã bị vô hiệu hóa từ trước: không có gì thay đổi.";
  if (done == "mo-lai")
    return "Đã mở lại tài khoản " + login +
           ": tài khoản đăng nhập được (số lần sai mật khẩu và khóa tạm đã được xóa).";
  if (done == "dang-dung") return "Tài khoản " + login + " đang hoạt động: không có gì thay đổi.";
  return "";
}

void AccountsPage(RequestContext& ctx, int status, const std::string& error) {
  Database& db = ctx.db();
  const auto units = ListUnits(db);
  std::map<std::string, std::string> unit_names;
  for (const auto& u : units) unit_names[u.code] = u.name;
  const DateTime now = ctx.Now();

  PageData accounts = PageList();
  for (const auto& a : Accounts(db).ListAccounts(ActorOf(ctx))) {
    PageData row;
    row.set("login", a.login);
    row.set("role", RoleLabel(a.role));
    row.set("role_code", RoleCode(a.role));
    row.set("unit", a.unit.empty() ? "—" : a.unit + " " + unit_names[a.unit]);
    row.set("state", StateOf(a, now));
    row.set("must_change", a.must_change_password ? "có" : "không");
    row.set("created_at", a.created_at);
    row.set("may_disable", !a.disabled && a.login != ctx.account->login);
    row.set("may_enable", a.disabled || IsLocked(a, now) || a.failed_logins > 0 || !a.locked_until.empty());
    accounts.push_back(row);
  }

  PageData roles = PageList();
  for (Role role : {Role::kDonVi, Role::kTongHop, Role::kQuanTri}) {
    PageData item;
    item.set("code", RoleCode(role));
    item.set("label", RoleLabel(role));
    roles.push_back(item);
  }
  PageData unit_options = PageList();
  for (const auto& u : units) {
    if (!u.retired_from.empty()) continue;  // no account for a unit that no longer reports
    PageData item;
    item.set("code", u.code);
    item.set("name", u.name);
    unit_options.push_back(item);
  }

  PageData events = PageList();
  for (const auto& e : AuditLog(db).Last(kAuditShown)) {
    PageData row;
    row.set("at", e.at);
    row.set("account", e.account.empty() ? "—" : e.account);
    row.set("address", e.address);
    row.set("action", audit::ActionLabel(e.action));
    row.set("action_code", e.action);
    row.set("detail", e.detail);
    events.push_back(row);
  }

  PageData data;
  data.set("accounts", accounts);
  data.set("roles", roles);
  data.set("units", unit_options);
  data.set("events", events);
  data.set("audit_shown", std::to_string(kAuditShown));
  if (!error.empty()) data.set("error", error);
  if (error.empty() && !ctx.Param("da").empty()) {
    if (const auto named = Accounts(db).Find(ctx.Param("tai_khoan"))) {  // an account that exists, as stored
      const std::string done = Confirmation(ctx.Param("da"), named->login);
      if (!done.empty()) data.set("done", done);
    }
  }
  ctx.Page("accounts", data, "Tài khoản");
  ctx.res.status = status;
}

int StatusOf(const AccountError& e) {
  switch (e.reason()) {
    case AccountError::Reason::kForbidden: return 403;
    case AccountError::Reason::kUnknownAccount: return 404;
    default: return 400;
  }
}

// A one-time password, shown once: after creating an account or resetting its password.
void OneTimePasswordPage(RequestContext& ctx, const std::string& heading, const std::string& summary,
                         const std::string& password, const char* note) {
  PageData data;
  data.set("heading", heading);
  data.set("summary", summary);
  data.set("password", password);
  data.set("note", note);
  ctx.Page("accounts_password", data, heading);
}

void Create(RequestContext& ctx) {
  const std::string login = ctx.Param("login");
  const auto role = ParseRole(ctx.Param("role"));
  if (!role) {
    AccountsPage(ctx, 400, "Không thực hiện được: hãy chọn vai trò của tài khoản (đơn vị, tổng hợp hoặc quản trị).");
    return;
  }
  const std::string unit = *role == Role::kDonVi ? ctx.Param("unit") : "";  // other roles see every unit
  CreatedAccount created;
  try {
    created = Accounts(ctx.db()).CreateAccount(login, *role, unit, ActorOf(ctx), ctx.Now());
  } catch (const AccountError& e) {
    AccountsPage(ctx, StatusOf(e), Sentence(e.what()));
    return;
  }
  std::string summary = "Đã tạo tài khoản " + created.account.login + ", vai trò " + RoleCode(*role) + " (" +
                        RoleLabel(*role) + ")";
  if (!unit.empty()) summary += ", đơn vị " + unit + " " + created.unit_name;
  OneTimePasswordPage(ctx, "Đã tạo tài khoản", summary + ".", created.one_time_password, kOneTimeNote);
}

void Reset(RequestContext& ctx) {
  const std::string login = ctx.Param("login");
  Accounts accounts(ctx.db());
  std::string password;
  try {
    password = accounts.ResetPassword(login, ActorOf(ctx), ctx.Now());
  } catch (const AccountError& e) {
    AccountsPage(ctx, StatusOf(e), Sentence(e.what()));
    return;
  }
  const std::string name = accounts.Find(login)->login;
  ctx.services.sessions.EndAllOf(name);  // whoever was signed in with the old password is out
  if (name == ctx.account->login) ctx.session.reset();  // this very session is gone too
  OneTimePasswordPage(ctx, "Đã cấp lại mật khẩu",
                      "Đã cấp mật khẩu dùng một lần mới cho tài khoản " + name +
                          "; mật khẩu cũ không còn dùng được, các phiên đang mở của tài khoản đã kết thúc.",
                      password, kResetNote);
}

void SetEnabled(RequestContext& ctx, bool enable) {
  const std::string login = ctx.Param("login");
  Accounts accounts(ctx.db());
  bool changed = false;
  try {
    changed = enable ? accounts.Enable(login, ActorOf(ctx), ctx.Now()) : accounts.Disable(login, ActorOf(ctx), ctx.Now());
  } catch (const AccountError& e) {
    AccountsPage(ctx, StatusOf(e), Sentence(e.what()));
    return;
  }
  const std::string name = accounts.Find(login)->login;
  if (!enable) ctx.services.sessions.EndAllOf(name);
  const char* done = enable ? (changed ? "mo-lai" : "dang-dung") : (changed ? "vo-hieu" : "da-vo-hieu");
  ctx.Redirect(std::string("/tai-khoan?da=") + done + "&tai_khoan=" + name);  // a login is plain ASCII
}

}  // namespace

void AddAccountPages(Router& router) {
  router.Get("/tai-khoan", Access::kAdmin, [](RequestContext& ctx) { AccountsPage(ctx, 200, ""); });
  router.Post("/tai-khoan/tao", Access::kAdmin, Create);
  router.Post("/tai-khoan/cap-lai", Access::kAdmin, Reset);
  router.Post("/tai-khoan/vo-hieu", Access::kAdmin, [](RequestContext& ctx) { SetEnabled(ctx, false); });
  router.Post("/tai-khoan/mo-lai", Access::kAdmin, [](RequestContext& ctx) { SetEnabled(ctx, true); });
}

}  // namespace baocao::web
