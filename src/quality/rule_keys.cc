#include "quality/rule_keys.h"

#include <functional>
#include <map>

#include "core/checked_sum.h"

namespace baocao {
namespace {

using Getter = std::function<int64_t(const UnitCounts&)>;

struct KeyDef {
  KeySource source;
  Getter get;
};

const std::map<std::string, KeyDef>& PlainKeys() {
  using C = const UnitCounts&;
  static const std::map<std::string, KeyDef> keys = {
      {"carried_over", {KeySource::kDossiers, [](C c) { return c.carried_over; }}},
      {"new_total", {KeySource::kDossiers, [](C c) { return c.new_total(); }}},
      {"new_online", {KeySource::kDossiers, [](C c) { return c.new_online; }}},
      {"new_in_person", {KeySource::kDossiers, [](C c) { return c.new_in_person; }}},
      {"new_postal", {KeySource::kDossiers, [](C c) { return c.new_postal; }}},
      {"received_total", {KeySource::kDossiers, [](C c) { return c.received_total(); }}},
      {"resolved_total", {KeySource::kDossiers, [](C c) { return c.resolved_total(); }}},
      {"resolved_early", {KeySource::kDossiers, [](C c) { return c.resolved_early; }}},
      {"resolved_on_time", {KeySource::kDossiers, [](C c) { return c.resolved_on_time; }}},
      {"resolved_late", {KeySource::kDossiers, [](C c) { return c.resolved_late; }}},
      {"withdrawn", {KeySource::kDossiers, [](C c) { return c.withdrawn; }}},
      {"returned", {KeySource::kDossiers, [](C c) { return c.returned; }}},
      {"pending_total", {KeySource::kDossiers, [](C c) { return c.pending_total(); }}},
      {"pending_within", {KeySource::kDossiers, [](C c) { return c.pending_within; }}},
      {"pending_overdue", {KeySource::kDossiers, [](C c) { return c.pending_overdue; }}},
      {"overdue_total", {KeySource::kDossiers, [](C c) { return CheckedAdd(c.resolved_late, c.pending_overdue); }}},
      {"paid_total", {KeySource::kDossiers, [](C c) { return c.paid_total; }}},
      {"paid_online", {KeySource::kDossiers, [](C c) { return c.paid_online; }}},
      {"paid_amount_total", {KeySource::kDossiers, [](C c) { return c.paid_amount_total; }}},
      {"paid_amount_online", {KeySource::kDossiers, [](C c) { return c.paid_amount_online; }}},
      {"rated_total", {KeySource::kDossiers, [](C c) { return c.rated_total(); }}},
      {"very_satisfied", {KeySource::kDossiers, [](C c) { return c.very_satisfied; }}},
      {"satisfied", {KeySource::kDossiers, [](C c) { return c.satisfied; }}},
      {"dissatisfied", {KeySource::kDossiers, [](C c) { return c.dissatisfied; }}},
      {"discipline_total", {KeySource::kPeople, [](C c) { return c.discipline_total; }}},
      {"discipline_previous_period", {KeySource::kPeoplePreviousYear, [](C c) { return c.discipline_previous_period; }}},
      {"evaluated_total", {KeySource::kPeople, [](C c) { return c.evaluated_total(); }}},
      {"excellent", {KeySource::kPeople, [](C c) { return c.excellent; }}},
      {"good", {KeySource::kPeople, [](C c) { return c.good; }}},
      {"completed", {KeySource::kPeople, [](C c) { return c.completed; }}},
      {"not_completed", {KeySource::kPeople, [](C c) { return c.not_completed; }}},
      {"evaluated_previous_period", {KeySource::kPeoplePreviousYear, [](C c) { return c.evaluated_previous_period; }}},
      {"excellent_previous_period", {KeySource::kPeoplePreviousYear, [](C c) { return c.excellent_previous_period; }}},
  };
  return keys;
}

// SPEC §2's codes (ingest/enums.h): the rules do not depend on the ingest library for them.
const std::vector<std::string>& DisciplineForms() {
  static const std::vector<std::string> forms = {"khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc",
                                                 "cach_chuc", "buoc_thoi_viec", "bai_nhiem"};
  return forms;
}
const std::vector<std::string>& Categories() {
  static const std::vector<std::string> categories = {"can_bo", "cong_chuc", "vien_chuc"};
  return categories;
}
const std::vector<std::string>& EvaluationGrades() {
  static const std::vector<std::string> grades = {"excellent", "good", "completed", "not_completed"};
  return grades;
}

bool In(const std::vector<std::string>& list, const std::string& s) {
  for (const auto& x : list)
    if (x == s) return true;
  return false;
}

}  // namespace

std::optional<RuleKey> ParseRuleKey(const std::string& text) {
  RuleKey key;
  std::string name = text;
  if (name.rfind("previous.", 0) == 0) {
    key.previous = true;
    name = name.substr(9);
  }
  key.name = name;
  if (const auto it = PlainKeys().find(name); it != PlainKeys().end()) {
    key.source = it->second.source;
    return key;
  }
  const size_t dot = name.find('.');
  if (dot == std::string::npos) return std::nullopt;
  const std::string head = name.substr(0, dot);
  const std::string tail = name.substr(dot + 1);
  if ((head == "discipline_by_form" && In(DisciplineForms(), tail)) ||
      (In(EvaluationGrades(), head) && In(Categories(), tail))) {
    key.source = KeySource::kPeople;
    return key;
  }
  return std::nullopt;
}

int64_t RuleKeyValue(const UnitCounts& c, const std::string& name) {
  if (const auto it = PlainKeys().find(name); it != PlainKeys().end()) return it->second.get(c);
  const size_t dot = name.find('.');
  const std::string head = name.substr(0, dot);
  const std::string tail = name.substr(dot + 1);
  if (head == "discipline_by_form") {
    const auto it = c.discipline_by_form.find(tail);
    return it == c.discipline_by_form.end() ? 0 : it->second;
  }
  const auto it = c.evaluations_by_category.find(tail);
  if (it == c.evaluations_by_category.end()) return 0;
  const UnitCounts::Evaluations& e = it->second;
  if (head == "excellent") return e.excellent;
  if (head == "good") return e.good;
  if (head == "completed") return e.completed;
  return e.not_completed;
}

std::string RuleKeysHelp() {
  std::string out = "các số đếm của SPEC §7 (";
  bool first = true;
  for (const auto& [name, def] : PlainKeys()) {
    out += (first ? "" : ", ") + name;
    first = false;
  }
  return out +
         "), discipline_by_form.<hình thức: khien_trach, canh_cao, …>, excellent|good|completed|not_completed."
         "<đối tượng: can_bo, cong_chuc, vien_chuc>, và previous.<tên> cho kỳ trước";
}

}  // namespace baocao
