// The units of the catalog with their names, levels and parents, in the catalog's order: for a page
// that names units or offers them in a list (the portal's account form), and what the indicators'
// unit tree is built from (indicators/unit_tree.h). store/catalog.h holds only the codes' tree.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"

namespace baocao {

struct UnitEntry {
  std::string code;          // ma_don_vi
  std::string name;          // ten_don_vi
  std::string retired_from;  // the period from which it no longer reports; "" while it does
  std::string cap;           // tinh | so_nganh | huyen | xa
  std::string parent;        // ma_don_vi_cha; "" for the root
};

// Every unit of the units table, by its ordinal in the catalog, then by code.
std::vector<UnitEntry> ListUnits(Database& db);

}  // namespace baocao
