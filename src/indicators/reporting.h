// Who has reported for a period (SPEC §2): the basis of "chưa báo cáo" and of the status command.
//
// Dossiers: a unit has reported for an export month when a dossiers submission for that month came
// from it, or came from one of its ancestors and holds at least one of its rows (table unit_reports
// records both); it has reported for a period when it has for every export month of the period.
// Discipline and evaluations (yearly): a unit has reported for a year when a discipline or
// evaluations submission for that year came from it or from one of its ancestors (such a file covers
// its whole subtree: a unit without decisions has none to list), or holds rows of it.
#pragma once

#include <string>
#include <vector>

#include "core/period.h"
#include "indicators/report.h"
#include "indicators/unit_tree.h"
#include "store/database.h"

namespace baocao {

struct ReportingState {
  std::vector<std::string> months;              // the period's export months
  // Per tree node: the export months it has NOT reported for (empty: reported for the period).
  std::vector<std::vector<std::string>> missing_months;
  std::vector<bool> people_reported;            // per tree node, for the period's year
  std::vector<bool> people_reported_previous;   // per tree node, for the year before
  std::vector<bool> dossiers_expected;          // per tree node: false for an aggregating unit
  std::vector<bool> people_expected;            // the same for discipline and evaluations
  // Per tree node: which expected units of its subtree have reported (the same for every report of
  // the period, so computed once here).
  std::vector<Coverage> dossiers_coverage;
  std::vector<Coverage> people_coverage;
  std::vector<Coverage> people_previous_coverage;

  bool dossiers_reported(int node) const { return missing_months[static_cast<size_t>(node)].empty(); }
  // Expected and not reported: what the status, the warnings and exit code 5 name.
  bool dossiers_missing(int node) const {
    return dossiers_expected[static_cast<size_t>(node)] && !dossiers_reported(node);
  }
  bool people_missing(int node) const {
    const auto at = static_cast<size_t>(node);
    return people_expected[at] && !people_reported[at];
  }
};

// Whether unit must report dossiers for an export month ("YYYY-MM"): every month before the one
// it was retired from (all of them for a unit still in the catalog).
bool MonthDue(const UnitNode& unit, const std::string& month);

ReportingState LoadReportingState(FiguresReader& reader, const UnitTree& tree, const Period& period);
ReportingState LoadReportingState(Database& db, const UnitTree& tree, const Period& period);

// Computes state's three coverages again from its per-node flags (after approved figures replaced
// some of them: indicators/approved_figures.h).
void RecomputeCoverages(const UnitTree& tree, ReportingState& state);

}  // namespace baocao
