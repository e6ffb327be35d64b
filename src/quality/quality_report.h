// What `baocao check` finds in a period's data, and what the `kiem_tra` report, the run summary and
// the run's exit code are made of: rule violations, outliers against a unit's own history,
// timeliness of the submissions, and differences between an approved period's frozen figures and
// the data stored since.
//
// Every finding names its unit (code, name, level) and carries its numbers both as values (for the
// JSON) and as the Vietnamese text an officer reads ("1.234", "4,40", "80,00%").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "indicators/report.h"
#include "indicators/reporting_status.h"

namespace baocao {

enum class Severity { kError, kWarning };  // rule file: severity = "error" | "warning"

// One rule (rules/kiem_tra.toml) that does not hold for one unit in the period.
struct RuleViolation {
  std::string unit;        // ma_don_vi
  std::string unit_name;   // ten_don_vi
  std::string cap;         // tinh | so_nganh | huyen | xa
  std::string rule;        // the rule's code, e.g. "QT03"
  std::string rule_name;   // Vietnamese short name
  Severity severity = Severity::kWarning;
  std::string message;     // the rule's Vietnamese message
  std::string left;        // the expressions as written in the rule file
  std::string op;          // "<=", "<", ">=", ">", "==", "!="
  std::string right;
  double left_value = 0;   // exact values of both sides (rationals printed as decimals)
  double right_value = 0;
  std::string left_text;   // Vietnamese: "15", "1.234", "4,4" (at most two decimals)
  std::string right_text;
  std::string basis;       // the rule's legal basis, or "" (printed with the finding)
};

// One unit's metric in the period compared with its own history (modified z-score).
struct OutlierFinding {
  std::string unit;
  std::string unit_name;
  std::string cap;
  std::string metric;       // new_total | resolved_total | overdue_total | online_rate | online_payment_rate
  std::string metric_name;  // Vietnamese
  bool rate = false;        // the values are fractions in [0, 1] (printed as percentages)
  double value = 0;         // the period's value
  std::vector<std::pair<std::string, double>> history;  // (period label, value), oldest first
  double median = 0;
  double mad = 0;           // median absolute deviation of the history
  double score = 0;         // 0.6745 * (value - median) / MAD (see outliers.h for MAD = 0)
};

// A unit whose history is too short to judge (fewer than the minimum periods with data).
struct ShortHistory {
  std::string unit;
  std::string unit_name;
  std::string cap;
  int periods = 0;  // periods of history with data
};

// An approved unit's figure that the data stored since would change.
struct ApprovalDifference {
  std::string unit;
  std::string unit_name;
  std::string cap;
  std::string key;       // a count key of SPEC §7
  std::string key_name;  // Vietnamese
  Value approved;        // as approved (frozen)
  Value current;         // from the data stored now
};

struct QualityReport {
  Period period;
  std::string root;       // ma_don_vi of the checked subtree's root
  std::string root_name;
  Date deadline;          // submissions for the period were due on this day
  std::vector<RuleViolation> violations;  // errors first, then warnings; hierarchy order within
  std::vector<OutlierFinding> outliers;   // flagged only, hierarchy order, metric order within
  std::vector<ShortHistory> short_history;
  int outlier_min_history = 6;            // as configured (rules/kiem_tra.toml)
  ReportingStatus timeliness;             // who reported, who was late, rates per level
  std::vector<ApprovalDifference> differences;

  int errors() const;
  int warnings() const;
};

}  // namespace baocao
