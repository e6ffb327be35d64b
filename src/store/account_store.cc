#include "store/account_store.h"

#include <SQLiteCpp/Statement.h>

namespace baocao {
namespace {

constexpr const char* kColumns =
    "id, login, role, IFNULL(ma_don_vi, ''), password_hash, must_change_password, disabled, created_at, "
    "failed_logins, IFNULL(locked_until, '')";

Account ReadAccount(SQLite::Statement& q) {
  Account a;
  a.id = q.getColumn(0).getInt64();
  a.login = q.getColumn(1).getString();
  a.role = ParseRole(q.getColumn(2).getString()).value_or(Role::kDonVi);  // the CHECK allows no other
  a.unit = q.getColumn(3).getString();
  a.password_hash = q.getColumn(4).getString();
  a.must_change_password = q.getColumn(5).getInt() != 0;
  a.disabled = q.getColumn(6).getInt() != 0;
  a.created_at = q.getColumn(7).getString();
  a.failed_logins = q.getColumn(8).getInt();
  a.locked_until = q.getColumn(9).getString();
  return a;
}

void BindTextOrNull(SQLite::Statement& q, int index, const std::string& text) {
  if (text.empty())
    q.bind(index);
  else
    q.bind(index, text);
}

}  // namespace

const char* RoleCode(Role role) {
  switch (role) {
    case Role::kDonVi: return "don_vi";
    case Role::kTongHop: return "tong_hop";
    case Role::kQuanTri: return "quan_tri";
  }
  return "";
}

const char* RoleLabel(Role role) {
  switch (role) {
    case Role::kDonVi: return "đơn vị";
    case Role::kTongHop: return "tổng hợp";
    case Role::kQuanTri: return "quản trị";
  }
  return "";
}

std::optional<Role> ParseRole(const std::string& code) {
  for (Role r : {Role::kDonVi, Role::kTongHop, Role::kQuanTri})
    if (code == RoleCode(r)) return r;
  return std::nullopt;
}

std::optional<Account> AccountStore::Find(const std::string& login) {
  SQLite::Statement q(db_.sql(), std::string("SELECT ") + kColumns + " FROM accounts WHERE login = ?");
  q.bind(1, login);
  if (!q.executeStep()) return std::nullopt;
  return ReadAccount(q);
}

std::vector<Account> AccountStore::List() {
  SQLite::Statement q(db_.sql(), std::string("SELECT ") + kColumns + " FROM accounts ORDER BY login, id");
  std::vector<Account> out;
  while (q.executeStep()) out.push_back(ReadAccount(q));
  return out;
}

int64_t AccountStore::Insert(const Account& a) {
  SQLite::Statement q(db_.sql(),
                      "INSERT INTO accounts (login, role, ma_don_vi, password_hash, must_change_password, disabled, "
                      "created_at, failed_logins, locked_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, a.login);
  q.bind(2, RoleCode(a.role));
  BindTextOrNull(q, 3, a.unit);
  q.bind(4, a.password_hash);
  q.bind(5, a.must_change_password ? 1 : 0);
  q.bind(6, a.disabled ? 1 : 0);
  q.bind(7, a.created_at);
  q.bind(8, a.failed_logins);
  BindTextOrNull(q, 9, a.locked_until);
  q.exec();
  return db_.sql().getLastInsertRowid();
}

void AccountStore::SetPassword(int64_t id, const std::string& password_hash, bool must_change_password) {
  SQLite::Statement q(db_.sql(),
                      "UPDATE accounts SET password_hash = ?, must_change_password = ?, failed_logins = 0, "
                      "locked_until = NULL WHERE id = ?");
  q.bind(1, password_hash);
  q.bind(2, must_change_password ? 1 : 0);
  q.bind(3, id);
  q.exec();
}

void AccountStore::SetPasswordHash(int64_t id, const std::string& password_hash) {
  SQLite::Statement q(db_.sql(), "UPDATE accounts SET password_hash = ? WHERE id = ?");
  q.bind(1, password_hash);
  q.bind(2, id);
  q.exec();
}

void AccountStore::SetDisabled(int64_t id, bool disabled) {
  SQLite::Statement q(db_.sql(), "UPDATE accounts SET disabled = ? WHERE id = ?");
  q.bind(1, disabled ? 1 : 0);
  q.bind(2, id);
  q.exec();
}

void AccountStore::SetFailures(int64_t id, int failed_logins, const std::string& locked_until) {
  SQLite::Statement q(db_.sql(), "UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?");
  q.bind(1, failed_logins);
  BindTextOrNull(q, 2, locked_until);
  q.bind(3, id);
  q.exec();
}

std::optional<AccountStore::Unit> AccountStore::FindUnit(const std::string& code) {
  SQLite::Statement q(db_.sql(), "SELECT ten_don_vi, IFNULL(retired_from, '') FROM units WHERE ma_don_vi = ?");
  q.bind(1, code);
  if (!q.executeStep()) return std::nullopt;
  return Unit{q.getColumn(0).getString(), q.getColumn(1).getString()};
}

}  // namespace baocao
