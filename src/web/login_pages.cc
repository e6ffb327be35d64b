#include "auth/account_error.h"
#include "auth/accounts.h"
#include "auth/audit_actions.h"
#include "web/pages.h"

namespace baocao::web {
namespace {

void LoginForm(RequestContext& ctx, int status, const std::string& message, const std::string& login) {
  if (!ctx.session) ctx.StartSession("");
  PageData data;
  if (!message.empty()) data.set("message", message);
  data.set("login_value", login);
  ctx.Page("login", data, "Đăng nhập");
  ctx.res.status = status;
}

void PasswordForm(RequestContext& ctx, int status, const std::string& message, bool done) {
  PageData data;
  if (!message.empty()) data.set("message", message);
  if (done) data.set("done", true);
  if (ctx.account && ctx.account->must_change_password) data.set("first_time", true);
  ctx.Page("password", data, "Đổi mật khẩu");
  ctx.res.status = status;
}

}  // namespace

void AddLoginPages(Router& router) {
  router.Get("/", Access::kSignedIn, [](RequestContext& ctx) {
    ctx.Redirect(ctx.account->role == Role::kDonVi ? "/nop" : "/tinh-hinh");
  });

  router.Get("/dang-nhap", Access::kAnyone, [](RequestContext& ctx) {
    if (ctx.session && !ctx.session->login.empty()) {
      ctx.Redirect("/");
      return;
    }
    LoginForm(ctx, 200, "", "");
  });

  router.Post("/dang-nhap", Access::kAnyone, [](RequestContext& ctx) {
    const std::string login = ctx.Param("login");
    const LoginResult result = Accounts(ctx.db()).Authenticate(login, ctx.Param("password"), ctx.address, ctx.Now());
    if (result.delay_seconds > 0) ctx.services.config.wait_seconds(result.delay_seconds);
    switch (result.outcome) {
      case LoginResult::Outcome::kOk:
        ctx.StartSession(result.account->login);  // a new session id: one planted before is worth nothing
        ctx.Redirect(result.account->must_change_password ? "/doi-mat-khau" : "/");
        return;
      case LoginResult::Outcome::kLocked:
        LoginForm(ctx, 429, result.message, login);
        return;
      default:
        LoginForm(ctx, 401, result.message, login);
        return;
    }
  });

  router.Post("/dang-xuat", Access::kSignedIn, [](RequestContext& ctx) {
    ctx.Audit(audit::kLogout, "");
    ctx.EndSession();
    ctx.Redirect("/dang-nhap");
  });

  router.Get("/doi-mat-khau", Access::kSignedIn, [](RequestContext& ctx) { PasswordForm(ctx, 200, "", false); });

  router.Post("/doi-mat-khau", Access::kSignedIn, [](RequestContext& ctx) {
    const std::string fresh = ctx.Param("new_password");
    if (fresh != ctx.Param("new_password_again")) {
      PasswordForm(ctx, 400, "Hai lần nhập mật khẩu mới không giống nhau. Hãy nhập lại.", false);
      return;
    }
    try {
      Accounts(ctx.db()).ChangePassword(ctx.account->login, ctx.Param("current_password"), fresh, ctx.address, ctx.Now());
    } catch (const AccountError& e) {
      if (e.reason() == AccountError::Reason::kForbidden) throw;
      PasswordForm(ctx, e.reason() == AccountError::Reason::kLocked ? 429 : 400, e.what(), false);
      return;
    }
    ctx.services.sessions.EndAllOf(ctx.account->login);  // other browsers signed in with the old password
    ctx.StartSession(ctx.account->login);
    ctx.account->must_change_password = false;
    PasswordForm(ctx, 200, "", true);
  });
}

}  // namespace baocao::web
