#include "auth/accounts.h"

#include <catch2/catch.hpp>

#include <functional>

#include "auth/account_error.h"
#include "auth/auth_fixture.h"
#include "auth/password_hash.h"
#include "store/account_store.h"
#include "test_support.h"

namespace baocao {
namespace {

using Outcome = LoginResult::Outcome;
using test::At;

const char* const kWrong =
    "Tên đăng nhập hoặc mật khẩu không đúng; hãy kiểm tra rồi nhập lại (mật khẩu phân biệt chữ hoa, chữ thường).";

// An account as after its first login: its own password, nothing to change.
Account Existing(const std::string& login, Role role, const std::string& unit, const std::string& hash) {
  Account a;
  a.login = login;
  a.role = role;
  a.unit = unit;
  a.password_hash = hash;
  a.must_change_password = false;
  a.created_at = "2026-11-30 08:00:00";
  return a;
}

// The sample units, an administrator "admin" (password "quản trị viên 2026") and a district account
// "huyen01" (H01, password "Hòa Bình 2026"); nothing in the audit log. The two hashes are made once
// per process (each costs about 0.1 s).
struct Province {
  Province() {
    static const std::string admin_hash = HashPassword("quản trị viên 2026");
    static const std::string huyen_hash = HashPassword("Hòa Bình 2026");
    test::LoadSampleUnits(db);
    AccountStore store(db);
    store.Insert(Existing("admin", Role::kQuanTri, "", admin_hash));
    store.Insert(Existing("huyen01", Role::kDonVi, "H01", huyen_hash));
  }
  Account Get(const std::string& login) { return *AccountStore(db).Find(login); }
  std::string Audit() { return test::QueryText(db, "SELECT at, account, address, action, detail FROM audit_log ORDER BY id"); }

