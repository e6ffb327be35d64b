#include "store/catalog.h"

#include <SQLiteCpp/Statement.h>

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
  SQLite::Statement units(db.sql(), "SELECT ma_don_vi, IFNULL(ma_don_vi_cha, '') FROM units");
  while (units.executeStep()) catalog.parent_of.emplace(units.getColumn(0).getString(), units.getColumn(1).getString());
  SQLite::Statement procedures(db.sql(), "SELECT ma_tthc FROM procedures");
  while (procedures.executeStep()) catalog.procedures.insert(procedures.getColumn(0).getString());
  return catalog;
}

}  // namespace baocao
