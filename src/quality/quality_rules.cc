#include "quality/quality_rules.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "core/errors.h"
#include "core/toml_table.h"
#include "core/text.h"
#include "quality/rule_keys.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

struct MetricDef {
  const char* code;
  const char* name;
  bool rate;
};
const std::vector<MetricDef>& MetricDefs() {
  static const std::vector<MetricDef> defs = {
      {"new_total", "Số hồ sơ tiếp nhận mới", false},
      {"resolved_total", "Số hồ sơ đã giải quyết", false},
      {"overdue_total", "Số hồ sơ quá hạn (giải quyết quá hạn và đang quá hạn)", false},
      {"online_rate", "Tỷ lệ hồ sơ nộp trực tuyến", true},
      {"online_payment_rate", "Tỷ lệ thanh toán trực tuyến", true},
  };
  return defs;
}

// "\"key\" …", an integer from 1 to 120.
int64_t PositiveInteger(const TomlTable& r, const std::string& key) {
  return r.Integer(r.Required(key), 1, 120, "\"" + key + "\" phải là một số nguyên từ 1 đến 120");
}

// A basic string's expression, parsed; errors point at the character inside the string.
Expression ParseExpression(const TomlTable& r, const toml::node& node, const std::string& key, const std::string& text) {
  try {
    Expression e = Expression::Parse(text);
    for (const auto& [name, at] : e.keys()) {
      if (!ParseRuleKey(name))
        r.FailInString(node, at, "\"" + key + "\": không có số liệu \"" + name + "\"; dùng " + RuleKeysHelp());
    }
    return e;
  } catch (const ExpressionError& e) {
    r.FailInString(node, e.position(), "\"" + key + "\": " + e.what());
  }
}

const char kStringList[] = "một danh sách chuỗi, ví dụ [\"huyen\", \"xa\"]";

Comparison ParseComparison(const TomlTable& r, const toml::node& node, const std::string& op) {
  if (op == "<=") return Comparison::kLessEqual;
  if (op == "<") return Comparison::kLess;
  if (op == ">=") return Comparison::kGreaterEqual;
  if (op == ">") return Comparison::kGreater;
  if (op == "==") return Comparison::kEqual;
  if (op == "!=") return Comparison::kNotEqual;
  r.Fail(node, "\"op\" phải là một trong <=, <, >=, >, ==, != (không phải \"" + op + "\")");
}

std::optional<Period::Kind> PeriodKind(const std::string& s) {
  if (s == "month") return Period::Kind::kMonth;
  if (s == "quarter") return Period::Kind::kQuarter;
  if (s == "half") return Period::Kind::kHalf;
  if (s == "year") return Period::Kind::kYear;
  if (s == "range") return Period::Kind::kRange;
  return std::nullopt;
}

QualityRule ReadRule(const std::string& file, const toml::table& table, std::set<std::string>& codes) {
  const std::string code = TomlTable(file, table, "quy tắc: ").String("code");
  TomlTable r(file, table, "quy tắc " + code + ": ");
  r.CheckKeys({"code", "name", "left", "op", "right", "severity", "message", "levels", "periods", "from", "until", "basis"});
  if (!codes.insert(code).second) r.Fail(r.Required("code"), "mã quy tắc bị trùng; mỗi quy tắc cần một mã riêng");
  QualityRule rule;
  rule.code = code;
  rule.line = TomlLine(table);
  rule.name = r.String("name");
  rule.left = r.String("left");
  rule.left_expression = ParseExpression(r, r.Required("left"), "left", rule.left);
  rule.right = r.String("right");
  rule.right_expression = ParseExpression(r, r.Required("right"), "right", rule.right);
  rule.op = r.String("op");
  rule.comparison = ParseComparison(r, r.Required("op"), rule.op);
  const std::string severity = r.String("severity");
  if (severity == "error") rule.severity = Severity::kError;
  else if (severity == "warning") rule.severity = Severity::kWarning;
  else r.Fail(r.Required("severity"), "\"severity\" phải là \"error\" (lỗi) hoặc \"warning\" (cảnh báo)");
  rule.message = r.String("message");
  if (r.Get("levels")) {
    for (const auto& [level, node] : r.StringItems("levels", kStringList)) {
      if (level != "tinh" && level != "so_nganh" && level != "huyen" && level != "xa")
        r.Fail(*node, "cấp \"" + level + "\" không có; dùng tinh, so_nganh, huyen, xa");
      rule.levels.push_back(level);
    }
  }
  if (r.Get("periods")) {
    for (const auto& [kind, node] : r.StringItems("periods", kStringList)) {
      const auto k = PeriodKind(kind);
      if (!k) r.Fail(*node, "loại kỳ \"" + kind + "\" không có; dùng month, quarter, half, year, range");
      rule.periods.push_back(*k);
    }
  }
  if (r.Get("from")) rule.from = r.DateValue("from", "2026-01-01");
  if (r.Get("until")) rule.until = r.DateValue("until", "2026-01-01");
  if (rule.from && rule.until && *rule.until < *rule.from)
    r.Fail(r.Required("until"), "\"until\" (" + rule.until->Iso() + ") trước \"from\" (" + rule.from->Iso() + ")");
  if (r.Get("basis")) rule.basis = r.String("basis");
  for (const auto* e : {&rule.left_expression, &rule.right_expression})
    for (const auto& [name, at] : e->keys())
      if (ParseRuleKey(name)->previous) rule.uses_previous = true;
  if (rule.uses_previous) {
    bool range = rule.periods.empty();
    for (const auto k : rule.periods) range = range || k == Period::Kind::kRange;
    if (range)
      r.Fail("quy tắc dùng previous.* (kỳ trước) nên phải giới hạn \"periods\" trong month, quarter, half, year "
             "(một khoảng ngày tùy ý không có kỳ trước)");
  }
  return rule;
}

