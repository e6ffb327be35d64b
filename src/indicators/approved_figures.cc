#include "indicators/approved_figures.h"

#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/errors.h"

namespace baocao {
namespace {

using Json = nlohmann::ordered_json;

// Every integer of UnitCounts by its name in the JSON (discipline_by_form apart).
const std::array<std::pair<const char*, int64_t UnitCounts::*>, 26> kCountFields = {{
    {"carried_over", &UnitCounts::carried_over},
    {"new_online", &UnitCounts::new_online},
    {"new_in_person", &UnitCounts::new_in_person},
    {"new_postal", &UnitCounts::new_postal},
    {"resolved_early", &UnitCounts::resolved_early},
    {"resolved_on_time", &UnitCounts::resolved_on_time},
    {"resolved_late", &UnitCounts::resolved_late},
    {"withdrawn", &UnitCounts::withdrawn},
    {"returned", &UnitCounts::returned},
    {"pending_within", &UnitCounts::pending_within},
    {"pending_overdue", &UnitCounts::pending_overdue},
    {"paid_total", &UnitCounts::paid_total},
    {"paid_online", &UnitCounts::paid_online},
    {"paid_amount_total", &UnitCounts::paid_amount_total},
    {"paid_amount_online", &UnitCounts::paid_amount_online},
    {"very_satisfied", &UnitCounts::very_satisfied},
    {"satisfied", &UnitCounts::satisfied},
    {"dissatisfied", &UnitCounts::dissatisfied},
    {"discipline_total", &UnitCounts::discipline_total},
    {"discipline_previous_period", &UnitCounts::discipline_previous_period},
    {"excellent", &UnitCounts::excellent},
    {"good", &UnitCounts::good},
    {"completed", &UnitCounts::completed},
    {"not_completed", &UnitCounts::not_completed},
    {"evaluated_previous_period", &UnitCounts::evaluated_previous_period},
    {"excellent_previous_period", &UnitCounts::excellent_previous_period},
}};

Json CountsJson(const UnitCounts& c) {
  Json j = Json::object();
  for (const auto& [name, member] : kCountFields) j[name] = c.*member;
  Json forms = Json::object();
  for (const auto& [form, n] : c.discipline_by_form) forms[form] = n;
  j["discipline_by_form"] = forms;
  return j;
}

UnitCounts CountsFromJson(const Json& j) {
  UnitCounts c;
  for (const auto& [name, member] : kCountFields) c.*member = j.at(name).get<int64_t>();
  for (const auto& [form, n] : j.at("discipline_by_form").items()) c.discipline_by_form[form] = n.get<int64_t>();
  return c;
}

Json ValueJson(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNull: return nullptr;
    case Value::Kind::kCount: return Json{{"count", v.count}};
    case Value::Kind::kHundredths: return Json{{"hundredths", v.count}};
    case Value::Kind::kRate: return Json{{"rate", v.rate}};
  }
  return nullptr;
}

Value ValueFromJson(const Json& j) {
  if (j.is_null()) return Value::Null();
  if (j.contains("count")) return Value::Count(j.at("count").get<int64_t>());
  if (j.contains("hundredths")) return Value::Hundredths(j.at("hundredths").get<int64_t>());
  Value v;
  v.kind = Value::Kind::kRate;
  v.rate = j.at("rate").get<double>();
  return v;
}

Json ValuesJson(const Values& values) {
  Json j = Json::object();
  for (const auto& [key, value] : values) j[key] = ValueJson(value);
  return j;
}

Values ValuesFromJson(const Json& j) {
  Values values;
  for (const auto& [key, value] : j.items()) values[key] = ValueFromJson(value);
  return values;
}

[[noreturn]] void Damaged(const std::string& what) {
  throw DataError("Số liệu đã phê duyệt của " + what +
                  " trong cơ sở dữ liệu bị hỏng; hãy rút phê duyệt (`baocao unapprove`) rồi phê duyệt lại");
}

Json Parsed(const std::string& text, const std::string& what) {
  try {
    return Json::parse(text);
  } catch (const nlohmann::json::exception&) {
    Damaged(what);
  }
}

// The field index of a field name in f, adding the field (before kUnknownField) when missing.
size_t FieldIndexOf(ProvinceFigures& f, const std::string& name) {
  for (size_t k = 0; k < f.fields.size(); ++k)
    if (f.fields[k] == name) return k;
  const size_t at = f.fields.size() - 1;  // kUnknownField stays last
  f.fields.insert(f.fields.begin() + static_cast<std::ptrdiff_t>(at), name);
  for (auto& unit : f.own_by_field) unit.insert(unit.begin() + static_cast<std::ptrdiff_t>(at), UnitCounts{});
  return at;
}

void Substitute(ProvinceFigures& f, int node, const Json& j) {
  const size_t at = static_cast<size_t>(node);
  const bool dossiers = !f.own_by_field.empty();  // FigureParts::kAll
  if (dossiers) {
    f.own_dossiers[at] = CountsFromJson(j.at("dossiers"));
    for (auto& c : f.own_by_field[at]) c = UnitCounts{};
    for (const auto& [field, counts] : j.at("by_field").items())
      f.own_by_field[at][FieldIndexOf(f, field)] = CountsFromJson(counts);
  }
  f.own_people[at] = CountsFromJson(j.at("people"));
  ReportingState& s = f.reporting;
  s.missing_months[at] = j.at("missing_months").get<std::vector<std::string>>();
  s.people_reported[at] = j.at("people_reported").get<bool>();
  s.people_reported_previous[at] = j.at("people_reported_previous").get<bool>();
  s.dossiers_expected[at] = j.at("dossiers_expected").get<bool>();
  s.people_expected[at] = j.at("people_expected").get<bool>();
  f.approved_ranks[at] = ValuesFromJson(j.at("ranks"));
}

}  // namespace

