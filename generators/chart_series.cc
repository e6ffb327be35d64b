#include "generators/chart_series.h"

#include <algorithm>
#include <map>

namespace baocao {
namespace {

// Tie order of the automatic level: lower wins.
int LevelPreference(const std::string& cap) {
  if (cap == "huyen") return 0;
  if (cap == "xa") return 1;
  if (cap == "so_nganh") return 2;
  return 3;
}

}  // namespace

bool ChartSeries::empty() const {
  return std::all_of(values.begin(), values.end(), [](const Value& v) { return v.is_null(); });
}

std::string ChartLevel(const Report& report, const TemplateChart& chart) {
  if (!chart.cap.empty() && chart.cap != "auto") return chart.cap;
  std::map<std::string, int> count;
  for (size_t i = 1; i < report.units.size(); ++i)
    if (report.units[i].depth == 1) ++count[report.units[i].cap];
  std::string best;
  for (const auto& [cap, n] : count) {  // by name, so that other caps tie by name
    if (best.empty()) {
      best = cap;
      continue;
    }
    const int m = count[best];
    if (n > m || (n == m && LevelPreference(cap) < LevelPreference(best))) best = cap;
  }
  return best;
}

std::string ChartLevelName(const TemplateChart& chart, const std::string& cap) {
  if (const auto it = chart.levels.find(cap); it != chart.levels.end()) return it->second;
  if (cap == "huyen") return "huyện, thành phố";
  if (cap == "xa") return "xã, phường, đặc khu";
  if (cap == "so_nganh") return "sở, ban, ngành";
  if (cap == "tinh") return "tỉnh";
  return cap;
}

double ChartFraction(const Value& value) {
  if (value.kind == Value::Kind::kHundredths) return static_cast<double>(value.count) / 10000.0;
  return value.rate;
}

ChartSeries SelectChartSeries(const Report& report, const TemplateChart& chart) {
  ChartSeries s;
  s.cap = ChartLevel(report, chart);
  s.title = chart.title;
  if (const size_t at = s.title.find("{level}"); at != std::string::npos)
    s.title.replace(at, 7, ChartLevelName(chart, s.cap));
  if (report.units.empty()) return s;
  s.root_label = report.root_row().ten_don_vi;
  s.root_value = Lookup(report.root_row(), chart.key);

  std::vector<std::pair<const UnitRow*, Value>> level;
  for (size_t i = 1; i < report.units.size(); ++i) {
    const UnitRow& u = report.units[i];
    if (u.cap == s.cap) level.emplace_back(&u, Lookup(u, chart.key));
  }
  for (const auto& entry : level) s.points = s.points || entry.second.kind == Value::Kind::kHundredths;
  if (static_cast<int>(level.size()) <= chart.all_up_to) {
    for (const auto& [u, v] : level) {
      s.labels.push_back(u->ten_don_vi);
      s.values.push_back(v);
    }
    return s;
  }

  std::vector<std::pair<const UnitRow*, Value>> valued;
  for (const auto& entry : level)
    if (!entry.second.is_null()) valued.push_back(entry);
  std::stable_sort(valued.begin(), valued.end(),
                   [](const auto& a, const auto& b) { return ChartFraction(a.second) > ChartFraction(b.second); });
  const size_t nulls = level.size() - valued.size();
  const size_t keep = chart.best_worst > 0 ? static_cast<size_t>(chart.best_worst) : 0;
  std::string note = s.points ? "Xếp theo điểm giảm dần: " : "Xếp theo tỷ lệ giảm dần: ";
  if (keep > 0 && valued.size() > 2 * keep) {
    valued.erase(valued.begin() + static_cast<std::ptrdiff_t>(keep),
                 valued.end() - static_cast<std::ptrdiff_t>(keep));
    s.best_count = keep;
    note += std::to_string(keep) + " đơn vị cao nhất và " + std::to_string(keep) +
            " đơn vị thấp nhất trên tổng số " + std::to_string(level.size() - nulls) +
            (nulls > 0 ? " đơn vị có số liệu" : " đơn vị");
  } else {
    note += std::to_string(valued.size()) + " đơn vị có số liệu";
  }
  if (nulls > 0)
    note += "; " + std::to_string(nulls) + " đơn vị chưa có số liệu không đưa vào biểu đồ";
  s.note = note;
  for (const auto& [u, v] : valued) {
    s.labels.push_back(u->ten_don_vi);
    s.values.push_back(v);
  }
  return s;
}

}  // namespace baocao
