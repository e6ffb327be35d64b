#include "generators/xlsx_chart.h"

#include <algorithm>

#include "core/errors.h"

namespace baocao {
namespace {

constexpr int kChartRows = 20;  // rows the chart covers at the default row height

}  // namespace

int WriteChart(XlsxWorkbook& book, XlsxSheet& sheet, const SheetGrid& grid,
               const TemplateChart& chart, const Report& report, int row) {
  std::vector<const UnitRow*> units;
  for (size_t i = 1; i < report.units.size(); ++i) {
    const UnitRow& u = report.units[i];
    if (u.cap == chart.cap && !Lookup(u, chart.key).is_null()) units.push_back(&u);
  }
  if (units.empty()) return row;
  const int name_col = std::min(1, grid.last_col());
  const int value_col = name_col + 1;
  CellStyle title;
  title.bold = true;
  title.size = 12;
  sheet.Text(row++, name_col, chart.title, title);
  CellStyle head;
  head.bold = true;
  head.border = true;
  head.align = CellStyle::Align::kCenter;
  sheet.Text(row, name_col, "Đơn vị", head);
  sheet.Text(row++, value_col, "Tỷ lệ", head);
  CellStyle name;
  name.border = true;
  CellStyle rate = name;
  rate.num_format = "0.00%";
  rate.align = CellStyle::Align::kRight;
  const int first = row;
  for (const UnitRow* u : units) {
    sheet.Text(row, name_col, u->ten_don_vi, name);
    sheet.Number(row++, value_col, Lookup(*u, chart.key).rate, rate);
  }
  const int last = row - 1;

  lxw_chart* bar = workbook_add_chart(book.raw(), LXW_CHART_BAR);
  if (bar == nullptr) throw Error("Không ghi được tệp Excel " + book.path() + ": không tạo được biểu đồ");
  lxw_chart_series* series = chart_add_series(bar, nullptr, nullptr);
  chart_series_set_categories(series, sheet.name().c_str(), first, name_col, last, name_col);
  chart_series_set_values(series, sheet.name().c_str(), first, value_col, last, value_col);
  chart_series_set_name(series, chart.title.c_str());
  chart_series_set_labels(series);
  chart_series_set_labels_num_format(series, "0.00%");
  chart_title_set_name(bar, chart.title.c_str());
  chart_legend_set_position(bar, LXW_CHART_LEGEND_NONE);
  // In a bar chart the x axis is the horizontal value axis, y the vertical category axis.
  lxw_chart_axis* values = chart_axis_get(bar, LXW_CHART_AXIS_TYPE_X);
  chart_axis_set_num_format(values, "0%");
  chart_axis_set_min(values, 0);
  chart_axis_set_max(values, 1);
  chart_axis_set_reverse(chart_axis_get(bar, LXW_CHART_AXIS_TYPE_Y));  // first unit on top
  lxw_chart_options options = {};
  options.x_scale = 1.5;
  options.y_scale = std::max(1.0, static_cast<double>(units.size()) / 8.0);
  row += 1;
  book.Check(worksheet_insert_chart_opt(sheet.raw(), row, name_col, bar, &options),
             "trang \"" + sheet.name() + "\", biểu đồ");
  return row + static_cast<int>(kChartRows * options.y_scale);
}

}  // namespace baocao
