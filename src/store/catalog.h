// The catalog as stored: unit codes with their parents, and procedure codes. Loaded once per
// submission to check references (a few thousand entries for a province).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "store/database.h"

namespace baocao {

struct Catalog {
  std::unordered_map<std::string, std::string> parent_of;  // ma_don_vi -> ma_don_vi_cha ("" root)
  std::unordered_set<std::string> procedures;              // ma_tthc

  bool HasUnit(const std::string& code) const { return parent_of.count(code) > 0; }
  // True when unit is ancestor itself or one of its descendants.
  bool IsWithin(const std::string& unit, const std::string& ancestor) const;
};

Catalog LoadCatalog(Database& db);

}  // namespace baocao