std::string ApprovedFiguresJson(const ProvinceFigures& f, int node, const Values& ranks) {
  const size_t at = static_cast<size_t>(node);
  Json j = Json::object();
  j["dossiers"] = CountsJson(f.own_dossiers[at]);
  Json by_field = Json::object();
  if (!f.own_by_field.empty())
    for (size_t k = 0; k < f.fields.size(); ++k) {
      const UnitCounts& c = f.own_by_field[at][k];
      if (c.received_total() > 0 || c.paid_total > 0 || c.rated_total() > 0) by_field[f.fields[k]] = CountsJson(c);
    }
  j["by_field"] = by_field;
  j["people"] = CountsJson(f.own_people[at]);
  const ReportingState& s = f.reporting;
  j["missing_months"] = s.missing_months[at];
  j["people_reported"] = static_cast<bool>(s.people_reported[at]);
  j["people_reported_previous"] = static_cast<bool>(s.people_reported_previous[at]);
  j["dossiers_expected"] = static_cast<bool>(s.dossiers_expected[at]);
  j["people_expected"] = static_cast<bool>(s.people_expected[at]);
  j["ranks"] = ValuesJson(ranks);
  return j.dump();
}

std::string CatalogJson(const Values& catalog) { return ValuesJson(catalog).dump(); }

Values CatalogFromJson(const std::string& json) {
  try {
    return ValuesFromJson(Parsed(json, "danh mục TTHC"));
  } catch (const nlohmann::json::exception&) {
    Damaged("danh mục TTHC");
  }
}

void SubstituteApproved(Database& db, const std::vector<ApprovalRecord>& approvals, ProvinceFigures& f) {
  ApprovalStore store(db);
  f.approvals = approvals;
  for (size_t a = 0; a < approvals.size(); ++a) {
    const ApprovalRecord& approval = approvals[a];
    for (const auto& unit : store.Figures(approval.id)) {
      const int node = f.tree.Find(unit.unit);
      if (node < 0) continue;
      const Json j = Parsed(unit.figures, "đơn vị " + unit.unit + " kỳ " + approval.period);
      try {
        Substitute(f, node, j);
      } catch (const nlohmann::json::exception&) {
        Damaged("đơn vị " + unit.unit + " kỳ " + approval.period);
      }
      f.approval_of[static_cast<size_t>(node)] = static_cast<int>(a);
    }
    if (approval.catalog && approval.root == f.tree.node(0).code) f.catalog = CatalogFromJson(*approval.catalog);
  }
  RecomputeCoverages(f.tree, f.reporting);
}

}  // namespace baocao
