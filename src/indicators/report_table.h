// The printed lines of a report's table (Report::table), decided here so that every generator
// prints the same rows (SPEC §5 "Rows"):
//
// - Hierarchy layout (dvc, ky_luat, tong_hop): one line per unit below the report's root in
//   hierarchy order (STT 1, 1.1, ...), each rolled up over its subtree, then the total.
// - Levels layout (form 06, a report whose root has units under it): the units grouped by level —
//   "Cấp tỉnh" (the province and its departments), "Cấp huyện", "Cấp xã" — each level a subtotal
//   line (I, II, III) followed by its units, each with the dossiers it received itself, so that a
//   level is the sum of its units and the total the sum of the levels. Aggregating units (nothing
//   of their own) are not listed. With `by_field`, the fields of each unit follow it.
// - Fields layout (form 06, a unit that deals with dossiers itself): one line per field (linh_vuc)
//   of its dossiers, then the total.
// The total line carries no rank; every line knows which lines it is the sum of (`parts`).
#pragma once

#include <vector>

#include "indicators/province_figures.h"
#include "indicators/report.h"

namespace baocao {

struct TableOptions {
  bool by_field = false;  // levels layout: the fields of each unit under it
};

// The hierarchy layout over report units (units[0] the root, printed last as the total).
std::vector<TableRow> HierarchyTable(const std::vector<UnitRow>& units);

// Form 06's layout for the report's root (tree index root): levels when it has units under it,
// fields otherwise. `report.units` must already be built (the total line is its root's row).
std::vector<TableRow> Form06Table(const ProvinceFigures& figures, const Report& report, int root,
                                  const TableOptions& options);

// The name of the level of a cap in form 06: "Cấp tỉnh" (tinh, so_nganh), "Cấp huyện", "Cấp xã".
const char* LevelName(const std::string& cap);

}  // namespace baocao
