// SelectChartSeries: which level a chart plots and which units, for both Excel and PDF.
#include "generators/chart_series.h"

#include <catch2/catch.hpp>
#include <cstdio>

namespace baocao {
namespace {

// A report built unit by unit: (code, name, cap, depth) in hierarchy order, the on-time rate given
// (a negative rate: null).
struct Unit {
  std::string name, cap;
  int depth;
  double rate;
};

Report Build(const std::vector<Unit>& units) {
  Report report;
  report.form = "tong_hop";
  int n = 0;
  for (const auto& u : units) {
    UnitRow row;
    row.ma_don_vi = "U" + std::to_string(n++);
    row.ten_don_vi = u.name;
    row.cap = u.cap;
    row.depth = u.depth;
    row.submitted = true;
    row.values["on_time_rate"] = u.rate < 0 ? Value::Null() : Value{Value::Kind::kRate, 0, u.rate};
    report.units.push_back(row);
  }
  report.root = report.units.front().ma_don_vi;
  return report;
}

TemplateChart Chart(const std::string& cap = "auto") {
  TemplateChart chart;
  chart.title = "Tỷ lệ đúng hạn theo {level}";
  chart.key = "on_time_rate";
  chart.cap = cap;
  return chart;
}

std::vector<double> Rates(const ChartSeries& s) {
  std::vector<double> out;
  for (const auto& v : s.values) out.push_back(v.is_null() ? -1 : v.rate);
  return out;
}

TEST_CASE("A three-level province charts its districts, in report order, nulls kept") {
  // Two departments, three districts with four communes each: the communes are not the root's
  // children, so the districts (3) outnumber the departments (2).
  std::vector<Unit> units = {{"Tỉnh Ba Cấp", "tinh", 0, 0.9},
                             {"Sở Một", "so_nganh", 1, 0.95},
                             {"Sở Hai", "so_nganh", 1, 0.85}};
  for (const std::string d : {"Huyện A", "Huyện B", "Huyện C"}) {
    units.push_back({d, "huyen", 1, d == "Huyện B" ? -1.0 : d == "Huyện A" ? 0.8 : 0.7});
    for (int x = 1; x <= 4; ++x) units.push_back({d + " xã " + std::to_string(x), "xa", 2, 0.5});
  }
  const Report report = Build(units);
  CHECK(ChartLevel(report, Chart()) == "huyen");
  const ChartSeries s = SelectChartSeries(report, Chart());
  CHECK(s.cap == "huyen");
  CHECK(s.title == "Tỷ lệ đúng hạn theo huyện, thành phố");
  CHECK(s.labels == std::vector<std::string>{"Huyện A", "Huyện B", "Huyện C"});
  CHECK(Rates(s) == std::vector<double>{0.8, -1, 0.7});
  CHECK(s.best_count == 0);
  CHECK(s.note.empty());
  CHECK(s.root_label == "Tỉnh Ba Cấp");
  CHECK(s.root_value.rate == 0.9);
  CHECK_FALSE(s.empty());

  SECTION("an explicit cap still works, at any depth") {
    const ChartSeries x = SelectChartSeries(report, Chart("xa"));
    CHECK(x.cap == "xa");
    CHECK(x.title == "Tỷ lệ đúng hạn theo xã, phường, đặc khu");
    CHECK(x.labels.size() == 12);
    CHECK(x.labels.front() == "Huyện A xã 1");
    CHECK(SelectChartSeries(report, Chart("so_nganh")).labels ==
          std::vector<std::string>{"Sở Một", "Sở Hai"});
  }
  SECTION("the level's name can come from the template") {
    TemplateChart chart = Chart();
    chart.levels["huyen"] = "đơn vị cấp huyện";
    CHECK(SelectChartSeries(report, chart).title == "Tỷ lệ đúng hạn theo đơn vị cấp huyện");
  }
}

TEST_CASE("A two-level province with 16 communes and 3 departments charts the communes") {
  std::vector<Unit> units = {{"Tỉnh Hai Cấp", "tinh", 0, 0.75}};
  for (int i = 1; i <= 3; ++i) units.push_back({"Sở " + std::to_string(i), "so_nganh", 1, 0.9});
  std::vector<std::string> names;
  std::vector<double> rates;
  for (int i = 1; i <= 16; ++i) {
    names.push_back("Xã " + std::to_string(i));
    rates.push_back(i == 5 ? -1 : i / 20.0);
    units.push_back({names.back(), "xa", 1, rates.back()});
  }
  const ChartSeries s = SelectChartSeries(Build(units), Chart());
  CHECK(s.cap == "xa");
  CHECK(s.title == "Tỷ lệ đúng hạn theo xã, phường, đặc khu");
  CHECK(s.labels == names);  // all 16, report order
  CHECK(Rates(s) == rates);  // Xã 5 kept, null
  CHECK(s.note.empty());
  CHECK(s.best_count == 0);
}

TEST_CASE("150 communes: sorted best first, the 10 best and the 10 worst, nulls left out") {
  std::vector<Unit> units = {{"Tỉnh Hai Cấp", "tinh", 0, 0.6}};
  for (int i = 1; i <= 3; ++i) units.push_back({"Sở " + std::to_string(i), "so_nganh", 1, 0.99});
  char name[32];
  for (int i = 1; i <= 150; ++i) {
    std::snprintf(name, sizeof name, "Xã %03d", i);
    // 0.501 .. 0.650 rising with i; Xã 010 ties with Xã 148; Xã 149 and 150 have no value.
    const double rate = i >= 149 ? -1 : 0.5 + (i == 10 ? 148 : i) / 1000.0;
    units.push_back({name, "xa", 1, rate});
  }
  const ChartSeries s = SelectChartSeries(Build(units), Chart());
  CHECK(s.cap == "xa");
  CHECK(s.labels == std::vector<std::string>{
                        "Xã 010", "Xã 148", "Xã 147", "Xã 146", "Xã 145", "Xã 144", "Xã 143",
                        "Xã 142", "Xã 141", "Xã 140",  // the best, the tie in report order
                        "Xã 011", "Xã 009", "Xã 008", "Xã 007", "Xã 006", "Xã 005", "Xã 004",
                        "Xã 003", "Xã 002", "Xã 001"});  // the worst, still best first
  CHECK(Rates(s) == std::vector<double>{0.648, 0.648, 0.647, 0.646, 0.645, 0.644, 0.643, 0.642,
                                        0.641, 0.640, 0.511, 0.509, 0.508, 0.507, 0.506, 0.505,
                                        0.504, 0.503, 0.502, 0.501});
  CHECK(s.best_count == 10);
  CHECK(s.note ==
        "Xếp theo tỷ lệ giảm dần: 10 đơn vị cao nhất và 10 đơn vị thấp nhất trên tổng số 148 "
        "đơn vị có số liệu; 2 đơn vị chưa có số liệu không đưa vào biểu đồ");
  CHECK(s.root_value.rate == 0.6);

  SECTION("every unit with a value shown when there are few") {
    TemplateChart chart = Chart();
    chart.best_worst = 80;
    const ChartSeries all = SelectChartSeries(Build(units), chart);
    CHECK(all.labels.size() == 148);
    CHECK(all.labels.front() == "Xã 010");
    CHECK(all.labels.back() == "Xã 001");
    CHECK(all.best_count == 0);
    CHECK(all.note ==
          "Xếp theo tỷ lệ giảm dần: 148 đơn vị có số liệu; 2 đơn vị chưa có số liệu không đưa "
          "vào biểu đồ");
  }
  SECTION("no note of units without a value when every unit has one") {
    units[units.size() - 1].rate = 0.1;
    units[units.size() - 2].rate = 0.2;
    const ChartSeries full = SelectChartSeries(Build(units), Chart());
    CHECK(full.labels.back() == "Xã 150");
    CHECK(full.note ==
          "Xếp theo tỷ lệ giảm dần: 10 đơn vị cao nhất và 10 đơn vị thấp nhất trên tổng số 150 "
          "đơn vị");
  }
  SECTION("a level no larger than all_up_to: every unit in report order") {
    TemplateChart chart = Chart();
    chart.all_up_to = 150;
    CHECK(SelectChartSeries(Build(units), chart).labels.size() == 150);  // report order, nulls
    CHECK(SelectChartSeries(Build(units), chart).labels.front() == "Xã 001");
  }
}

TEST_CASE("Ties between levels go to districts, then communes, then departments") {
  auto level = [](std::vector<std::string> caps) {
    std::vector<Unit> units = {{"Tỉnh", "tinh", 0, 0.5}};
    for (const auto& cap : caps) units.push_back({cap + std::to_string(units.size()), cap, 1, 0.5});
    return ChartLevel(Build(units), Chart());
  };
  CHECK(level({"so_nganh", "so_nganh", "xa", "xa", "huyen", "huyen"}) == "huyen");
  CHECK(level({"so_nganh", "so_nganh", "xa", "xa"}) == "xa");
  CHECK(level({"so_nganh", "xa", "xa", "huyen"}) == "xa");  // the most units first
  CHECK(level({"so_nganh", "so_nganh", "khac"}) == "so_nganh");
  CHECK(level({}).empty());
  TemplateChart empty_cap = Chart("");
  CHECK(ChartLevel(Build({{"Tỉnh", "tinh", 0, 0.5}, {"Xã", "xa", 1, 0.5}}), empty_cap) == "xa");
  // A root without children plots nothing.
  CHECK(SelectChartSeries(Build({{"Xã", "xa", 0, 0.5}}), Chart()).empty());
}

}  // namespace
}  // namespace baocao
