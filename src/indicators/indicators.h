// Computing a report: every indicator of SPEC §4 for every unit of a subtree and a period.
//
// Aggregation reads the database once per period (province_figures.h: one streaming pass over the
// period's dossiers; no dossier is held in memory). Counts roll up along ma_don_vi_cha (added), rates
// are recomputed from the sums, a rate with a zero denominator is null. A unit's own records count
// only when it has reported for every export month of the period; every row is the roll-up of the
// units of its subtree that have reported, `submitted = false` (null values, "chưa báo cáo") only
// when none of them has, and its Coverage says which expected units it leaves out (SPEC §2).
// Aggregating units are never expected, never warned about. People figures (discipline,
// evaluations) follow their own, yearly reporting in every form that shows them. The flow balance (received = resolved + withdrawn + returned + pending) is
// checked for every unit of the report; a failure throws DataError naming the unit.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/period.h"
#include "indicators/province_figures.h"
#include "indicators/report.h"
#include "indicators/unit_tree.h"
#include "store/database.h"

namespace baocao {

struct ReportOptions {
  bool by_field = false;  // tthc: the fields of each unit under it in the table (report --by-field)
  // tong_hop (ComputeReport): the day submissions for the period were due, for the "reported on
  // time" rate (Report::reporting); without one every reported unit is on time. The CLI and the
  // portal pass SubmissionDeadline(period, 15), a run its job's deadline_day.
  std::optional<Date> deadline = std::nullopt;
};

// form: tthc | dvc | ky_luat | tong_hop. root: a unit code, or empty for the province root.
// Throws UsageError for an unknown form or unit, DataError when the balance fails.
Report BuildReport(const ProvinceFigures& figures, const std::string& form,
                   const std::string& root = "", const ReportOptions& options = {});

// Per tree node of f: its ranks over the province (rank_on_time, rank_of, rank_online,
// rank_online_of, rank_satisfaction, rank_satisfaction_of; null when not ranked) — the frozen ones
// for an approved unit.
std::vector<Values> UnitRanks(const ProvinceFigures& f);

// ComputeFigures + BuildReport (UsageError for kiem_tra: quality/kiem_tra_report.h), and for
// tong_hop Report::reporting (ComputeReportingStatus of the report's subtree with options.deadline);
// for chi_so_766 ComputeScorecardReport with ScorecardsFromStore
// (the period's calendar variant: indicators/scorecard_report.h).
Report ComputeReport(Database& db, const std::string& form, const Period& period,
                     const std::string& root = "", const ReportOptions& options = {});

// The place name of the date line: "UBND tỉnh Hòa Bình" → "Hòa Bình".
std::string PlaceName(const std::string& unit_name);

// The place of a report's date line: the root unit's, the province's for a department (so_nganh).
// root_index: the root's index in tree; root: a unit code or empty for the province (UsageError for
// an unknown one), the tree read for the period's first export month.
std::string ReportPlace(const UnitTree& tree, int root_index);
std::string ReportPlace(Database& db, const Period& period, const std::string& root);

}  // namespace baocao
