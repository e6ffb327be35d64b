#include "generators/sample_report_fixture.h"

#include "indicators/report_table.h"

#include <utility>
#include <vector>

namespace baocao::test {
namespace {

const char* const kCountKeys[] = {"carried_over",
                                  "new_total",
                                  "new_online",
                                  "new_in_person",
                                  "new_postal",
                                  "received_total",
                                  "resolved_total",
                                  "resolved_early",
                                  "resolved_on_time",
                                  "resolved_late",
                                  "withdrawn",
                                  "returned",
                                  "pending_total",
                                  "pending_within",
                                  "pending_overdue",
                                  "paid_total",
                                  "paid_online",
                                  "paid_amount_total",
                                  "paid_amount_online",
                                  "rated_total",
                                  "very_satisfied",
                                  "satisfied",
                                  "dissatisfied",
                                  "discipline_total",
                                  "discipline_previous_period",
                                  "evaluated_total",
                                  "excellent",
                                  "good",
                                  "completed",
                                  "not_completed",
                                  "evaluated_previous_period",
                                  "excellent_previous_period"};

int64_t N(const Values& v, const std::string& key) { return v.at(key).count; }

void Rates(Values& v) {
  v["online_rate"] = Value::Rate(N(v, "new_online"), N(v, "new_total"));
  v["on_time_rate"] =
      Value::Rate(N(v, "resolved_early") + N(v, "resolved_on_time"), N(v, "resolved_total"));
  v["online_payment_rate"] = Value::Rate(N(v, "paid_online"), N(v, "paid_total"));
  v["online_payment_amount_rate"] =
      Value::Rate(N(v, "paid_amount_online"), N(v, "paid_amount_total"));
  v["satisfaction_rate"] =
      Value::Rate(N(v, "very_satisfied") + N(v, "satisfied"), N(v, "rated_total"));
  v["excellent_rate"] = Value::Rate(N(v, "excellent"), N(v, "evaluated_total"));
  v["excellent_rate_previous_period"] =
      Value::Rate(N(v, "excellent_previous_period"), N(v, "evaluated_previous_period"));
}

Values Counts(std::vector<std::pair<const char*, int64_t>> counts) {
  Values v;
  for (const char* key : kCountKeys) v[key] = Value::Count(0);
  for (const auto& [key, n] : counts) v[key] = Value::Count(n);
  Rates(v);
  return v;
}

UnitRow Unit(const char* code, const char* name, const char* cap, const char* parent, int depth) {
  UnitRow u;
  u.ma_don_vi = code;
  u.ten_don_vi = name;
  u.cap = cap;
  u.ma_don_vi_cha = parent;
  u.depth = depth;
  u.submitted = true;
  u.people_submitted = true;
  return u;
}

}  // namespace

void RollUpRoot(Report& report) {
  UnitRow& root = report.units.front();
  Values sum = Counts({});
  root.discipline_by_form.clear();
  for (size_t i = 1; i < report.units.size(); ++i) {
    const UnitRow& u = report.units[i];
    if (u.depth != 1 || !u.submitted) continue;
    for (const char* key : kCountKeys) sum[key].count += N(u.values, key);
    for (const auto& [form, n] : u.discipline_by_form) root.discipline_by_form[form] += n;
  }
  Rates(sum);
  for (const auto& [key, value] : sum) root.values[key] = value;
  report.table = HierarchyTable(report.units);
}

Report SampleReport(const std::string& form) {
  Report r;
  r.form = form;
  r.period.kind = Period::Kind::kMonth;
  r.period.year = 2023;
  r.period.index = 5;
  r.period.from = Date::FromYmd(2023, 4, 15);
  r.period.to = Date::FromYmd(2023, 5, 14);
  r.place = "Hòa Bình";
  r.issued_on = Date::FromYmd(2023, 5, 15);
  r.root = "T";

  UnitRow t = Unit("T", "UBND tỉnh Hòa Bình", "tinh", "", 0);
  t.has_children = true;
  UnitRow h1 = Unit("H1", "Thành phố Hòa Bình", "huyen", "T", 1);
  h1.has_children = true;
  h1.values = Counts({{"carried_over", 5},
                      {"new_total", 50},
                      {"new_online", 30},
                      {"new_in_person", 15},
                      {"new_postal", 5},
                      {"received_total", 55},
                      {"resolved_total", 40},
                      {"resolved_early", 20},
                      {"resolved_on_time", 15},
                      {"resolved_late", 5},
                      {"withdrawn", 2},
                      {"returned", 1},
                      {"pending_total", 12},
                      {"pending_within", 10},
                      {"pending_overdue", 2},
                      {"paid_total", 8},
                      {"paid_online", 6},
                      {"paid_amount_total", 1200000},
                      {"paid_amount_online", 900000},
                      {"rated_total", 20},
                      {"very_satisfied", 12},
                      {"satisfied", 6},
                      {"dissatisfied", 2},
                      {"discipline_total", 3},
                      {"discipline_previous_period", 5},
                      {"evaluated_total", 40},
                      {"excellent", 10},
                      {"good", 20},
                      {"completed", 9},
                      {"not_completed", 1},
                      {"evaluated_previous_period", 40},
                      {"excellent_previous_period", 8}});
  h1.values["rank_on_time"] = Value::Count(1);
  h1.values["rank_of"] = Value::Count(1);
  h1.values["rank_online"] = Value::Count(1);
  h1.values["rank_online_of"] = Value::Count(2);
  h1.values["rank_satisfaction"] = Value::Count(1);
  h1.values["rank_satisfaction_of"] = Value::Count(1);
  h1.discipline_by_form = {{"khien_trach", 2}, {"canh_cao", 1}};
  h1.own = Counts({});

  UnitRow x1 = Unit("X1", "Phường Tân Thịnh", "xa", "H1", 2);
  x1.submitted = false;
  x1.people_submitted = false;

  UnitRow h2 = Unit("H2", "Huyện Lương Sơn", "huyen", "T", 1);
  h2.values = Counts({{"new_total", 10},
                      {"new_online", 3},
                      {"new_in_person", 7},
                      {"received_total", 10},
                      {"pending_total", 10},
                      {"pending_within", 10},
                      {"discipline_previous_period", 1},
                      {"evaluated_total", 20},
                      {"excellent", 5},
                      {"good", 10},
                      {"completed", 5}});
  h2.values["rank_on_time"] = Value::Null();
  h2.values["rank_of"] = Value::Count(1);
  h2.values["rank_online"] = Value::Count(2);
  h2.values["rank_online_of"] = Value::Count(2);
  h2.values["rank_satisfaction"] = Value::Null();
  h2.values["rank_satisfaction_of"] = Value::Count(1);
  h2.own = h2.values;

  r.units = {t, h1, x1, h2};
  RollUpRoot(r);
  r.units[0].own = Counts({});
  r.table = HierarchyTable(r.units);
  r.catalog = {{"procedures_total", Value::Count(1800)},
               {"procedures_full_online", Value::Count(600)},
               {"procedures_partial_online", Value::Count(700)},
               {"full_online_rate", Value::Rate(600, 1800)},
               {"online_capable_rate", Value::Rate(1300, 1800)},
               {"fee_procedures", Value::Count(400)},
               {"fee_procedures_payable_online", Value::Count(300)},
               {"fee_online_payable_rate", Value::Rate(300, 400)}};
  return r;
}

}  // namespace baocao::test
