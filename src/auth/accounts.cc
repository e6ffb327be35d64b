#include "auth/accounts.h"

#include <algorithm>

#include "auth/account_error.h"
#include "auth/audit_actions.h"
#include "auth/credentials.h"
#include "auth/login_policy.h"
#include "auth/one_time_password.h"
#include "auth/password_hash.h"
#include "core/text.h"
#include "store/write_transaction.h"

namespace baocao {
namespace {

using Reason = AccountError::Reason;

DateTime AddSeconds(DateTime t, int seconds) {
  const long long total = static_cast<long long>(t.date.days) * 86400 + t.seconds + seconds;
  const long long days = total >= 0 ? total / 86400 : -((-total + 86399) / 86400);
  return DateTime{Date{static_cast<int>(days)}, static_cast<int>(total - days * 86400)};
}

// "10:15:00 ngày 01/12/2026"
std::string Spoken(const std::string& iso) {
  const auto t = ParseDateTime(iso);
  if (!t) return iso;
  const std::string time = iso.size() >= 19 ? iso.substr(11, 8) : iso;
  return time + " ngày " + t->date.Vietnamese();
}

// The messages of a refused login, as error messages (after "baocao: ") …
std::string LockedText(const std::string& locked_until) {
  return "tài khoản tạm khóa đến " + Spoken(locked_until) + " vì nhập sai mật khẩu " +
         std::to_string(LoginPolicy::kMaxFailedLogins) +
         " lần liên tiếp; hãy đăng nhập lại sau thời điểm đó, hoặc nhờ quản trị viên mở khóa";
}
const char* const kWrongCredentialsText =
    "tên đăng nhập hoặc mật khẩu không đúng; hãy kiểm tra rồi nhập lại (mật khẩu phân biệt chữ hoa, chữ thường)";
const char* const kDisabledText = "tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên";

// … and as a sentence of the login page (each of the texts above begins with an ASCII 't').
std::string Sentence(std::string text) {
  text[0] = 'T';
  return text + ".";
}

int DelayAfter(int failures) {
  return std::min(failures * LoginPolicy::kDelaySecondsPerFailure, LoginPolicy::kMaxDelaySeconds);
}

std::string Unquoted(const std::string& login) { return "\"" + login + "\""; }

Account Require(AccountStore& store, const std::string& login) {
  auto account = store.Find(login);
  if (!account) {
    if (!IsValidLogin(login)) throw AccountError(Reason::kBadLogin, LoginProblem(login));
    throw AccountError(Reason::kUnknownAccount,
                       "không có tài khoản " + Unquoted(login) + "; hãy kiểm tra tên đăng nhập");
  }
  return *account;
}

// The portal's actor must be an enabled administrator; the command line may do anything.
void CheckActor(AccountStore& store, const Actor& by) {
  if (by.login.empty()) return;
  const auto actor = store.Find(by.login);
  if (!actor || actor->disabled || actor->role != Role::kQuanTri)
    throw AccountError(Reason::kForbidden, "tài khoản " + Quoted(by.login) +
                                               " không có quyền quản lý tài khoản (cần vai trò quan_tri)");
}

// The state after one more failed login of account at now: the count (from 0 again when a lock has
// passed) and, at the failure that locks, the lock's end.
struct Failure {
  int count = 0;
  std::string locked_until;
};
Failure NextFailure(const Account& account, DateTime now) {
  const bool lock_passed = !account.locked_until.empty() && !IsLocked(account, now);
  Failure f;
  f.count = (lock_passed ? 0 : account.failed_logins) + 1;
  if (f.count >= LoginPolicy::kMaxFailedLogins) f.locked_until = AddSeconds(now, LoginPolicy::kLockMinutes * 60).Iso();
  return f;
}

std::string FailureDetail(const std::string& what, const Failure& f) {
  if (!f.locked_until.empty())
    return what + " lần " + std::to_string(f.count) + " liên tiếp: khóa tài khoản đến " + f.locked_until;
  return what + " (lần " + std::to_string(f.count) + " liên tiếp)";
}

}  // namespace

bool IsLocked(const Account& account, DateTime now) {
  if (account.locked_until.empty()) return false;
  const auto until = ParseDateTime(account.locked_until);
  return until && now < *until;
}

LoginResult Accounts::Authenticate(const std::string& login, const std::string& password, const std::string& address,
                                   DateTime now) {
  AccountStore store(db_);
  LoginResult result;
  const auto found = store.Find(login);
  if (!found) {
    VerifyAgainstNothing(password);
    result.message = Sentence(kWrongCredentialsText);
    result.delay_seconds = DelayAfter(1);
    audit::Record(db_, now, login, address, audit::kLoginFailed, "không có tài khoản này");
    return result;
  }
  if (IsLocked(*found, now)) {
    result.outcome = LoginResult::Outcome::kLocked;
    result.locked_until = found->locked_until;
    result.message = Sentence(LockedText(found->locked_until));
    result.delay_seconds = DelayAfter(found->failed_logins);
    audit::Record(db_, now, found->login, address, audit::kLoginFailed, "tài khoản đang tạm khóa đến " + found->locked_until);
    return result;
  }
  const bool right = password.size() <= kMaxPasswordLength * 4 && VerifyPassword(password, found->password_hash);
  const std::string rehashed = right && NeedsRehash(found->password_hash) ? HashPassword(password) : "";

  WriteTransaction tx(db_);
  auto account = store.Find(login);  // again: another login may have counted a failure meanwhile
  if (!account) account = found;     // deleted meanwhile: nothing to count, only to audit
  if (!right) {
    const Failure f = NextFailure(*account, now);
    store.SetFailures(account->id, f.count, f.locked_until);
    audit::Record(db_, now, account->login, address, audit::kLoginFailed, FailureDetail("sai mật khẩu", f));
    tx.Commit();
    result.delay_seconds = DelayAfter(f.count);
    if (!f.locked_until.empty()) {
      result.outcome = LoginResult::Outcome::kLocked;
      result.locked_until = f.locked_until;
      result.message = Sentence(LockedText(f.locked_until));
    } else {
      result.message = Sentence(kWrongCredentialsText);
    }
    return result;
  }
  if (account->disabled) {
    audit::Record(db_, now, account->login, address, audit::kLoginFailed, "tài khoản đã bị vô hiệu hóa");
    tx.Commit();
    result.outcome = LoginResult::Outcome::kDisabled;
    result.message = Sentence(kDisabledText);
    return result;
  }
  if (account->failed_logins != 0 || !account->locked_until.empty()) {
    store.SetFailures(account->id, 0, "");
    account->failed_logins = 0;
    account->locked_until.clear();
  }
  if (!rehashed.empty() && account->password_hash == found->password_hash) {
    store.SetPasswordHash(account->id, rehashed);
    account->password_hash = rehashed;
  }
  audit::Record(db_, now, account->login, address, audit::kLogin, account->must_change_password ? "phải đổi mật khẩu" : "");
  tx.Commit();
  result.outcome = LoginResult::Outcome::kOk;
  result.account = account;
  return result;
}

CreatedAccount Accounts::CreateAccount(const std::string& login, Role role, const std::string& unit, const Actor& by,
                                       DateTime now) {
  if (!IsValidLogin(login)) throw AccountError(Reason::kBadLogin, LoginProblem(login));
  if (role == Role::kDonVi && unit.empty())
    throw AccountError(Reason::kBadUnit,
                       "tài khoản vai trò don_vi (đơn vị) phải gắn với một đơn vị; hãy chỉ ra mã đơn vị của nó");
  if (role != Role::kDonVi && !unit.empty())
    throw AccountError(Reason::kBadUnit, std::string("tài khoản vai trò ") + RoleCode(role) + " (" + RoleLabel(role) +
                                             ") xem được mọi đơn vị, không gắn với đơn vị nào; hãy bỏ mã đơn vị");
  CreatedAccount created;
  created.one_time_password = NewOneTimePassword();
  const std::string hash = HashPassword(created.one_time_password);

  AccountStore store(db_);
  WriteTransaction tx(db_);
  CheckActor(store, by);
  if (const auto existing = store.Find(login)) {
    std::string message = "đã có tài khoản " + Unquoted(existing->login);
    if (existing->login != login) message += " (tên đăng nhập không phân biệt chữ hoa, chữ thường)";
    throw AccountError(Reason::kLoginTaken, message + "; hãy chọn tên đăng nhập khác");
  }
  if (!unit.empty()) {
    const auto found = store.FindUnit(unit);
    if (!found)
      throw AccountError(Reason::kBadUnit, "không có đơn vị " + Quoted(unit) +
                                               " trong danh mục đơn vị; hãy kiểm tra mã đơn vị, hoặc nộp danh mục "
                                               "đơn vị có đơn vị này trước");
    if (!found->retired_from.empty())
      throw AccountError(Reason::kBadUnit, "đơn vị " + Quoted(unit) + " đã thôi báo cáo từ kỳ " + found->retired_from +
                                               " (không còn trong danh mục đơn vị): không tạo tài khoản cho đơn vị này");
    created.unit_name = found->name;
  }
  Account& a = created.account;
  a.login = login;
  a.role = role;
  a.unit = unit;
  a.password_hash = hash;
  a.must_change_password = true;
  a.created_at = now.Iso();
  a.id = store.Insert(a);
  std::string detail = login + ": vai trò " + RoleCode(role);
  if (!unit.empty()) detail += ", đơn vị " + unit;
  audit::Record(db_, now, by.login, by.address, audit::kAccountCreated, detail);
  tx.Commit();
  return created;
}

std::string Accounts::ResetPassword(const std::string& login, const Actor& by, DateTime now) {
  const std::string password = NewOneTimePassword();
  const std::string hash = HashPassword(password);
  AccountStore store(db_);
  WriteTransaction tx(db_);
  CheckActor(store, by);
  const Account account = Require(store, login);
  store.SetPassword(account.id, hash, true);
  audit::Record(db_, now, by.login, by.address, audit::kPasswordReset, account.login + ": cấp mật khẩu dùng một lần mới");
  tx.Commit();
  return password;
}

void Accounts::ChangePassword(const std::string& login, const std::string& current_password,
                              const std::string& new_password, const std::string& address, DateTime now) {
  AccountStore store(db_);
  const Account found = Require(store, login);
  if (IsLocked(found, now)) {
    audit::Record(db_, now, found.login, address, audit::kPasswordChangeFailed,
          "tài khoản đang tạm khóa đến " + found.locked_until);
    throw AccountError(Reason::kLocked, LockedText(found.locked_until));
  }
  const bool right =
      current_password.size() <= kMaxPasswordLength * 4 && VerifyPassword(current_password, found.password_hash);
  std::string problem;
  std::string hash;
  if (right) {
    problem = PasswordProblem(new_password, found.login);
    if (problem.empty() && Nfc(new_password) == Nfc(current_password))
      problem = "mật khẩu mới phải khác mật khẩu hiện tại; hãy chọn mật khẩu khác";
    if (problem.empty()) hash = HashPassword(new_password);
  }

  WriteTransaction tx(db_);
  Account account = store.Find(login).value_or(found);
  if (!right) {
    const Failure f = NextFailure(account, now);
    store.SetFailures(account.id, f.count, f.locked_until);
    audit::Record(db_, now, account.login, address, audit::kPasswordChangeFailed, FailureDetail("sai mật khẩu hiện tại", f));
    tx.Commit();
    if (!f.locked_until.empty()) throw AccountError(Reason::kLocked, LockedText(f.locked_until));
    throw AccountError(Reason::kWrongPassword, "mật khẩu hiện tại không đúng; hãy nhập lại");
  }
  if (account.disabled) {
    audit::Record(db_, now, account.login, address, audit::kPasswordChangeFailed, "tài khoản đã bị vô hiệu hóa");
    tx.Commit();
    throw AccountError(Reason::kDisabled, kDisabledText);
  }
  if (!problem.empty()) {
    store.SetFailures(account.id, 0, "");  // the current password was right
    audit::Record(db_, now, account.login, address, audit::kPasswordChangeFailed, "mật khẩu mới không đạt yêu cầu");
    tx.Commit();
    throw AccountError(Reason::kWeakPassword, problem);
  }
  store.SetPassword(account.id, hash, false);
  audit::Record(db_, now, account.login, address, audit::kPasswordChanged, account.login);
  tx.Commit();
}

bool Accounts::Disable(const std::string& login, const Actor& by, DateTime now) {
  AccountStore store(db_);
  WriteTransaction tx(db_);
  CheckActor(store, by);
  const Account account = Require(store, login);
  if (!by.login.empty() && store.Find(by.login)->id == account.id)
    throw AccountError(Reason::kForbidden, "không thể tự vô hiệu hóa tài khoản đang dùng; hãy nhờ một quản trị viên khác");
  if (account.disabled) return false;
  store.SetDisabled(account.id, true);
  audit::Record(db_, now, by.login, by.address, audit::kAccountDisabled, account.login);
  tx.Commit();
  return true;
}

bool Accounts::Enable(const std::string& login, const Actor& by, DateTime now) {
  AccountStore store(db_);
  WriteTransaction tx(db_);
  CheckActor(store, by);
  const Account account = Require(store, login);
  const bool locked = IsLocked(account, now);
  if (!account.disabled && !locked && account.failed_logins == 0 && account.locked_until.empty()) return false;
  store.SetDisabled(account.id, false);
  store.SetFailures(account.id, 0, "");
  std::string detail = account.login;
  if (locked) detail += ": gỡ khóa do nhập sai mật khẩu";
  audit::Record(db_, now, by.login, by.address, audit::kAccountEnabled, detail);
  tx.Commit();
  return true;
}

std::vector<Account> Accounts::ListAccounts(const Actor& by) {
  AccountStore store(db_);
  CheckActor(store, by);
  return store.List();
}

std::optional<Account> Accounts::Find(const std::string& login) { return AccountStore(db_).Find(login); }

}  // namespace baocao
