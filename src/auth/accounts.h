// The accounts of the web portal: logging in under the login policy (login_policy.h), creating
// accounts, resetting, changing and checking passwords, disabling and enabling — each step written
// to the audit log in the same transaction as the change it records. The command line
// (`baocao user …`) and the portal both call these functions.
//
// Time is given by the caller (`now`, local time), never read here, so tests run a lock out on a
// fixed clock. Passwords are hashed outside the database's write transaction (a hash takes about
// 0.1 s), and the account is read again inside it, so concurrent logins count every failure.
//
// Account changes name who acts (Actor): an account of the portal, which must be an enabled
// administrator (quan_tri), or the command line on the server (Actor::CommandLine(): whoever has a
// shell there may do anything already). Refusals are AccountError (account_error.h), in Vietnamese.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/account_store.h"
#include "store/database.h"

namespace baocao {

struct Actor {
  std::string login;    // the acting account; "" for the command line
  std::string address;  // its IP address; "cli" for the command line
  static Actor CommandLine() { return {"", "cli"}; }
};

struct LoginResult {
  enum class Outcome {
    kOk,                // account is set; if must_change_password, ask for a new password first
    kWrongCredentials,  // no such login, or a wrong password (the answer does not tell which)
    kLocked,            // too many failures: refused until locked_until, even with the right password
    kDisabled,          // the right password, but the account is disabled
  };
  Outcome outcome = Outcome::kWrongCredentials;
  std::optional<Account> account;  // kOk
  std::string message;             // for the login page, Vietnamese; "" for kOk
  std::string locked_until;        // kLocked: "2026-12-01 10:15:00"
  int delay_seconds = 0;           // how long the portal waits before answering (login_policy.h)
};

struct CreatedAccount {
  Account account;
  std::string one_time_password;  // shown once, never stored
  std::string unit_name;          // ten_don_vi of the account's unit; "" for no unit
};

class Accounts {
 public:
  explicit Accounts(Database& db) : db_(db) {}

  // Checks login and password (login_policy.h) and audits the attempt (login / login_failed) with
  // address. Never throws for a refused login: the outcome says why.
  LoginResult Authenticate(const std::string& login, const std::string& password, const std::string& address,
                           DateTime now);

  // A new account with a one-time password that must be changed at the first login. unit: the
  // ma_don_vi of a don_vi account (a unit of the catalog, not retired); "" for the other roles.
  CreatedAccount CreateAccount(const std::string& login, Role role, const std::string& unit, const Actor& by,
                               DateTime now);

  // A new one-time password for login (which must then be changed); clears failed logins and the
  // lock. Returns the password, shown once.
  std::string ResetPassword(const std::string& login, const Actor& by, DateTime now);

  // The account's own change: checks current_password like a login (a wrong one counts as a failed
  // login, and a locked account is refused), checks the new one against the rules (credentials.h),
  // and clears must_change_password.
  void ChangePassword(const std::string& login, const std::string& current_password, const std::string& new_password,
                      const std::string& address, DateTime now);

  // Returns false, writing nothing, when the account was disabled already.
  bool Disable(const std::string& login, const Actor& by, DateTime now);
  // Enables the account and clears its failed logins and lock (so it also unlocks a locked account).
  // Returns false, writing nothing, when it was enabled with no failed login counted and no lock.
  bool Enable(const std::string& login, const Actor& by, DateTime now);

  // Every account, by login.
  std::vector<Account> ListAccounts(const Actor& by);
  // The account of a login (case-insensitive), for the portal to check a session's account again.
  std::optional<Account> Find(const std::string& login);

 private:
  Database& db_;
};

// Whether account is locked at now (locked_until still ahead).
bool IsLocked(const Account& account, DateTime now);

}  // namespace baocao
