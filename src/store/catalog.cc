#include "store/catalog.h"

#include <memory>

namespace baocao {

bool Catalog::IsWithin(const std::string& unit, const std::string& ancestor) const {
  std::string current = unit;
  for (size_t steps = 0; steps <= parent_of.size(); ++steps) {  // bounded: a cycle cannot hang
    if (current == ancestor) return true;
    const auto it = parent_of.find(current);
    if (it == parent_of.end() || it->second.empty()) return false;
    current = it->second;
  }
  return false;
}

Catalog LoadCatalog(Database& db) {
  Catalog catalog;
  auto units = db.connection().Prepare("SELECT ma_don_vi, COALESCE(ma_don_vi_cha, '') FROM units");
  while (units->Step()) catalog.parent_of.emplace(units->GetString(0), units->GetString(1));
  auto procedures = db.connection().Prepare("SELECT ma_tthc FROM procedures");
  while (procedures->Step()) catalog.procedures.insert(procedures->GetString(0));
  return catalog;
}

}  // namespace baocao
