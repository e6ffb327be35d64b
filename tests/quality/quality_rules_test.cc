#include <catch2/catch.hpp>

#include "core/errors.h"
#include "quality/quality_rules.h"
#include "quality/rule_keys.h"
#include "indicators/score_inputs_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

const QualityRules& Shipped() {
  static const QualityRules rules = LoadQualityRules(test::RepositoryRulesDir());
  return rules;
}

const QualityRule& Rule(const std::string& code) {
  for (const auto& r : Shipped().rules)
    if (r.code == code) return r;
  throw std::runtime_error("no rule " + code);
}

// Evaluates a shipped rule on one unit's counts for the period and the previous period.
std::optional<RuleOutcome> Check(const std::string& code, const UnitCounts& now, const UnitCounts& before = {}) {
  return EvaluateRule(Rule(code), [&](const std::string& text) -> std::optional<Rational> {
    const auto key = ParseRuleKey(text);
    return Rational::Of(RuleKeyValue(key->previous ? before : now, key->name));
  });
}

std::string Outcome(const std::optional<RuleOutcome>& o) {
  if (!o) return "no value";
  return VietnameseDecimal(o->left) + (o->holds ? " holds " : " FAILS ") + VietnameseDecimal(o->right);
}

// The error of reading `content` as a rules file (the file's name in the message is its path).
std::string LoadError(const std::string& content) {
  test::TempDir dir;
  test::WriteFile(dir.File("kiem_tra.toml"), content);
  try {
    LoadQualityRules(dir.path().string());
  } catch (const InputError& e) {
    return std::to_string(e.row()) + ":" + std::to_string(e.column()) + ": " + e.why();
  }
  return "no error";
}

const std::string kOutliers =
    "[outliers]\nthreshold = 3.5\nmin_history = 6\nhistory = 12\nmetrics = [\"new_total\"]\n";

std::string OneRule(const std::string& body) {
  return "[[rule]]\ncode = \"X1\"\nname = \"Thử\"\n" + body + "severity = \"error\"\nmessage = \"Sai.\"\n" + kOutliers;
}

}  // namespace

TEST_CASE("rules/kiem_tra.toml: the shipped rules and outlier settings", "[quality]") {
  const QualityRules& r = Shipped();
  REQUIRE(r.rules.size() == 6);
  std::string codes;
  for (const auto& rule : r.rules) codes += rule.code + " ";
  CHECK(codes == "QT01 QT02 QT03 QT04 QT05 QT06 ");
  CHECK(Rule("QT01").left == "received_total");
  CHECK(Rule("QT01").right == "resolved_total + withdrawn + returned + pending_total");
  CHECK(Rule("QT05").severity == Severity::kWarning);
  CHECK(Rule("QT03").uses_previous);
  CHECK(Rule("QT03").AppliesTo(ParsePeriod("2023-05"), "xa"));
  CHECK_FALSE(Rule("QT03").AppliesTo(ParsePeriod("2023-Q2"), "xa"));
  // QT06 applies from 2026-01-01: periods whose last day is on or after it.
  CHECK(Rule("QT06").from == Date::FromYmd(2026, 1, 1));
  CHECK(Rule("QT06").basis == "Nghị định 335/2025/NĐ-CP ngày 21/12/2025, hiệu lực từ 01/01/2026");
  CHECK_FALSE(Rule("QT06").AppliesTo(ParsePeriod("2025"), "huyen"));
  CHECK_FALSE(Rule("QT06").AppliesTo(ParsePeriod("2025", true), "huyen"));
  CHECK(Rule("QT06").AppliesTo(ParsePeriod("2026"), "huyen"));
  CHECK(Rule("QT06").AppliesTo(ParsePeriod("2026-01"), "xa"));  // 15/12/2025–14/01/2026
  CHECK(r.outliers.threshold == 3.5);
  CHECK(r.outliers.min_history == 6);
  CHECK(r.outliers.history == 12);
  CHECK(r.outliers.metrics ==
        std::vector<std::string>{"new_total", "resolved_total", "overdue_total", "online_rate", "online_payment_rate"});
}

