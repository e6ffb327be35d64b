// Who may do what (issue 12), decided on the server for every request whatever a page showed.
//
// A unit's account (don_vi) sees and submits for its own unit and every unit below it in the unit
// tree of the catalog (a district's account: the district and its communes; not another district
// or its communes). The province's reporting office (tong_hop) and administrators (quan_tri) see
// every unit. Only administrators manage accounts; the reporting office and administrators see the
// scheduled runs. A disabled account may do nothing, and a code that is not a unit of the catalog
// is nobody's.
#pragma once

#include <string>

#include "store/account_store.h"
#include "store/catalog.h"

namespace baocao {

// May account see the data of unit, and submit for it?
bool MayAccessUnit(const Account& account, const std::string& unit, const Catalog& catalog);

// The root of the subtree account sees: its unit for don_vi; "" (the whole province) otherwise.
std::string ScopeRoot(const Account& account);

// Create, disable, enable accounts, reset their passwords, read the audit log: quan_tri.
bool MayManageAccounts(const Account& account);

// The history of scheduled runs and their files: tong_hop and quan_tri.
bool MaySeeRuns(const Account& account);

}  // namespace baocao