  Database db{":memory:"};
  Accounts accounts{db};
};

// The AccountError an action throws.
template <typename Action>
AccountError Refusal(Action action) {
  try {
    action();
  } catch (const AccountError& e) {
    return e;
  }
  FAIL("no AccountError");
  return AccountError(AccountError::Reason::kForbidden, "");
}

TEST_CASE("A created account has an Argon2id hash of its one-time password, which must be changed, and is audited", "[auth][accounts]") {
  Database db(":memory:");
  test::LoadSampleUnits(db);
  Accounts accounts(db);
  const CreatedAccount created = accounts.CreateAccount("xa0101", Role::kDonVi, "X0101", Actor::CommandLine(), At());
  CHECK(created.account.id == 1);
  CHECK(created.account.login == "xa0101");
  CHECK(created.unit_name == "UBND phường Phương Lâm");
  const Account stored = *AccountStore(db).Find("xa0101");
  CHECK(stored.role == Role::kDonVi);
  CHECK(stored.unit == "X0101");
  CHECK(stored.password_hash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
  CHECK(VerifyPassword(created.one_time_password, stored.password_hash));
  CHECK(stored.password_hash.find(created.one_time_password) == std::string::npos);
  CHECK(stored.must_change_password);
  CHECK_FALSE(stored.disabled);
  CHECK(stored.created_at == "2026-12-01 10:00:00");
  CHECK(test::QueryText(db, "SELECT * FROM audit_log") ==
        "1|2026-12-01 10:00:00||cli|account_created|xa0101: vai trò don_vi, đơn vị X0101\n");
  const LoginResult first = accounts.Authenticate("xa0101", created.one_time_password, "10.0.0.7", At(60));
  CHECK(first.outcome == Outcome::kOk);
  REQUIRE(first.account);
  CHECK(first.account->must_change_password);
  CHECK(first.message.empty());
  CHECK(first.delay_seconds == 0);
  CHECK(test::QueryText(db, "SELECT * FROM audit_log WHERE id = 2") ==
        "2|2026-12-01 10:01:00|xa0101|10.0.0.7|login|phải đổi mật khẩu\n");
}

TEST_CASE("The right password logs in (the login in any case), a wrong one is refused and counted, an unknown login likewise", "[auth][accounts]") {
  Province p;
  const LoginResult ok = p.accounts.Authenticate("Huyen01", "Hòa Bình 2026", "10.0.0.7", At());
  CHECK(ok.outcome == Outcome::kOk);
  REQUIRE(ok.account);
  CHECK(ok.account->login == "huyen01");
  CHECK(ok.account->unit == "H01");
  CHECK_FALSE(ok.account->must_change_password);

  const LoginResult wrong = p.accounts.Authenticate("huyen01", "Hoa Binh 2026", "10.0.0.7", At(10));
  CHECK(wrong.outcome == Outcome::kWrongCredentials);
  CHECK_FALSE(wrong.account);
  CHECK(wrong.message == kWrong);
  CHECK(wrong.delay_seconds == 1);
  CHECK(p.Get("huyen01").failed_logins == 1);

  const LoginResult unknown = p.accounts.Authenticate("huyen09", "Hòa Bình 2026", "10.0.0.8", At(20));
  CHECK(unknown.outcome == Outcome::kWrongCredentials);
  CHECK(unknown.message == kWrong);  // the same answer: which logins exist is not told
  CHECK(unknown.delay_seconds == 1);
  // A hostile login is kept short and escaped in the log.
  p.accounts.Authenticate("x\n" + std::string(100, 'y'), "?", "10.0.0.9", At(30));

  CHECK(p.Audit() == "2026-12-01 10:00:00|huyen01|10.0.0.7|login|\n"
                     "2026-12-01 10:00:10|huyen01|10.0.0.7|login_failed|sai mật khẩu (lần 1 liên tiếp)\n"
                     "2026-12-01 10:00:20|huyen09|10.0.0.8|login_failed|không có tài khoản này\n"
                     "2026-12-01 10:00:30|x\\n" + std::string(62, 'y') + "…|10.0.0.9|login_failed|không có tài khoản này\n");
}

TEST_CASE("The 5th failed login locks the account for 15 minutes: the right password is refused until the lock passes", "[auth][accounts]") {
  Province p;
  for (int i = 1; i <= 4; ++i) {
    INFO(i);
    const LoginResult r = p.accounts.Authenticate("huyen01", "sai " + std::to_string(i), "10.0.0.7", At(i));
    CHECK(r.outcome == Outcome::kWrongCredentials);
    CHECK(r.delay_seconds == i);
    CHECK(r.locked_until.empty());
  }
  const LoginResult fifth = p.accounts.Authenticate("huyen01", "sai 5", "10.0.0.7", At(5));
  CHECK(fifth.outcome == Outcome::kLocked);
  CHECK(fifth.locked_until == "2026-12-01 10:15:05");
  CHECK(fifth.delay_seconds == 5);
  CHECK(fifth.message ==
        "Tài khoản tạm khóa đến 10:15:05 ngày 01/12/2026 vì nhập sai mật khẩu 5 lần liên tiếp; hãy đăng nhập lại sau "
        "thời điểm đó, hoặc nhờ quản trị viên mở khóa.");
  CHECK(p.Get("huyen01").failed_logins == 5);
  CHECK(p.Get("huyen01").locked_until == "2026-12-01 10:15:05");

  const LoginResult still = p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At(15 * 60 + 4));
  CHECK(still.outcome == Outcome::kLocked);
  CHECK_FALSE(still.account);
  CHECK(still.locked_until == "2026-12-01 10:15:05");
  CHECK(still.message == fifth.message);
  CHECK(p.Get("huyen01").failed_logins == 5);

  const LoginResult after = p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At(15 * 60 + 5));
  CHECK(after.outcome == Outcome::kOk);
  CHECK(p.Get("huyen01").failed_logins == 0);
  CHECK(p.Get("huyen01").locked_until.empty());

