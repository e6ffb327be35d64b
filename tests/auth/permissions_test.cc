#include "auth/permissions.h"

#include <catch2/catch.hpp>

#include "auth/auth_fixture.h"
#include "store/catalog.h"

namespace baocao {
namespace {

Account Of(Role role, const std::string& unit = "") {
  Account a;
  a.login = "test";
  a.role = role;
  a.unit = unit;
  return a;
}

// The units of the sample catalog that account may access, in the units file's order.
std::string Visible(const Account& account, const Catalog& catalog) {
  std::string out;
  for (const char* unit : {"T17", "S01", "S02", "H01", "X0101", "X0102", "H02", "X0201", "X0202", "H03", "X0301"})
    if (MayAccessUnit(account, unit, catalog)) out += std::string(out.empty() ? "" : " ") + unit;
  return out;
}

TEST_CASE("A district's account sees the district and its communes, not another district's, a commune's only itself", "[auth]") {
  Database db(":memory:");
  test::LoadSampleUnits(db);
  const Catalog catalog = LoadCatalog(db);
  CHECK(Visible(Of(Role::kDonVi, "H01"), catalog) == "H01 X0101 X0102");
  CHECK(Visible(Of(Role::kDonVi, "H02"), catalog) == "H02 X0201 X0202");
  CHECK(Visible(Of(Role::kDonVi, "X0101"), catalog) == "X0101");
  CHECK(Visible(Of(Role::kDonVi, "S01"), catalog) == "S01");
  CHECK(Visible(Of(Role::kDonVi, "T17"), catalog) == "T17 S01 S02 H01 X0101 X0102 H02 X0201 X0202 H03 X0301");
  CHECK(ScopeRoot(Of(Role::kDonVi, "H01")) == "H01");
}

TEST_CASE("The reporting office and administrators see every unit, a disabled account none, an unknown code nobody", "[auth]") {
  Database db(":memory:");
  test::LoadSampleUnits(db);
  const Catalog catalog = LoadCatalog(db);
  const std::string all = "T17 S01 S02 H01 X0101 X0102 H02 X0201 X0202 H03 X0301";
  CHECK(Visible(Of(Role::kTongHop), catalog) == all);
  CHECK(Visible(Of(Role::kQuanTri), catalog) == all);
  CHECK(ScopeRoot(Of(Role::kTongHop)).empty());
  Account disabled = Of(Role::kTongHop);
  disabled.disabled = true;
  CHECK(Visible(disabled, catalog).empty());
  Account disabled_unit = Of(Role::kDonVi, "H01");
  disabled_unit.disabled = true;
  CHECK(Visible(disabled_unit, catalog).empty());
  CHECK_FALSE(MayAccessUnit(Of(Role::kTongHop), "X9999", catalog));
  CHECK_FALSE(MayAccessUnit(Of(Role::kDonVi, "H01"), "", catalog));
  CHECK_FALSE(MayAccessUnit(Of(Role::kDonVi, ""), "H01", catalog));  // a don_vi account without a unit sees nothing
}

TEST_CASE("Only administrators manage accounts, the reporting office and administrators see the runs", "[auth]") {
  CHECK_FALSE(MayManageAccounts(Of(Role::kDonVi, "T17")));
  CHECK_FALSE(MayManageAccounts(Of(Role::kTongHop)));
  CHECK(MayManageAccounts(Of(Role::kQuanTri)));
  CHECK_FALSE(MaySeeRuns(Of(Role::kDonVi, "T17")));
  CHECK(MaySeeRuns(Of(Role::kTongHop)));
  CHECK(MaySeeRuns(Of(Role::kQuanTri)));
  Account disabled = Of(Role::kQuanTri);
  disabled.disabled = true;
  CHECK_FALSE(MayManageAccounts(disabled));
  CHECK_FALSE(MaySeeRuns(disabled));
}

}  // namespace
}  // namespace baocao