TEST_CASE("QT01 balance: received = resolved + withdrawn + returned + pending", "[quality]") {
  UnitCounts c;
  c.carried_over = 10;
  c.new_online = 20;
  c.new_in_person = 15;
  c.resolved_on_time = 30;
  c.withdrawn = 2;
  c.returned = 1;
  c.pending_within = 12;
  CHECK(Outcome(Check("QT01", c)) == "45 holds 45");
  c.pending_within = 11;
  CHECK(Outcome(Check("QT01", c)) == "45 FAILS 44");
}

TEST_CASE("QT02 online dossiers at most the new ones, QT04 online payments at most the payments", "[quality]") {
  UnitCounts c;
  c.new_online = 5;
  c.new_in_person = 3;
  CHECK(Outcome(Check("QT02", c)) == "5 holds 8");
  c.paid_total = 4;
  c.paid_online = 4;
  CHECK(Outcome(Check("QT04", c)) == "4 holds 4");
  c.paid_online = 5;
  CHECK(Outcome(Check("QT04", c)) == "5 FAILS 4");
  // new_total is computed from the channels, so QT02 can only fail on inconsistent sums: a negative
  // channel (never stored) is the arithmetic case.
  c.new_in_person = -1;
  CHECK(Outcome(Check("QT02", c)) == "5 FAILS 4");
}

TEST_CASE("QT03 carried over equals last month's pending", "[quality]") {
  UnitCounts before;
  before.pending_within = 30;
  before.pending_overdue = 4;
  UnitCounts now;
  now.carried_over = 34;
  CHECK(Outcome(Check("QT03", now, before)) == "34 holds 34");
  now.carried_over = 40;
  CHECK(Outcome(Check("QT03", now, before)) == "40 FAILS 34");
}

TEST_CASE("QT05 ratings at most the resolved dossiers (a warning)", "[quality]") {
  UnitCounts c;
  c.resolved_early = 3;
  c.resolved_on_time = 4;
  c.very_satisfied = 5;
  c.satisfied = 2;
  CHECK(Outcome(Check("QT05", c)) == "7 holds 7");
  c.dissatisfied = 1;
  CHECK(Outcome(Check("QT05", c)) == "8 FAILS 7");
}

TEST_CASE("QT06 excellent công chức at most 20% of the good ones, exactly", "[quality]") {
  UnitCounts c;
  c.evaluations_by_category["cong_chuc"] = {3, 15, 2, 0};
  c.evaluations_by_category["vien_chuc"] = {9, 1, 0, 0};  // other categories do not count
  CHECK(Outcome(Check("QT06", c)) == "3 holds 3");        // exactly 20%: allowed
  c.evaluations_by_category["cong_chuc"] = {4, 18, 2, 0};
  CHECK(Outcome(Check("QT06", c)) == "4 FAILS 3,6");
}

TEST_CASE("rule keys: counts, overdue_total, per form and per category, previous", "[quality]") {
  UnitCounts c;
  c.resolved_late = 2;
  c.pending_overdue = 5;
  c.discipline_by_form["canh_cao"] = 3;
  c.evaluations_by_category["can_bo"] = {1, 2, 3, 4};
  CHECK(RuleKeyValue(c, "overdue_total") == 7);
  CHECK(RuleKeyValue(c, "discipline_by_form.canh_cao") == 3);
  CHECK(RuleKeyValue(c, "discipline_by_form.khien_trach") == 0);
  CHECK(RuleKeyValue(c, "not_completed.can_bo") == 4);
  CHECK(RuleKeyValue(c, "good.cong_chuc") == 0);
  CHECK(ParseRuleKey("previous.pending_total")->previous);
  CHECK(ParseRuleKey("excellent.vien_chuc")->source == KeySource::kPeople);
  CHECK(ParseRuleKey("discipline_previous_period")->source == KeySource::kPeoplePreviousYear);
  CHECK(ParseRuleKey("paid_amount_online")->source == KeySource::kDossiers);
  CHECK_FALSE(ParseRuleKey("online_rate"));  // rates are not counts
  CHECK_FALSE(ParseRuleKey("excellent.giam_doc"));
  CHECK_FALSE(ParseRuleKey("discipline_by_form.phat_tien"));
  CHECK_FALSE(ParseRuleKey("previous.previous.new_total"));
}

