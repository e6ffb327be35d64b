// The quality rules and outlier settings as data: rules/kiem_tra.toml (README "Kiểm tra chất lượng số
// liệu" documents the format). A new rule is an edit of that file, not new C++.
//
// A rule compares two expressions (quality/expression.h) over one unit's own figures for the period:
// `left op right`, with a severity, a Vietnamese message, and optionally the levels, the kinds of
// period and the dates it applies to. The loader refuses a malformed file with an InputError naming
// the file, line and column, in Vietnamese (never the TOML library's English).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "quality/expression.h"
#include "quality/quality_report.h"

namespace baocao {

enum class Comparison { kLessEqual, kLess, kGreaterEqual, kGreater, kEqual, kNotEqual };

// Whether `Compare(left, right)`'s result satisfies op.
bool Holds(Comparison op, int compared);

struct QualityRule {
  std::string code;     // "QT01"
  std::string name;     // Vietnamese short name
  std::string left;     // as written
  std::string op;       // "<=", "<", ">=", ">", "==", "!="
  std::string right;
  Expression left_expression;
  Expression right_expression;
  Comparison comparison = Comparison::kEqual;
  Severity severity = Severity::kError;
  std::string message;  // Vietnamese: what is wrong and what the unit should do
  std::vector<std::string> levels;         // caps; empty: every level
  std::vector<Period::Kind> periods;       // empty: every kind
  std::optional<Date> from;                // applies when the period's last day is in [from, until]
  std::optional<Date> until;
  std::string basis;                       // legal basis, or ""
  bool uses_previous = false;              // some key is previous.*
  int line = 0;                            // where it is in the file

  // Whether the rule is checked for a unit of level cap in period.
  bool AppliesTo(const Period& period, const std::string& cap) const;
};

struct OutlierSettings {
  double threshold = 3.5;  // |modified z-score| above this is flagged
  int min_history = 6;     // periods with data needed before anything is flagged
  int history = 12;        // previous periods of the same kind looked at
  // new_total | resolved_total | overdue_total | online_rate | online_payment_rate
  std::vector<std::string> metrics;
};

struct QualityRules {
  std::string file;
  std::vector<QualityRule> rules;
  OutlierSettings outliers;
};

// A rule's two sides for one unit, exactly, and whether it holds.
struct RuleOutcome {
  Rational left;
  Rational right;
  bool holds = true;
};

// Evaluates rule with value(key) giving each key's value (key as written, "previous." included),
// or nullopt when a key has no value or a division by zero occurs: the rule is then not checked.
// Throws DataError when the arithmetic overflows.
std::optional<RuleOutcome> EvaluateRule(const QualityRule& rule,
                                        const std::function<std::optional<Rational>(const std::string&)>& value);

// The metrics outliers may be computed for, and their Vietnamese names ("" for an unknown one).
const std::vector<std::string>& OutlierMetrics();
std::string OutlierMetricName(const std::string& metric);
bool OutlierMetricIsRate(const std::string& metric);

// Reads one rules file. Throws InputError (file:line:column, Vietnamese) when it is malformed: TOML
// syntax, an unknown key, a missing or empty field, a syntax error or an unknown name in an
// expression, an unknown op, severity, level or period kind, a repeated code, until before from.
QualityRules ReadQualityRules(const std::string& path);

// <rules_dir>/kiem_tra.toml (rules_dir: scorecard/rule_pack.h DefaultRulesDir() by default).
// Throws InputError when the file is missing.
QualityRules LoadQualityRules(const std::string& rules_dir);

}  // namespace baocao
