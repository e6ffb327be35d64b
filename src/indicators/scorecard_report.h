// The chi_so_766 report (the 766 scorecard, Quyết định 766/QĐ-TTg): every unit's six group scores
// and total out of 100, its rank among the units of its level across the province, and the change
// against the previous calendar period of the same kind — built from Scorecards given by a
// ScorecardSource (this layer computes no score: src/scorecard does).
//
// The period is always the calendar variant (CalendarPeriod): 2026-08 is 01/08–31/08/2026 whatever
// the caller chose. Units print in hierarchy order, the report's root first, every line a unit line
// (no total: points do not add up); the values under the keys listed for chi_so_766 in report.h.
// Ranks: the units of one cap across the whole province that have a scorecard, by total, the
// highest 1, ties sharing a rank (1, 2, 2, 4). A unit the source gives no scorecard reads "không có
// dữ liệu" and is not ranked; the change is null when the unit has no scorecard in either period.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "core/period.h"
#include "indicators/report.h"
#include "indicators/unit_tree.h"
#include "scorecard/scorecard.h"
#include "store/database.h"

namespace baocao {

inline constexpr const char* kScorecardForm = "chi_so_766";

// Every unit's scorecard for a calendar period, by ma_don_vi (each over the unit's whole subtree).
// A unit left out has nothing to score for the period (its line reads "không có dữ liệu"); an
// empty map for a period that cannot be scored (before the decision).
using ScorecardSource = std::function<std::map<std::string, Scorecard>(const Period&)>;

// The calendar variant of a month, quarter, half or year (a range stays as it is).
Period CalendarPeriod(const Period& period);

// The previous calendar period of the same kind: 2026-08 -> 2026-07, 2026-Q1 -> 2025-Q4,
// 2026 -> 2025. A range: the range of the same length just before it.
Period PreviousCalendarPeriod(const Period& period);

// The report for root (empty: the province root) over tree. Throws UsageError for an unknown unit.
Report BuildScorecardReport(const UnitTree& tree, const Period& period, const std::string& root,
                            const ScorecardSource& source);

// Loads the unit tree of the period and builds the report with `source`.
Report ComputeScorecardReport(Database& db, const Period& period, const std::string& root,
                              const ScorecardSource& source);

}  // namespace baocao
