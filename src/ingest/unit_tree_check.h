// The rules of a units file beyond one field: every code fits the unit-code pattern (it becomes
// file names, core/unit_code.h), codes unique in the file, every parent known (in the
// file or already stored), one province root, no cycle. A row whose parent is rejected is rejected
// too, so a --partial submission never stores a unit hanging from nothing.
#pragma once

#include <vector>

#include "ingest/columns.h"
#include "ingest/problem.h"
#include "store/catalog.h"
#include "store/records.h"

namespace baocao {

struct UnitTreeCheck {
  Problems problems;  // at most one per row, in row order
};

// units: the rows that passed the row checks (ordinal = their row). header: for column numbers.
UnitTreeCheck CheckUnitTree(const std::vector<UnitRecord>& units, const Catalog& stored,
                            const HeaderMap& header);

}  // namespace baocao
