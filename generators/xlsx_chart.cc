#include "generators/xlsx_chart.h"

#include <vector>

#include "core/errors.h"

namespace baocao {
namespace {

constexpr uint8_t kPaperA4 = 9;

std::vector<const UnitRow*> Plotted(const TemplateChart& chart, const Report& report) {
  std::vector<const UnitRow*> units;
  for (size_t i = 1; i < report.units.size(); ++i) {
    const UnitRow& u = report.units[i];
    if (u.cap == chart.cap && !Lookup(u, chart.key).is_null()) units.push_back(&u);
  }
  return units;
}

// Title, column heads, then one row per unit; returns the rows of the values [first, last].
std::pair<int, int> WriteData(XlsxSheet& data, int row, int col, const TemplateChart& chart,
                              const std::vector<const UnitRow*>& units) {
  CellStyle title;
  title.bold = true;
  data.Text(row++, col, "Số liệu biểu đồ: " + chart.title, title);
  CellStyle head;
  head.bold = true;
  head.border = true;
  head.align = CellStyle::Align::kCenter;
  data.Text(row, col, "Đơn vị", head);
  data.Text(row++, col + 1, "Tỷ lệ", head);
  CellStyle name;
  name.border = true;
  CellStyle rate = name;
  rate.num_format = "0.00%";
  rate.align = CellStyle::Align::kRight;
  const int first = row;
  for (const UnitRow* u : units) {
    data.Text(row, col, u->ten_don_vi, name);
    data.Number(row++, col + 1, Lookup(*u, chart.key).rate, rate);
  }
  data.ColumnWidth(col, 32);
  data.ColumnWidth(col + 1, 10);
  return {first, row - 1};
}

lxw_chart* BarChart(XlsxWorkbook& book, const XlsxSheet& data, int first, int last, int col,
                    const TemplateChart& chart) {
  lxw_chart* bar = workbook_add_chart(book.raw(), LXW_CHART_BAR);
  if (bar == nullptr)
    throw Error("Không ghi được tệp Excel " + book.path() + ": không tạo được biểu đồ");
  lxw_chart_series* series = chart_add_series(bar, nullptr, nullptr);
  chart_series_set_categories(series, data.name().c_str(), first, col, last, col);
  chart_series_set_values(series, data.name().c_str(), first, col + 1, last, col + 1);
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
  lxw_chart_axis* units = chart_axis_get(bar, LXW_CHART_AXIS_TYPE_Y);
  chart_axis_set_reverse(units);       // first unit on top
  chart_axis_set_crossing_max(units);  // and the value axis still at the bottom
  return bar;
}

}  // namespace

int WriteChart(XlsxWorkbook& book, XlsxSheet& data, int row, int col, const TemplateChart& chart,
               const Report& report, const std::string& sheet_name) {
  const std::vector<const UnitRow*> units = Plotted(chart, report);
  if (units.empty()) return col;
  const auto [first, last] = WriteData(data, row, col, chart, units);
  lxw_chart* bar = BarChart(book, data, first, last, col, chart);
  lxw_chartsheet* sheet = workbook_add_chartsheet(book.raw(), sheet_name.c_str());
  if (sheet == nullptr) {
    throw Error("Không ghi được tệp Excel " + book.path() + ": không tạo được trang \"" +
                sheet_name + "\"");
  }
  book.Check(chartsheet_set_chart(sheet, bar), "trang \"" + sheet_name + "\", biểu đồ");
  chartsheet_set_landscape(sheet);
  chartsheet_set_paper(sheet, kPaperA4);
  book.Check(chartsheet_set_footer(sheet, "&CTrang &P/&N"),
             "trang \"" + sheet_name + "\", chân trang");
  return col + 3;
}

}  // namespace baocao