  CHECK(p.Audit() == "2026-12-01 10:00:01|huyen01|10.0.0.7|login_failed|sai mật khẩu (lần 1 liên tiếp)\n"
                     "2026-12-01 10:00:02|huyen01|10.0.0.7|login_failed|sai mật khẩu (lần 2 liên tiếp)\n"
                     "2026-12-01 10:00:03|huyen01|10.0.0.7|login_failed|sai mật khẩu (lần 3 liên tiếp)\n"
                     "2026-12-01 10:00:04|huyen01|10.0.0.7|login_failed|sai mật khẩu (lần 4 liên tiếp)\n"
                     "2026-12-01 10:00:05|huyen01|10.0.0.7|login_failed|sai mật khẩu lần 5 liên tiếp: khóa tài khoản "
                     "đến 2026-12-01 10:15:05\n"
                     "2026-12-01 10:15:04|huyen01|10.0.0.7|login_failed|tài khoản đang tạm khóa đến 2026-12-01 10:15:05\n"
                     "2026-12-01 10:15:05|huyen01|10.0.0.7|login|\n");
}

TEST_CASE("After a lock has passed the count starts again, and a success clears it", "[auth][accounts]") {
  Province p;
  AccountStore(p.db).SetFailures(p.Get("huyen01").id, 5, "2026-12-01 09:59:00");  // a lock that has passed
  const LoginResult r = p.accounts.Authenticate("huyen01", "sai", "10.0.0.7", At());
  CHECK(r.outcome == Outcome::kWrongCredentials);
  CHECK(p.Get("huyen01").failed_logins == 1);
  CHECK(p.Get("huyen01").locked_until.empty());
  p.accounts.Authenticate("huyen01", "sai nữa", "10.0.0.7", At(1));
  CHECK(p.Get("huyen01").failed_logins == 2);
  CHECK(p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At(2)).outcome == Outcome::kOk);
  CHECK(p.Get("huyen01").failed_logins == 0);
  for (int i = 0; i < 4; ++i) p.accounts.Authenticate("huyen01", "sai", "10.0.0.7", At(3 + i));
  CHECK(p.Get("huyen01").failed_logins == 4);  // four more, not locked: the success started the count again
  CHECK(p.Get("huyen01").locked_until.empty());
}

TEST_CASE("A disabled account is refused with the right password, and a wrong password says only that", "[auth][accounts]") {
  Province p;
  CHECK(p.accounts.Disable("huyen01", Actor::CommandLine(), At()));
  const LoginResult r = p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At(60));
  CHECK(r.outcome == Outcome::kDisabled);
  CHECK_FALSE(r.account);
  CHECK(r.message == "Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên.");
  CHECK(p.accounts.Authenticate("huyen01", "sai", "10.0.0.7", At(61)).outcome == Outcome::kWrongCredentials);
  CHECK_FALSE(p.accounts.Disable("huyen01", Actor::CommandLine(), At(62)));  // already: nothing written
  CHECK(p.accounts.Enable("huyen01", Actor::CommandLine(), At(120)));
  CHECK(p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At(180)).outcome == Outcome::kOk);
  CHECK_FALSE(p.accounts.Enable("huyen01", Actor::CommandLine(), At(181)));
  CHECK(p.Audit() == "2026-12-01 10:00:00||cli|account_disabled|huyen01\n"
                     "2026-12-01 10:01:00|huyen01|10.0.0.7|login_failed|tài khoản đã bị vô hiệu hóa\n"
                     "2026-12-01 10:01:01|huyen01|10.0.0.7|login_failed|sai mật khẩu (lần 1 liên tiếp)\n"
                     "2026-12-01 10:02:00||cli|account_enabled|huyen01\n"
                     "2026-12-01 10:03:00|huyen01|10.0.0.7|login|\n");
}

TEST_CASE("Enabling a locked account unlocks it at once", "[auth][accounts]") {
  Province p;
  for (int i = 0; i < 5; ++i) p.accounts.Authenticate("huyen01", "sai", "10.0.0.7", At(i));
  REQUIRE(p.Get("huyen01").locked_until == "2026-12-01 10:15:04");
  CHECK(p.accounts.Enable("huyen01", {"admin", "10.0.0.2"}, At(60)));
  CHECK(p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At(61)).outcome == Outcome::kOk);
  CHECK(test::QueryText(p.db, "SELECT account, address, action, detail FROM audit_log WHERE action = 'account_enabled'") ==
        "admin|10.0.0.2|account_enabled|huyen01: gỡ khóa do nhập sai mật khẩu\n");
}

