#include "auth/permissions.h"

namespace baocao {

bool MayAccessUnit(const Account& account, const std::string& unit, const Catalog& catalog) {
  if (account.disabled || !catalog.HasUnit(unit)) return false;
  if (account.role != Role::kDonVi) return true;
  return !account.unit.empty() && catalog.IsWithin(unit, account.unit);
}

std::string ScopeRoot(const Account& account) { return account.role == Role::kDonVi ? account.unit : ""; }

bool MayManageAccounts(const Account& account) { return !account.disabled && account.role == Role::kQuanTri; }

bool MaySeeRuns(const Account& account) {
  return !account.disabled && (account.role == Role::kTongHop || account.role == Role::kQuanTri);
}

}  // namespace baocao
