// What a template chart plots, chosen once for Excel and PDF alike (pure: no drawing, no files).
//
// The level: the chart's `cap`, or with cap "auto" the level under the report's root that holds the
// most units (SPEC §2: districts in a three-level province, communes, wards and special zones in a
// two-level one). The units: with at most `all_up_to` units at that level, every unit in report
// order (a unit without a value keeps its place, with a null value: "—" and no bar); with more, the
// units that have a value sorted by the rate, best first (ties in report order), only the
// `best_worst` best and the `best_worst` worst, and a note saying so and counting the units left
// out for want of a value.
#pragma once

#include <string>
#include <vector>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

struct ChartSeries {
  std::string cap;                  // the level plotted (huyen | xa | so_nganh | ...); empty: none
  std::string title;                // the chart's title, "{level}" replaced by the level's name
  std::vector<std::string> labels;  // unit names, in plotting order
  std::vector<Value> values;        // one per label; null only when every unit is shown
  // Best-and-worst selection: the number of leading "best" entries (the worst follow), else 0.
  size_t best_count = 0;
  std::string root_label;  // the report root's name
  Value root_value;        // the root's value of the chart's key
  std::string note;        // Vietnamese, empty when every unit of the level is shown
  // The key's values are points in hundredths (chi_so_766's score_total), plotted on 0–100 points
  // instead of 0–100 %.
  bool points = false;

  // True when no plotted unit has a value: generators draw nothing.
  bool empty() const;
};

// The level a chart plots: chart.cap, or for "auto" (and an empty cap) the cap with the most units
// among the root's direct children, ties going to huyen, then xa, then so_nganh, then the other caps
// by name. Empty when the root has no children.
std::string ChartLevel(const Report& report, const TemplateChart& chart);

// The level's name in the title: chart.levels[cap], else "huyện, thành phố", "xã, phường, đặc khu",
// "sở, ban, ngành", "tỉnh", else the cap itself.
std::string ChartLevelName(const TemplateChart& chart, const std::string& cap);

// Where a value sits on the chart's axis, as a fraction of its top: a rate itself, points (in
// hundredths) out of 100.
double ChartFraction(const Value& value);

ChartSeries SelectChartSeries(const Report& report, const TemplateChart& chart);

}  // namespace baocao
