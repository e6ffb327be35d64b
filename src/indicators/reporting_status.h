// Who has reported for a period, unit by unit, and the reporting rate per level: what an officer
// asks first ("which communes are missing?"), printed by `baocao status` and the run summary.
#pragma once

#include <string>
#include <vector>

#include "core/period.h"
#include "store/database.h"

namespace baocao {

struct UnitStatus {
  std::string code;
  std::string name;
  std::string cap;
  int depth = 0;                              // 0 for the subtree's root
  std::vector<std::string> missing_months;    // export months without a dossiers report
  int months_reported = 0;
  bool people_reported = false;               // discipline/evaluations for the period's year
  // false for an aggregating unit (SPEC §2): not expected to submit dossiers (people), never missing
  bool expected = true;
  bool people_expected = true;
  std::string last_submitted_at;              // newest dossiers submission that reported it, or ""
  std::string last_file;                      // its file name

  bool reported() const { return missing_months.empty(); }
  bool missing() const { return expected && !reported(); }
};

// The units of a level that are expected to report (aggregating units are not counted).
struct LevelRate {
  std::string cap;   // tinh | so_nganh | huyen | xa, in that order; "" for the whole subtree
  int reported = 0;
  int total = 0;
};

struct ReportingStatus {
  Period period;
  std::vector<std::string> months;
  std::vector<UnitStatus> units;   // hierarchy order
  std::vector<LevelRate> levels;   // levels present in the subtree, then the total ("" cap)

  int missing() const { return levels.back().total - levels.back().reported; }
};

// root: a unit code, or empty for the province. Throws UsageError for an unknown unit.
ReportingStatus ComputeReportingStatus(Database& db, const Period& period, const std::string& root = "");

}  // namespace baocao