OutlierSettings ReadOutliers(const std::string& file, const toml::table& table) {
  TomlTable r(file, table, "[outliers]: ");
  r.CheckKeys({"threshold", "min_history", "history", "metrics"});
  OutlierSettings s;
  const toml::node& threshold = r.Required("threshold");
  if (const auto* i = threshold.as_integer()) s.threshold = static_cast<double>(i->get());
  else if (const auto* f = threshold.as_floating_point()) s.threshold = f->get();
  else r.Fail(threshold, "\"threshold\" phải là một số, ví dụ 3.5");
  if (!(s.threshold > 0) || s.threshold > 1000) r.Fail(threshold, "\"threshold\" phải là số dương, ví dụ 3.5");
  s.min_history = static_cast<int>(PositiveInteger(r, "min_history"));
  s.history = static_cast<int>(PositiveInteger(r, "history"));
  if (s.min_history > s.history) r.Fail(r.Required("min_history"), "\"min_history\" không được lớn hơn \"history\"");
  for (const auto& [metric, node] : r.StringItems("metrics", kStringList)) {
    if (OutlierMetricName(metric).empty()) {
      std::string list;
      for (const auto& m : OutlierMetrics()) list += (list.empty() ? "" : ", ") + m;
      r.Fail(*node, "chỉ số \"" + metric + "\" không có; dùng " + list);
    }
    s.metrics.push_back(metric);
  }
  return s;
}

}  // namespace

bool Holds(Comparison op, int c) {
  switch (op) {
    case Comparison::kLessEqual: return c <= 0;
    case Comparison::kLess: return c < 0;
    case Comparison::kGreaterEqual: return c >= 0;
    case Comparison::kGreater: return c > 0;
    case Comparison::kEqual: return c == 0;
    case Comparison::kNotEqual: return c != 0;
  }
  return false;
}

bool QualityRule::AppliesTo(const Period& period, const std::string& cap) const {
  if (!levels.empty() && std::find(levels.begin(), levels.end(), cap) == levels.end()) return false;
  if (!periods.empty() && std::find(periods.begin(), periods.end(), period.kind) == periods.end()) return false;
  if (from && period.to < *from) return false;
  if (until && *until < period.to) return false;
  return true;
}

std::optional<RuleOutcome> EvaluateRule(const QualityRule& rule,
                                        const std::function<std::optional<Rational>(const std::string&)>& value) {
  const auto left = rule.left_expression.Evaluate(value);
  if (!left) return std::nullopt;
  const auto right = rule.right_expression.Evaluate(value);
  if (!right) return std::nullopt;
  return RuleOutcome{*left, *right, Holds(rule.comparison, Compare(*left, *right))};
}

const std::vector<std::string>& OutlierMetrics() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const auto& d : MetricDefs()) out.emplace_back(d.code);
    return out;
  }();
  return codes;
}

std::string OutlierMetricName(const std::string& metric) {
  for (const auto& d : MetricDefs())
    if (metric == d.code) return d.name;
  return "";
}

bool OutlierMetricIsRate(const std::string& metric) {
  for (const auto& d : MetricDefs())
    if (metric == d.code) return d.rate;
  return false;
}

QualityRules ReadQualityRules(const std::string& path) {
  const toml::table doc = ParseTomlFile(path, "tệp quy tắc kiểm tra không đúng cú pháp TOML; hãy sửa dòng này");
  TomlTable r(path, doc, "");
  r.CheckKeys({"rule", "outliers"});
  QualityRules rules;
  rules.file = path;
  if (const toml::node* list = r.Get("rule")) {
    const toml::array* array = list->as_array();
    if (array == nullptr) r.Fail(*list, "các quy tắc phải viết dạng [[rule]]");
    std::set<std::string> codes;
    for (const auto& item : *array) {
      const toml::table* t = item.as_table();
      if (t == nullptr) r.Fail(item, "các quy tắc phải viết dạng [[rule]]");
      rules.rules.push_back(ReadRule(path, *t, codes));
    }
  }
  const toml::node& outliers = r.Required("outliers");
  const toml::table* t = outliers.as_table();
  if (t == nullptr) r.Fail(outliers, "[outliers] phải là một bảng");
  rules.outliers = ReadOutliers(path, *t);
  return rules;
}

QualityRules LoadQualityRules(const std::string& rules_dir) {
  const fs::path path = fs::path(rules_dir) / "kiem_tra.toml";
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw InputError(path.string(), 0, 0,
                     "không tìm thấy tệp quy tắc kiểm tra; hãy đặt kiem_tra.toml trong thư mục quy tắc (biến BAOCAO_RULES)");
  return ReadQualityRules(path.string());
}

}  // namespace baocao