TEST_CASE("rules file: mistakes refused with line, column and a Vietnamese reason", "[quality]") {
  CHECK(LoadError("[[rule]\n") == "1:8: tệp quy tắc kiểm tra không đúng cú pháp TOML; hãy sửa dòng này");
  CHECK(LoadError(OneRule("left = \"new_online\"\nop = \"<=\"\nright = \"new_totl\"\n")) ==
        "6:10: quy tắc X1: \"right\": không có số liệu \"new_totl\"; dùng " + RuleKeysHelp());
  CHECK(LoadError(OneRule("left = \"new_online +\"\nop = \"<=\"\nright = \"new_total\"\n")) ==
        "4:21: quy tắc X1: \"left\": biểu thức kết thúc giữa chừng: thiếu một số hoặc một tên số liệu ở cuối");
  CHECK(LoadError(OneRule("left = \"new_online\"\nop = \"=<\"\nright = \"new_total\"\n")) ==
        "5:6: quy tắc X1: \"op\" phải là một trong <=, <, >=, >, ==, != (không phải \"=<\")");
  CHECK(LoadError("[[rule]]\ncode = \"X1\"\nname = \"Thử\"\nleft = \"new_online\"\n") ==
        "1:1: quy tắc X1: thiếu khóa \"right\"");
  CHECK(LoadError(OneRule("left = \"new_online\"\nop = \"<=\"\nright = \"new_total\"\nlevels = [\"thon\"]\n")) ==
        "7:11: quy tắc X1: cấp \"thon\" không có; dùng tinh, so_nganh, huyen, xa");
  CHECK(LoadError(OneRule("left = \"new_online\"\nop = \"<=\"\nright = \"new_total\"\nperiods = [\"week\"]\n")) ==
        "7:12: quy tắc X1: loại kỳ \"week\" không có; dùng month, quarter, half, year, range");
  CHECK(LoadError(OneRule("left = \"new_online\"\nop = \"<=\"\nright = \"new_total\"\nseverity2 = 1\n")) ==
        "7:1: quy tắc X1: khóa \"severity2\" không được hỗ trợ (các khóa: code, name, left, op, right, severity, "
        "message, levels, periods, from, until, basis)");
  CHECK(LoadError(OneRule("left = \"carried_over\"\nop = \"==\"\nright = \"previous.pending_total\"\n")) ==
        "1:1: quy tắc X1: quy tắc dùng previous.* (kỳ trước) nên phải giới hạn \"periods\" trong month, quarter, "
        "half, year (một khoảng ngày tùy ý không có kỳ trước)");
  CHECK(LoadError("[[rule]]\ncode = \"X1\"\nname = \"Thử\"\nleft = \"new_online\"\nop = \"<=\"\nright = \"new_total\"\n"
                  "severity = \"fatal\"\nmessage = \"Sai.\"\n" + kOutliers) ==
        "7:12: quy tắc X1: \"severity\" phải là \"error\" (lỗi) hoặc \"warning\" (cảnh báo)");
  CHECK(LoadError("[outliers]\nthreshold = 3.5\nmin_history = 6\nhistory = 12\nmetrics = [\"new_totals\"]\n") ==
        "5:12: [outliers]: chỉ số \"new_totals\" không có; dùng new_total, resolved_total, overdue_total, online_rate, "
        "online_payment_rate");
}

TEST_CASE("rules file: a missing file names where it was looked for", "[quality]") {
  test::TempDir dir;
  try {
    LoadQualityRules(dir.path().string());
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.file() == (dir.path() / "kiem_tra.toml").string());
    CHECK(e.why() ==
          "không tìm thấy tệp quy tắc kiểm tra; hãy đặt kiem_tra.toml trong thư mục quy tắc (biến BAOCAO_RULES)");
  }
}

}  // namespace baocao
