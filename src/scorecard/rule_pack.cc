#include "scorecard/rule_pack.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "core/errors.h"
#include "core/toml_table.h"
#include "core/text.h"
#include "scorecard/fixed_point.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

std::string Points(int64_t hundredths) { return FormatHundredthsShort(hundredths, ','); }

// A decimal number with at most 2 decimals (6, 6.5, 80), in hundredths; > 0.
int64_t Hundredths(const TomlTable& r, const toml::node& node, const std::string& key) {
  int64_t value = 0;
  if (const auto* i = node.as_integer()) {
    if (i->get() <= 0 || i->get() > 1000000) r.Fail(node, "\"" + key + "\" phải là số dương");
    value = i->get() * 100;
  } else if (const auto* f = node.as_floating_point()) {
    const double scaled = f->get() * 100;
    // The file's literal has at most 2 decimals; the double only carries it here.
    const double rounded = std::round(scaled);
    if (!(f->get() > 0) || f->get() > 1000000 || std::fabs(scaled - rounded) > 1e-6)
      r.Fail(node, "\"" + key + "\" phải là số dương có tối đa 2 chữ số thập phân");
    value = static_cast<int64_t>(rounded);
  } else {
    r.Fail(node, "\"" + key + "\" phải là một số (ví dụ 6 hoặc 6.5)");
  }
  return value;
}

int64_t Hundredths(const TomlTable& r, const std::string& key) { return Hundredths(r, r.Required(key), key); }

const char kInputList[] = "một danh sách tên số liệu, ví dụ [\"totalOnTime\"]";

IndicatorRule ReadIndicator(const std::string& file, const toml::table& table, const RulePack& pack,
                            const std::string& group_code) {
  TomlTable head(file, table, "nhóm " + group_code + ": ");
  const std::string code = head.String("code");
  TomlTable r(file, table, "chỉ tiêu " + code + ": ");
  r.CheckKeys({"code", "name", "max", "threshold", "numerator", "denominator", "factor", "empty", "noun"});
  IndicatorRule rule;
  rule.code = code;
  rule.name = r.String("name");
  rule.max = Hundredths(r, "max");
  if (const toml::node* t = r.Get("threshold")) {
    rule.threshold = Hundredths(r, *t, "threshold");
    if (rule.threshold > 10000) r.Fail(*t, "\"threshold\" là phần trăm, không được quá 100");
  }
  rule.numerator = r.Strings("numerator", kInputList);
  rule.denominator = r.Strings("denominator", kInputList);
  if (const toml::node* f = r.Get("factor")) {
    const toml::table* ft = f->as_table();
    if (ft == nullptr)
      r.Fail(*f, "\"factor\" phải có dạng { numerator = \"…\", denominator = \"…\", default = 1 }");
    TomlTable fr(file, *ft, "chỉ tiêu " + code + ", factor: ");
    fr.CheckKeys({"numerator", "denominator", "default"});
    rule.factor_numerator = fr.String("numerator");
    rule.factor_denominator = fr.String("denominator");
    rule.factor_default = 10000;
    if (const toml::node* d = fr.Get("default")) {
      const int64_t value = Hundredths(fr, *d, "default");  // 1 -> 100 hundredths
      if (value > 100) fr.Fail(*d, "\"default\" là một tỷ lệ từ 0 đến 1");
      rule.factor_default = value * 100;
    }
  }
  const std::string empty = r.String("empty");
  if (empty == "zero") rule.empty = IndicatorRule::Empty::kZero;
  else if (empty == "full") rule.empty = IndicatorRule::Empty::kFull;
  else r.Fail(r.Required("empty"), "\"empty\" phải là \"zero\" hoặc \"full\" (0/0 được 0 điểm hay đủ điểm)");
  rule.noun = r.String("noun");

  std::vector<std::string> used = rule.numerator;
  used.insert(used.end(), rule.denominator.begin(), rule.denominator.end());
  if (rule.factor_numerator) used.push_back(*rule.factor_numerator);
  if (rule.factor_denominator) used.push_back(*rule.factor_denominator);
  for (const auto& input : used)
    if (pack.inputs.count(input) == 0)
      r.Fail("số liệu \"" + input + "\" chưa được mô tả trong bảng [inputs]: hãy thêm nghĩa tiếng Việt của nó");
  return rule;
}

}  // namespace

const GroupRule* RulePack::Group(const std::string& code) const {
  for (const auto& g : groups)
    if (g.code == code) return &g;
  return nullptr;
}

std::string RulePack::InputMeaning(const std::string& input) const {
  const auto it = inputs.find(input);
  return it == inputs.end() ? input : it->second;
}

