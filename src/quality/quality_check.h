// `baocao check`: every finding of the data quality checks for one period and one subtree, in one
// QualityReport (quality/quality_report.h) — the rules of rules/kiem_tra.toml on each unit's own
// figures, outliers against each unit's own history, timeliness, and the differences from an
// approved period's frozen figures (computed by the function QualityOptions::differences names).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "quality/quality_report.h"
#include "scorecard/rule_pack.h"
#include "store/database.h"

namespace baocao {

struct QualityOptions {
  std::string rules_dir = DefaultRulesDir();  // where kiem_tra.toml is (empty: DefaultRulesDir() too)
  std::optional<Date> deadline;   // timeliness (ComputeReportingStatus); none: nobody is late
  // The approval differences of the subtree (part of the approval feature); empty: none listed.
  std::function<std::vector<ApprovalDifference>(Database&, const Period&, const std::string&)> differences;
};

// The period before `period` of the same kind and calendar flag (month → previous month, quarter →
// previous quarter, half → previous half, year → previous year), or nullopt for a range of days.
std::optional<Period> PreviousPeriodOfKind(const Period& period);

// root: a unit code, or empty for the province. Throws UsageError for an unknown unit, InputError
// for a malformed rules file, DataError when a rule's arithmetic overflows.
//
// Rules: for each unit of the subtree in hierarchy order, each rule that applies to its level and
// to the period, on the unit's OWN figures; a rule is skipped for a unit when a key it uses has no
// value (dossier keys: the unit reported dossiers for the period; people keys: it reported discipline
// and evaluations for the year; previous.*: the same for the previous period) — so an aggregating
// unit is skipped. Outliers: each metric of [outliers] against the unit's previous `history` periods
// of the same kind in which it reported and the metric has a value; none for a range.
QualityReport ComputeQualityCheck(Database& db, const Period& period, const std::string& root,
                                  const QualityOptions& options);

}  // namespace baocao
