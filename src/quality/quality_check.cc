#include "quality/quality_check.h"

#include <algorithm>
#include <map>
#include <memory>

#include "indicators/province_figures.h"
#include "indicators/reporting_status.h"
#include "quality/outliers.h"
#include "quality/quality_rules.h"
#include "quality/rule_keys.h"

namespace baocao {
namespace {

// What one unit has for one period: its own counts and which of them have a value.
struct UnitData {
  const UnitCounts* dossiers = nullptr;  // null: no value (not reported, aggregating, not in the tree)
  const UnitCounts* people = nullptr;
  const UnitCounts* people_previous_year = nullptr;
};

UnitData DataOf(const ProvinceFigures& f, const std::string& code) {
  UnitData d;
  const int node = f.tree.Find(code);
  if (node < 0) return d;
  const auto at = static_cast<size_t>(node);
  const ReportingState& r = f.reporting;
  if (r.dossiers_expected[at] && r.dossiers_reported(node)) d.dossiers = &f.own_dossiers[at];
  if (r.people_expected[at] && r.people_reported[at]) d.people = &f.own_people[at];
  if (r.people_expected[at] && r.people_reported_previous[at]) d.people_previous_year = &f.own_people[at];
  return d;
}

std::optional<Rational> KeyValue(const UnitData& d, const RuleKey& key) {
  const UnitCounts* counts = key.source == KeySource::kDossiers ? d.dossiers
                             : key.source == KeySource::kPeople ? d.people
                                                                : d.people_previous_year;
  if (counts == nullptr) return std::nullopt;
  return Rational::Of(RuleKeyValue(*counts, key.name));
}

// A metric's value in one unit's own dossier counts, or nullopt (a rate over 0).
std::optional<double> MetricValue(const UnitCounts& c, const std::string& metric) {
  if (metric == "online_rate") {
    if (c.new_total() == 0) return std::nullopt;
    return static_cast<double>(c.new_online) / static_cast<double>(c.new_total());
  }
  if (metric == "online_payment_rate") {
    if (c.paid_total == 0) return std::nullopt;
    return static_cast<double>(c.paid_online) / static_cast<double>(c.paid_total);
  }
  return static_cast<double>(RuleKeyValue(c, metric));
}

// ComputeFigures once per period (history and the previous period share them). Prefetch reads the
// dossiers of several periods in one pass (ComputeFiguresOfPeriods).
class FiguresCache {
 public:
  explicit FiguresCache(Database& db) : db_(db) {}
  void Prefetch(const std::vector<Period>& periods) {
    std::vector<Period> missing;
    for (const Period& p : periods)
      if (!cache_.count(p.Label())) missing.push_back(p);
    for (ProvinceFigures& f : ComputeFiguresOfPeriods(db_, missing))
      cache_.emplace(f.period.Label(), std::make_unique<ProvinceFigures>(std::move(f)));
  }
  const ProvinceFigures& Get(const Period& p) {
    auto it = cache_.find(p.Label());
    if (it == cache_.end())
      it = cache_.emplace(p.Label(), std::make_unique<ProvinceFigures>(ComputeFigures(db_, p))).first;
    return *it->second;
  }