TEST_CASE("A reset gives a new one-time password: the old password no longer works, the lock is cleared", "[auth][accounts]") {
  Province p;
  for (int i = 0; i < 5; ++i) p.accounts.Authenticate("huyen01", "sai", "10.0.0.7", At(i));
  const std::string otp = p.accounts.ResetPassword("HUYEN01", Actor::CommandLine(), At(60));
  CHECK(otp.size() == 19);
  const Account a = p.Get("huyen01");
  CHECK(a.must_change_password);
  CHECK(a.failed_logins == 0);
  CHECK(a.locked_until.empty());
  CHECK(p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At(61)).outcome == Outcome::kWrongCredentials);
  const LoginResult r = p.accounts.Authenticate("huyen01", otp, "10.0.0.7", At(62));
  CHECK(r.outcome == Outcome::kOk);
  CHECK(r.account->must_change_password);
  CHECK(test::QueryText(p.db, "SELECT at, account, address, action, detail FROM audit_log WHERE action = 'password_reset'") ==
        "2026-12-01 10:01:00||cli|password_reset|huyen01: cấp mật khẩu dùng một lần mới\n");
}

TEST_CASE("Changing a password checks the current one (counted as a failed login), the rules, and clears must_change_password", "[auth][accounts]") {
  Province p;
  const std::string otp = p.accounts.ResetPassword("huyen01", Actor::CommandLine(), At());
  AccountError e = Refusal([&] { p.accounts.ChangePassword("huyen01", "sai", "Thành phố Hòa Bình", "10.0.0.7", At(1)); });
  CHECK(e.reason() == AccountError::Reason::kWrongPassword);
  CHECK(std::string(e.what()) == "mật khẩu hiện tại không đúng; hãy nhập lại");
  CHECK(p.Get("huyen01").failed_logins == 1);
  e = Refusal([&] { p.accounts.ChangePassword("huyen01", otp, "ngắn quá", "10.0.0.7", At(2)); });
  CHECK(e.reason() == AccountError::Reason::kWeakPassword);
  CHECK(std::string(e.what()) ==
        "mật khẩu phải có ít nhất 10 ký tự (mật khẩu đã nhập có 8 ký tự); hãy chọn mật khẩu dài hơn");
  CHECK(p.Get("huyen01").failed_logins == 0);  // the current password was right
  e = Refusal([&] { p.accounts.ChangePassword("huyen01", otp, "HUYEN01", "10.0.0.7", At(3)); });
  CHECK(e.reason() == AccountError::Reason::kWeakPassword);
  e = Refusal([&] { p.accounts.ChangePassword("huyen01", otp, otp, "10.0.0.7", At(4)); });
  CHECK(std::string(e.what()) == "mật khẩu mới phải khác mật khẩu hiện tại; hãy chọn mật khẩu khác");
  CHECK(p.Get("huyen01").must_change_password);

  p.accounts.ChangePassword("huyen01", otp, "Thành phố Hòa Bình", "10.0.0.7", At(5));
  CHECK_FALSE(p.Get("huyen01").must_change_password);
  CHECK(p.accounts.Authenticate("huyen01", otp, "10.0.0.7", At(6)).outcome == Outcome::kWrongCredentials);
  const LoginResult r = p.accounts.Authenticate("huyen01", "Thành phố Hòa Bình", "10.0.0.7", At(7));
  CHECK(r.outcome == Outcome::kOk);
  CHECK_FALSE(r.account->must_change_password);
  CHECK(p.Audit() == "2026-12-01 10:00:00||cli|password_reset|huyen01: cấp mật khẩu dùng một lần mới\n"
                     "2026-12-01 10:00:01|huyen01|10.0.0.7|password_change_failed|sai mật khẩu hiện tại (lần 1 liên tiếp)\n"
                     "2026-12-01 10:00:02|huyen01|10.0.0.7|password_change_failed|mật khẩu mới không đạt yêu cầu\n"
                     "2026-12-01 10:00:03|huyen01|10.0.0.7|password_change_failed|mật khẩu mới không đạt yêu cầu\n"
                     "2026-12-01 10:00:04|huyen01|10.0.0.7|password_change_failed|mật khẩu mới không đạt yêu cầu\n"
                     "2026-12-01 10:00:05|huyen01|10.0.0.7|password_changed|huyen01\n"
                     "2026-12-01 10:00:06|huyen01|10.0.0.7|login_failed|sai mật khẩu (lần 1 liên tiếp)\n"
                     "2026-12-01 10:00:07|huyen01|10.0.0.7|login|\n");
}

