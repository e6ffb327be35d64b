#include "store/backend_database.h"
#include "store/account_store.h"

#include <catch2/catch.hpp>

#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

Account Sample(const std::string& login, Role role, const std::string& unit) {
  Account a;
  a.login = login;
  a.role = role;
  a.unit = unit;
  a.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  a.must_change_password = true;
  a.created_at = "2026-12-01 10:00:00";
  return a;
}

// The engine's error an insert of a gives, or "" when it is stored.
// The constraint an insert broke, the same on both engines: "UNIQUE" (SQLite's extended codes 2067
// and 1555, PostgreSQL's SQLSTATE 23505) or "CHECK" (275, 23514); "" when it went in.
std::string InsertError(AccountStore& store, const Account& a) {
  try {
    store.Insert(a);
    return "";
  } catch (const SqlError& e) {
    if (e.code() == "2067" || e.code() == "1555" || e.code() == "23505") return "UNIQUE";
    if (e.code() == "275" || e.code() == "23514") return "CHECK";
    return e.code() + ": " + e.what();
  }
}

TEST_CASE("Roles have their codes and Vietnamese labels, and nothing else is a role", "[store][accounts]") {
  CHECK(std::string(RoleCode(Role::kDonVi)) == "don_vi");
  CHECK(std::string(RoleCode(Role::kTongHop)) == "tong_hop");
  CHECK(std::string(RoleCode(Role::kQuanTri)) == "quan_tri");
  CHECK(std::string(RoleLabel(Role::kDonVi)) == "đơn vị");
  CHECK(std::string(RoleLabel(Role::kTongHop)) == "tổng hợp");
  CHECK(std::string(RoleLabel(Role::kQuanTri)) == "quản trị");
  CHECK(ParseRole("tong_hop") == Role::kTongHop);
  CHECK(ParseRole("admin") == std::nullopt);
  CHECK(ParseRole("Don_Vi") == std::nullopt);
  CHECK(ParseRole("") == std::nullopt);
}

TEST_CASE("An account is stored and found again by its login in any case, and listed by login", "[store][accounts]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  AccountStore store(db);
  const int64_t xa = store.Insert(Sample("xa01", Role::kDonVi, "X0101"));
  const int64_t admin = store.Insert(Sample("admin", Role::kQuanTri, ""));
  CHECK(xa == 1);
  CHECK(admin == 2);
  const auto found = store.Find("XA01");
  REQUIRE(found);
  CHECK(found->id == 1);
  CHECK(found->login == "xa01");
  CHECK(found->role == Role::kDonVi);
  CHECK(found->unit == "X0101");
  CHECK(found->password_hash == "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
  CHECK(found->must_change_password);
  CHECK_FALSE(found->disabled);
  CHECK(found->created_at == "2026-12-01 10:00:00");
  CHECK(found->failed_logins == 0);
  CHECK(found->locked_until.empty());
  CHECK(store.Find("xa02") == std::nullopt);
  std::vector<std::string> logins;
  for (const auto& a : store.List()) logins.push_back(a.login);
  CHECK(logins == std::vector<std::string>{"admin", "xa01"});
  CHECK(test::QueryText(db, "SELECT id, login, role, COALESCE(ma_don_vi, 'NULL'), must_change_password, disabled, "
                            "failed_logins, COALESCE(locked_until, 'NULL') FROM accounts ORDER BY id") ==
        "1|xa01|don_vi|X0101|1|0|0|NULL\n2|admin|quan_tri|NULL|1|0|0|NULL\n");
}

TEST_CASE("The database refuses a login that breaks the rule, a second login differing in case, a role that is not one, and a unit that does not fit the role", "[store][accounts]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  AccountStore store(db);
  REQUIRE(InsertError(store, Sample("xa01", Role::kDonVi, "X0101")).empty());
  const std::string check = "CHECK";
  CHECK(InsertError(store, Sample("XA01", Role::kDonVi, "X0102")) == "UNIQUE");
  for (const std::string& login : std::vector<std::string>{"ab", "a/b", "xã01", "a b", std::string(65, 'a'), "x'01"}) {
    INFO(login);
    CHECK(InsertError(store, Sample(login, Role::kTongHop, "")) == check);
  }
  CHECK(InsertError(store, Sample(std::string(64, 'a'), Role::kTongHop, "")).empty());
  CHECK(InsertError(store, Sample("a.b_c-D9", Role::kTongHop, "")).empty());
  CHECK(InsertError(store, Sample("donvi", Role::kDonVi, "")) == check);       // don_vi without a unit
  CHECK(InsertError(store, Sample("tonghop", Role::kTongHop, "H01")) == check);  // a unit for another role
  CHECK_THROWS_AS(db.connection().ExecuteScript("INSERT INTO accounts (login, role, password_hash, must_change_password, disabled, "
                                "created_at, failed_logins) VALUES ('root', 'admin', 'x', 1, 0, '2026-12-01', 0)"),
                  SqlError);
  CHECK(test::QueryText(db, "SELECT login FROM accounts ORDER BY id") == "xa01\n" + std::string(64, 'a') + "\na.b_c-D9\n");
}

TEST_CASE("A new password clears failed logins and the lock, a rehash changes the hash alone", "[store][accounts]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  AccountStore store(db);
  const int64_t id = store.Insert(Sample("xa01", Role::kDonVi, "X0101"));
  store.SetFailures(id, 5, "2026-12-01 10:15:00");
  CHECK(store.Find("xa01")->failed_logins == 5);
  CHECK(store.Find("xa01")->locked_until == "2026-12-01 10:15:00");
  store.SetPasswordHash(id, "$argon2id$new");
  CHECK(store.Find("xa01")->failed_logins == 5);
  CHECK(store.Find("xa01")->must_change_password);
  store.SetPassword(id, "$argon2id$newer", false);
  const Account a = *store.Find("xa01");
  CHECK(a.password_hash == "$argon2id$newer");
  CHECK_FALSE(a.must_change_password);
  CHECK(a.failed_logins == 0);
  CHECK(a.locked_until.empty());
  store.SetDisabled(id, true);
  CHECK(store.Find("xa01")->disabled);
  store.SetDisabled(id, false);
  CHECK_FALSE(store.Find("xa01")->disabled);
  CHECK(test::QueryText(db, "SELECT locked_until IS NULL FROM accounts") == "1\n");
}

TEST_CASE("A unit an account may be given is found with its name and retirement", "[store][accounts]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  db.connection().ExecuteScript("INSERT INTO units (ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, ordinal, retired_from) VALUES "
                "('T17', 'UBND tỉnh Hòa Bình', 'tinh', NULL, 1, NULL), ('X15', 'UBND xã Lương Sơn', 'xa', 'T17', 2, "
                "'2025-12')");
  AccountStore store(db);
  const auto t17 = store.FindUnit("T17");
  REQUIRE(t17);
  CHECK(t17->name == "UBND tỉnh Hòa Bình");
  CHECK(t17->retired_from.empty());
  CHECK(store.FindUnit("X15")->retired_from == "2025-12");
  CHECK_FALSE(store.FindUnit("X16"));
}

}  // namespace
}  // namespace baocao