RulePack ReadRulePack(const std::string& path) {
  const toml::table doc = ParseTomlFile(path, "tệp quy tắc không đúng cú pháp TOML; hãy sửa dòng này");
  TomlTable r(path, doc, "");
  r.CheckKeys({"valid_from", "decision", "rounding", "inputs", "groups"});
  RulePack pack;
  pack.file = path;

  const toml::node& valid = r.Required("valid_from");
  pack.valid_from = r.DateValue("valid_from", "2022-06-23");
  const std::string stem = fs::path(path).stem().string();
  if (stem != pack.valid_from.Iso())
    r.Fail(valid, "\"valid_from\" (" + pack.valid_from.Iso() + ") phải trùng tên tệp (" + stem + ".toml)");
  pack.decision = r.String("decision");

  const toml::node& rounding = r.Required("rounding");
  const toml::table* rt = rounding.as_table();
  if (rt == nullptr) r.Fail(rounding, "\"rounding\" phải có dạng { mode = \"half_up\", decimals = 2 }");
  {
    TomlTable rr(path, *rt, "rounding: ");
    rr.CheckKeys({"mode", "decimals"});
    const toml::node& decimals = rr.Required("decimals");
    if (rr.String("mode") != "half_up" || decimals.value<int64_t>() != 2)
      r.Fail(rounding, "chỉ hỗ trợ làm tròn { mode = \"half_up\", decimals = 2 } (làm tròn lên từ 5, 2 chữ số thập phân) như Cổng DVCQG");
  }

  const toml::node& inputs = r.Required("inputs");
  const toml::table* it = inputs.as_table();
  if (it == nullptr) r.Fail(inputs, "\"inputs\" phải là một bảng [inputs]: tên số liệu = \"nghĩa tiếng Việt\"");
  for (const auto& [key, node] : *it) {
    if (!node.is_string() || Trim(node.value_or(std::string())).empty())
      r.Fail(node, "[inputs]: nghĩa của \"" + std::string(key.str()) + "\" phải là một chuỗi tiếng Việt không trống");
    pack.inputs[std::string(key.str())] = node.value_or(std::string());
  }

  const toml::node& groups = r.Required("groups");
  const toml::array* ga = groups.as_array();
  if (ga == nullptr || ga->empty() || !ga->is_array_of_tables())
    r.Fail(groups, "\"groups\" phải là các bảng [[groups]]");
  std::set<std::string> group_codes, indicator_codes;
  std::set<int> numbers;
  for (const auto& gnode : *ga) {
    const toml::table& gt = *gnode.as_table();
    TomlTable head(path, gt, "[[groups]]: ");
    GroupRule group;
    group.code = head.String("code");
    TomlTable g(path, gt, "nhóm " + group.code + ": ");
    g.CheckKeys({"code", "number", "name", "max", "indicators"});
    if (!group_codes.insert(group.code).second) g.Fail("mã nhóm bị lặp");
    const toml::node& number = g.Required("number");
    group.number = static_cast<int>(g.Integer(number, 1, 99, "\"number\" phải là số thứ tự 1, 2, …"));
    if (!numbers.insert(group.number).second) g.Fail(number, "số thứ tự bị lặp");
    group.name = g.String("name");
    group.max = Hundredths(g, "max");
    const toml::node& indicators = g.Required("indicators");
    const toml::array* ia = indicators.as_array();
    if (ia == nullptr || ia->empty() || !ia->is_array_of_tables())
      g.Fail(indicators, "\"indicators\" phải là các bảng [[groups.indicators]]");
    int64_t sum = 0;
    for (const auto& inode : *ia) {
      IndicatorRule rule = ReadIndicator(path, *inode.as_table(), pack, group.code);
      if (!indicator_codes.insert(rule.code).second)
        r.Fail(inode, "chỉ tiêu " + rule.code + ": mã chỉ tiêu bị lặp");
      sum += rule.max;
      group.indicators.push_back(std::move(rule));
    }
    if (sum != group.max)
      g.Fail("điểm tối đa của các chỉ tiêu cộng lại được " + Points(sum) + ", khác điểm tối đa của nhóm (" +
             Points(group.max) + ")");
    pack.max += group.max;
    pack.groups.push_back(std::move(group));
  }
  if (pack.max != 10000)
    r.Fail(groups, "điểm tối đa của các nhóm cộng lại được " + Points(pack.max) + ", phải là 100");
  return pack;
}

std::optional<std::string> RulePackPathFor(const std::string& rules_dir, Date period_end) {
  const fs::path dir = fs::path(rules_dir) / "chi_so_766";
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw InputError(dir.string(), 0, 0,
                     "không có thư mục bộ quy tắc chỉ số 766; đặt các tệp <ngày hiệu lực>.toml vào đó hoặc chỉ "
                     "$BAOCAO_RULES tới thư mục rules");
  std::optional<Date> best;
  fs::path best_path;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".toml") continue;
    const auto day = ParseIsoDate(entry.path().stem().string());
    if (!day) continue;  // not a version of the decision (e.g. a backup); ignored
    if (*day <= period_end && (!best || *day > *best)) {
      best = *day;
      best_path = entry.path();
    }
  }
  if (!best) return std::nullopt;
  return best_path.string();
}

RulePack LoadRulePack(const std::string& rules_dir, Date period_end) {
  const std::optional<std::string> path = RulePackPathFor(rules_dir, period_end);
  if (!path)
    throw InputError((fs::path(rules_dir) / "chi_so_766").string(), 0, 0,
                     "không có bộ quy tắc chỉ số 766 nào có hiệu lực đến ngày " + period_end.Vietnamese() +
                         " (cần một tệp <ngày hiệu lực>.toml với ngày hiệu lực không sau ngày đó)");
  return ReadRulePack(*path);
}

std::string DefaultRulesDir() {
  const char* env = std::getenv("BAOCAO_RULES");
  if (env != nullptr && *env != '\0') return env;
  return std::string(BAOCAO_SOURCE_DIR) + "/rules";
}

}  // namespace baocao