TEST_CASE("Wrong current passwords lock the account like failed logins, and a locked account cannot change its password", "[auth][accounts]") {
  Province p;
  for (int i = 0; i < 4; ++i) p.accounts.Authenticate("huyen01", "sai", "10.0.0.7", At(i));
  AccountError e = Refusal([&] { p.accounts.ChangePassword("huyen01", "sai", "Thành phố Hòa Bình", "10.0.0.7", At(4)); });
  CHECK(e.reason() == AccountError::Reason::kLocked);
  CHECK(std::string(e.what()) ==
        "tài khoản tạm khóa đến 10:15:04 ngày 01/12/2026 vì nhập sai mật khẩu 5 lần liên tiếp; hãy đăng nhập lại sau "
        "thời điểm đó, hoặc nhờ quản trị viên mở khóa");
  e = Refusal([&] { p.accounts.ChangePassword("huyen01", "Hòa Bình 2026", "Thành phố Hòa Bình", "10.0.0.7", At(5)); });
  CHECK(e.reason() == AccountError::Reason::kLocked);
  CHECK(VerifyPassword("Hòa Bình 2026", p.Get("huyen01").password_hash));
}

TEST_CASE("Account creation refuses a bad login, a taken one in any case, a unit that is missing, retired or not for the role", "[auth][accounts]") {
  Province p;
  p.db.connection().ExecuteScript("UPDATE units SET retired_from = '2025-07' WHERE ma_don_vi = 'X0102'");
  const std::string before = test::DumpDatabase(p.db);
  const auto cli = Actor::CommandLine();
  struct Case {
    std::string login;
    Role role;
    std::string unit;
    AccountError::Reason reason;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"xã01", Role::kDonVi, "X0101", AccountError::Reason::kBadLogin,
       "tên đăng nhập \"xã01\" không hợp lệ: tên đăng nhập dài từ 3 đến 64 ký tự, chỉ gồm chữ cái không dấu, chữ số, "
       "dấu chấm (.), gạch dưới (_), gạch ngang (-)"},
      {"Admin", Role::kQuanTri, "", AccountError::Reason::kLoginTaken,
       "đã có tài khoản \"admin\" (tên đăng nhập không phân biệt chữ hoa, chữ thường); hãy chọn tên đăng nhập khác"},
      {"admin", Role::kQuanTri, "", AccountError::Reason::kLoginTaken,
       "đã có tài khoản \"admin\"; hãy chọn tên đăng nhập khác"},
      {"xa9999", Role::kDonVi, "X9999", AccountError::Reason::kBadUnit,
       "không có đơn vị \"X9999\" trong danh mục đơn vị; hãy kiểm tra mã đơn vị, hoặc nộp danh mục đơn vị có đơn vị "
       "này trước"},
      {"xa0102", Role::kDonVi, "X0102", AccountError::Reason::kBadUnit,
       "đơn vị \"X0102\" đã thôi báo cáo từ kỳ 2025-07 (không còn trong danh mục đơn vị): không tạo tài khoản cho đơn "
       "vị này"},
      {"xa0101", Role::kDonVi, "", AccountError::Reason::kBadUnit,
       "tài khoản vai trò don_vi (đơn vị) phải gắn với một đơn vị; hãy chỉ ra mã đơn vị của nó"},
      {"tonghop", Role::kTongHop, "T17", AccountError::Reason::kBadUnit,
       "tài khoản vai trò tong_hop (tổng hợp) xem được mọi đơn vị, không gắn với đơn vị nào; hãy bỏ mã đơn vị"},
  };
  for (const auto& c : cases) {
    INFO(c.login);
    const AccountError e = Refusal([&] { p.accounts.CreateAccount(c.login, c.role, c.unit, cli, At()); });
    CHECK(e.reason() == c.reason);
    CHECK(std::string(e.what()) == c.message);
  }
  CHECK(test::DumpDatabase(p.db) == before);  // nothing written, not even to the log
}

