// Computing a report: every indicator of SPEC §4 for every unit of a subtree and a period.
//
// Aggregation runs in SQL inside SQLite; no dossier is loaded into memory. Counts roll up along
// ma_don_vi_cha (added), rates are recomputed from the sums, a rate with a zero denominator is null,
// and a unit that has not reported for every export month of the period is `submitted = false` with
// null values. The flow balance (received = resolved + withdrawn + returned + pending) is checked for
// every unit; a failure throws DataError naming the unit.
#pragma once

#include <string>

#include "core/period.h"
#include "indicators/report.h"
#include "store/database.h"

namespace baocao {

// form: tthc | dvc | ky_luat | tong_hop. root: a unit code, or empty for the province root.
// Throws UsageError for an unknown form or unit.
Report ComputeReport(Database& db, const std::string& form, const Period& period,
                     const std::string& root = "");

}  // namespace baocao
