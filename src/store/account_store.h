// The accounts of the web portal as stored: who may log in, with which role and for which unit,
// the password's Argon2id hash and the state of the login policy (failed logins, lock).
//
// SQL only: the rules (what a login may be, how a password is hashed, when an account locks) are
// in src/auth/, which is the only user of this store. Logins are compared without regard to case
// (`Xa01` and `xa01` are one account: the column is COLLATE NOCASE), so an officer who types the
// name with a capital letter still reaches the account.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace baocao {

// What an account may do (issue 12): a unit's account submits for its unit and sees its subtree; the
// province's reporting office sees every unit, report and run; an administrator manages accounts.
enum class Role { kDonVi, kTongHop, kQuanTri };

// "don_vi", "tong_hop", "quan_tri": the codes stored and typed on the command line.
const char* RoleCode(Role role);
// "đơn vị", "tổng hợp", "quản trị": how a role is shown to an officer.
const char* RoleLabel(Role role);
// The role of a code; nullopt for anything else.
std::optional<Role> ParseRole(const std::string& code);

struct Account {
  int64_t id = 0;
  std::string login;
  Role role = Role::kDonVi;
  std::string unit;  // ma_don_vi for Role::kDonVi, else ""
  std::string password_hash;
  bool must_change_password = true;
  bool disabled = false;
  std::string created_at;    // "2026-12-01 10:00:00"
  int failed_logins = 0;     // consecutive failed logins
  std::string locked_until;  // "2026-12-01 10:15:00" while (or since) locked, else ""
};

class AccountStore {
 public:
  explicit AccountStore(Database& db) : db_(db) {}

  // The account of a login (case-insensitive), or nullopt.
  std::optional<Account> Find(const std::string& login);
  // Every account, by login.
  std::vector<Account> List();
  // Adds the account (its id is ignored) and returns its id. The login must be free (else the
  // database's UNIQUE constraint fails).
  int64_t Insert(const Account& account);
  // Sets the password's hash and whether it must be changed at the next login; clears failed logins
  // and the lock.
  void SetPassword(int64_t id, const std::string& password_hash, bool must_change_password);
  // Replaces the hash alone (a rehash with stronger parameters at login).
  void SetPasswordHash(int64_t id, const std::string& password_hash);
  void SetDisabled(int64_t id, bool disabled);
  // The login policy's state: consecutive failures and the end of the lock ("" for none).
  void SetFailures(int64_t id, int failed_logins, const std::string& locked_until);

  // A unit of the catalog that an account may be given: its name and retired_from ("" while it is
  // in the catalog); nullopt when the code is not in the units table.
  struct Unit {
    std::string name;
    std::string retired_from;
  };
  std::optional<Unit> FindUnit(const std::string& code);

 private:
  Database& db_;
};

}  // namespace baocao
