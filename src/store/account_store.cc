#include "store/account_store.h"

#include <memory>

namespace baocao {
namespace {

constexpr const char* kColumns =
    "id, login, role, COALESCE(ma_don_vi, ''), password_hash, must_change_password, disabled, created_at, "
    "failed_logins, COALESCE(locked_until, '')";

Account ReadAccount(SqlStatement& q) {
  Account a;
  a.id = q.GetInt(0);
  a.login = q.GetString(1);
  a.role = ParseRole(q.GetString(2)).value_or(Role::kDonVi);  // the CHECK allows no other
  a.unit = q.GetString(3);
  a.password_hash = q.GetString(4);
  a.must_change_password = q.GetInt(5) != 0;
  a.disabled = q.GetInt(6) != 0;
  a.created_at = q.GetString(7);
  a.failed_logins = static_cast<int>(q.GetInt(8));
  a.locked_until = q.GetString(9);
  return a;
}

// An empty text as NULL.
std::optional<std::string_view> TextOrNull(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return std::string_view(text);
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

// Logins compare without regard to case (the schema's UNIQUE does too): lower() on both sides, so
// that the query does not depend on the column's collation.
std::optional<Account> AccountStore::Find(const std::string& login) {
  auto q = db_.connection().Prepare(std::string("SELECT ") + kColumns + " FROM accounts WHERE lower(login) = lower(?)");
  BindAll(*q, login);
  if (!q->Step()) return std::nullopt;
  return ReadAccount(*q);
}

std::vector<Account> AccountStore::List() {
  auto q = db_.connection().Prepare(std::string("SELECT ") + kColumns + " FROM accounts ORDER BY lower(login), id");
  std::vector<Account> out;
  while (q->Step()) out.push_back(ReadAccount(*q));
  return out;
}

int64_t AccountStore::Insert(const Account& a) {
  auto q = db_.connection().Prepare(
      "INSERT INTO accounts (login, role, ma_don_vi, password_hash, must_change_password, disabled, "
      "created_at, failed_logins, locked_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  BindAll(*q, a.login, RoleCode(a.role), TextOrNull(a.unit), a.password_hash, a.must_change_password, a.disabled,
          a.created_at, a.failed_logins, TextOrNull(a.locked_until));
  q->Step();
  const int64_t id = q->GetInt(0);
  q->Reset();
  return id;
}

void AccountStore::SetPassword(int64_t id, const std::string& password_hash, bool must_change_password) {
  auto q = db_.connection().Prepare(
      "UPDATE accounts SET password_hash = ?, must_change_password = ?, failed_logins = 0, "
      "locked_until = NULL WHERE id = ?");
  BindAll(*q, password_hash, must_change_password, id);
  q->Execute();
}

void AccountStore::SetPasswordHash(int64_t id, const std::string& password_hash) {
  auto q = db_.connection().Prepare("UPDATE accounts SET password_hash = ? WHERE id = ?");
  BindAll(*q, password_hash, id);
  q->Execute();
}

void AccountStore::SetDisabled(int64_t id, bool disabled) {
  auto q = db_.connection().Prepare("UPDATE accounts SET disabled = ? WHERE id = ?");
  BindAll(*q, disabled, id);
  q->Execute();
}

void AccountStore::SetFailures(int64_t id, int failed_logins, const std::string& locked_until) {
  auto q = db_.connection().Prepare("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?");
  BindAll(*q, failed_logins, TextOrNull(locked_until), id);
  q->Execute();
}

std::optional<AccountStore::Unit> AccountStore::FindUnit(const std::string& code) {
  auto q = db_.connection().Prepare("SELECT ten_don_vi, COALESCE(retired_from, '') FROM units WHERE ma_don_vi = ?");
  BindAll(*q, code);
  if (!q->Step()) return std::nullopt;
  return Unit{q->GetString(0), q->GetString(1)};
}

}  // namespace baocao