TEST_CASE("From the portal only an enabled administrator manages accounts, and never disables itself", "[auth][accounts]") {
  Province p;
  const Actor unit_account{"huyen01", "10.0.0.7"};
  const std::string forbidden = "tài khoản \"huyen01\" không có quyền quản lý tài khoản (cần vai trò quan_tri)";
  for (auto action : std::vector<std::function<void()>>{
           [&] { p.accounts.CreateAccount("xa0101", Role::kDonVi, "X0101", unit_account, At()); },
           [&] { p.accounts.ResetPassword("admin", unit_account, At()); },
           [&] { p.accounts.Disable("admin", unit_account, At()); },
           [&] { p.accounts.Enable("admin", unit_account, At()); },
           [&] { p.accounts.ListAccounts(unit_account); }}) {
    const AccountError e = Refusal(action);
    CHECK(e.reason() == AccountError::Reason::kForbidden);
    CHECK(std::string(e.what()) == forbidden);
  }
  CHECK(p.Audit().empty());
  const Actor admin{"admin", "10.0.0.2"};
  const CreatedAccount created = p.accounts.CreateAccount("xa0101", Role::kDonVi, "X0101", admin, At());
  CHECK(p.accounts.ListAccounts(admin).size() == 3);
  const AccountError self = Refusal([&] { p.accounts.Disable("ADMIN", admin, At(1)); });
  CHECK(self.reason() == AccountError::Reason::kForbidden);
  CHECK(std::string(self.what()) == "không thể tự vô hiệu hóa tài khoản đang dùng; hãy nhờ một quản trị viên khác");
  CHECK(p.accounts.Disable("xa0101", admin, At(2)));
  const AccountError unknown = Refusal([&] { p.accounts.ResetPassword("xa0199", admin, At(3)); });
  CHECK(unknown.reason() == AccountError::Reason::kUnknownAccount);
  CHECK(std::string(unknown.what()) == "không có tài khoản \"xa0199\"; hãy kiểm tra tên đăng nhập");
  // A disabled administrator can do nothing more.
  p.accounts.CreateAccount("admin2", Role::kQuanTri, "", admin, At(4));
  p.accounts.Disable("admin", {"admin2", "10.0.0.3"}, At(5));
  CHECK(Refusal([&] { p.accounts.Enable("xa0101", admin, At(6)); }).reason() == AccountError::Reason::kForbidden);
  CHECK(p.Audit() == "2026-12-01 10:00:00|admin|10.0.0.2|account_created|xa0101: vai trò don_vi, đơn vị X0101\n"
                     "2026-12-01 10:00:02|admin|10.0.0.2|account_disabled|xa0101\n"
                     "2026-12-01 10:00:04|admin|10.0.0.2|account_created|admin2: vai trò quan_tri\n"
                     "2026-12-01 10:00:05|admin2|10.0.0.3|account_disabled|admin\n");
}

TEST_CASE("A hash of a weaker cost is replaced by an interactive one at the next login", "[auth][accounts]") {
  Province p;
  AccountStore(p.db).SetPasswordHash(p.Get("huyen01").id, HashPassword("Hòa Bình 2026", HashCost::Minimum()));
  REQUIRE(NeedsRehash(p.Get("huyen01").password_hash));
  CHECK(p.accounts.Authenticate("huyen01", "Hòa Bình 2026", "10.0.0.7", At()).outcome == Outcome::kOk);
  const std::string hash = p.Get("huyen01").password_hash;
  CHECK(hash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
  CHECK(VerifyPassword("Hòa Bình 2026", hash));
}

}  // namespace
}  // namespace baocao