 private:
  Database& db_;
  std::map<std::string, std::unique_ptr<ProvinceFigures>> cache_;
};

}  // namespace

std::optional<Period> PreviousPeriodOfKind(const Period& p) {
  switch (p.kind) {
    case Period::Kind::kMonth:
      return ParsePeriod(p.index == 1 ? std::to_string(p.year - 1) + "-12"
                                      : std::to_string(p.year) + "-" + (p.index - 1 < 10 ? "0" : "") +
                                            std::to_string(p.index - 1),
                         p.calendar);
    case Period::Kind::kQuarter:
      return ParsePeriod(p.index == 1 ? std::to_string(p.year - 1) + "-Q4"
                                      : std::to_string(p.year) + "-Q" + std::to_string(p.index - 1),
                         p.calendar);
    case Period::Kind::kHalf:
      return ParsePeriod(p.index == 1 ? std::to_string(p.year - 1) + "-H2" : std::to_string(p.year) + "-H1",
                         p.calendar);
    case Period::Kind::kYear: return ParsePeriod(std::to_string(p.year - 1), p.calendar);
    case Period::Kind::kRange: return std::nullopt;
  }
  return std::nullopt;
}

QualityReport ComputeQualityCheck(Database& db, const Period& period, const std::string& root,
                                  const QualityOptions& options) {
  const QualityRules rules = LoadQualityRules(options.rules_dir.empty() ? DefaultRulesDir() : options.rules_dir);
  // The previous periods of the same kind, most recent first.
  std::vector<Period> history;
  if (auto p = PreviousPeriodOfKind(period)) {
    const int wanted = std::max(rules.outliers.metrics.empty() ? 0 : rules.outliers.history, 1);
    for (int i = 0; i < wanted && p; ++i) {
      history.push_back(*p);
      p = PreviousPeriodOfKind(*p);
    }
  }

  FiguresCache cache(db);
  std::vector<Period> read{period};
  read.insert(read.end(), history.begin(), history.end());
  cache.Prefetch(read);  // the period and its history: the dossiers read once
  const ProvinceFigures& figures = cache.Get(period);
  const UnitTree& tree = figures.tree;
  const int root_node = root.empty() ? 0 : tree.Require(root);
  const int end = root_node + tree.node(root_node).subtree_size;

  QualityReport report;
  report.period = period;
  report.root = tree.node(root_node).code;
  report.root_name = tree.node(root_node).name;
  if (options.deadline) report.deadline = *options.deadline;
  report.outlier_min_history = rules.outliers.min_history;

  // Rules.
  std::vector<RuleViolation> errors;
  std::vector<RuleViolation> warnings;
  for (int node = root_node; node < end; ++node) {
    const UnitNode& unit = tree.node(node);
    const UnitData now = DataOf(figures, unit.code);
    for (const QualityRule& rule : rules.rules) {
      if (!rule.AppliesTo(period, unit.cap)) continue;
      UnitData before;
      if (rule.uses_previous) {
        if (history.empty()) continue;
        before = DataOf(cache.Get(history.front()), unit.code);
      }
      const auto lookup = [&](const std::string& name) -> std::optional<Rational> {
        const auto key = ParseRuleKey(name);  // known: checked when the rules were read
        return KeyValue(key->previous ? before : now, *key);
      };
      const auto outcome = EvaluateRule(rule, lookup);
      if (!outcome || outcome->holds) continue;
      const Rational& left = outcome->left;
      const Rational& right = outcome->right;
      RuleViolation v;
      v.unit = unit.code;
      v.unit_name = unit.name;
      v.cap = unit.cap;
      v.rule = rule.code;
      v.rule_name = rule.name;
      v.severity = rule.severity;
      v.message = rule.message;
      v.left = rule.left;
      v.op = rule.op;
      v.right = rule.right;
      v.left_value = left.ToDouble();
      v.right_value = right.ToDouble();
      v.left_text = VietnameseDecimal(left);
      v.right_text = VietnameseDecimal(right);
      v.basis = rule.basis;
      (rule.severity == Severity::kError ? errors : warnings).push_back(std::move(v));
    }
  }
  report.violations = std::move(errors);
  report.violations.insert(report.violations.end(), warnings.begin(), warnings.end());

  // Outliers: only for units that reported dossiers for the period, against their own history.
  if (!rules.outliers.metrics.empty() && !history.empty()) {
    std::vector<const ProvinceFigures*> past;  // oldest first
    for (auto it = history.rbegin(); it != history.rend(); ++it) past.push_back(&cache.Get(*it));
    for (int node = root_node; node < end; ++node) {
      const UnitNode& unit = tree.node(node);
      const UnitData now = DataOf(figures, unit.code);
      if (now.dossiers == nullptr) continue;
      std::vector<std::pair<std::string, const UnitCounts*>> reported;  // oldest first
      for (const ProvinceFigures* f : past) {
        const UnitData d = DataOf(*f, unit.code);
        if (d.dossiers != nullptr) reported.emplace_back(f->period.Label(), d.dossiers);
      }
      if (static_cast<int>(reported.size()) < rules.outliers.min_history) {
        report.short_history.push_back({unit.code, unit.name, unit.cap, static_cast<int>(reported.size())});
        continue;
      }
      for (const std::string& metric : rules.outliers.metrics) {
        const auto value = MetricValue(*now.dossiers, metric);
        if (!value) continue;
        std::vector<std::pair<std::string, double>> series;
        std::vector<double> values;
        for (const auto& [label, counts] : reported) {
          if (const auto v = MetricValue(*counts, metric)) {
            series.emplace_back(label, *v);
            values.push_back(*v);
          }
        }
        if (static_cast<int>(values.size()) < rules.outliers.min_history) continue;
        const RobustScore score = ModifiedZScore(values, *value);
        if (!IsOutlier(score, rules.outliers.threshold)) continue;
        OutlierFinding f;
        f.unit = unit.code;
        f.unit_name = unit.name;
        f.cap = unit.cap;
        f.metric = metric;
        f.metric_name = OutlierMetricName(metric);
        f.rate = OutlierMetricIsRate(metric);
        f.value = *value;
        f.history = std::move(series);
        f.median = score.median;
        f.mad = score.mad;
        f.score = *score.score;
        report.outliers.push_back(std::move(f));
      }
    }
  }

  report.timeliness = ComputeReportingStatus(db, period, report.root, options.deadline);
  if (options.differences) report.differences = options.differences(db, period, report.root);
  return report;
}

}  // namespace baocao
