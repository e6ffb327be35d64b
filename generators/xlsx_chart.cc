#include "generators/xlsx_chart.h"

#include <vector>

#include "core/errors.h"
#include "generators/chart_series.h"

namespace baocao {
namespace {

constexpr uint8_t kPaperA4 = 9;
constexpr lxw_color_t kBarColor = 0x3B6BA8;
constexpr lxw_color_t kRootColor = 0xC0392B;

// Title, column heads, the root's row, one row per plotted unit ("…" between the best and the
// worst), then the note. Returns the rows of the values [first, last].
std::pair<int, int> WriteData(XlsxSheet& data, int row, int col, const ChartSeries& series) {
  CellStyle title;
  title.bold = true;
  data.Text(row++, col, "Số liệu biểu đồ: " + series.title, title);
  CellStyle head;
  head.bold = true;
  head.border = true;
  head.align = CellStyle::Align::kCenter;
  data.Text(row, col, "Đơn vị", head);
  data.Text(row++, col + 1, series.points ? "Điểm" : "Tỷ lệ", head);
  CellStyle name;
  name.border = true;
  CellStyle rate = name;
  rate.num_format = series.points ? "0.00" : "0.00%";
  rate.align = CellStyle::Align::kRight;
  auto write = [&](const std::string& label, const Value& value, const CellStyle& style) {
    data.Text(row, col, label, style);
    if (value.is_null())
      data.Blank(row, col + 1, rate);
    else
      data.Number(row, col + 1, series.points ? static_cast<double>(value.count) / 100.0 : value.rate, rate);
    ++row;
  };
  const int first = row;
  CellStyle root_name = name;
  root_name.bold = true;
  write(series.root_label, series.root_value, root_name);
  for (size_t i = 0; i < series.labels.size(); ++i) {
    if (series.best_count > 0 && i == series.best_count) write("…", Value::Null(), name);
    write(series.labels[i], series.values[i], name);
  }
  const int last = row - 1;
  if (!series.note.empty()) {
    CellStyle note;
    note.italic = true;
    data.Text(row, col, "Ghi chú: " + series.note, note);
  }
  data.ColumnWidth(col, 32);
  data.ColumnWidth(col + 1, 10);
  return {first, last};
}

lxw_chart* BarChart(XlsxWorkbook& book, const XlsxSheet& data, int first, int last, int col,
                    const ChartSeries& series) {
  lxw_chart* bar = workbook_add_chart(book.raw(), LXW_CHART_BAR);
  if (bar == nullptr)
    throw Error("Không ghi được tệp Excel " + book.path() + ": không tạo được biểu đồ");
  lxw_chart_series* s = chart_add_series(bar, nullptr, nullptr);
  chart_series_set_categories(s, data.name().c_str(), first, col, last, col);
  chart_series_set_values(s, data.name().c_str(), first, col + 1, last, col + 1);
  chart_series_set_name(s, series.title.c_str());
  lxw_chart_fill fill{kBarColor, 0, 0};
  chart_series_set_fill(s, &fill);
  // libxlsxwriter 1.1.4 cannot overlay a line on a bar chart: the root is the first bar, in its
  // own colour, where the PDF draws a line.
  lxw_chart_fill root_fill{kRootColor, 0, 0};
  lxw_chart_point root_point{nullptr, &root_fill, nullptr};
  lxw_chart_point* points[] = {&root_point, nullptr};
  book.Check(chart_series_set_points(s, points), "biểu đồ, cột của đơn vị báo cáo");
  chart_series_set_labels(s);
  chart_series_set_labels_num_format(s, series.points ? "0.00" : "0.00%");
  // "—" where a unit has no value (as in the table), none on the "…" between best and worst.
  static char dash[] = "—";
  std::vector<lxw_chart_data_label> custom(static_cast<size_t>(last - first + 1));
  for (size_t i = 0; i < series.labels.size(); ++i) {
    const size_t point = 1 + i + (series.best_count > 0 && i >= series.best_count ? 1 : 0);
    if (series.values[i].is_null()) custom[point].value = dash;
  }
  if (series.root_value.is_null()) custom[0].value = dash;
  if (series.best_count > 0) custom[1 + series.best_count].hide = 1;
  std::vector<lxw_chart_data_label*> labels;
  for (auto& label : custom) labels.push_back(&label);
  labels.push_back(nullptr);
  book.Check(chart_series_set_labels_custom(s, labels.data()), "biểu đồ, nhãn số liệu");
  chart_series_set_labels_position(s, LXW_CHART_LABEL_POSITION_OUTSIDE_END);
  chart_title_set_name(bar, series.title.c_str());
  chart_legend_set_position(bar, LXW_CHART_LEGEND_NONE);
  chart_show_blanks_as(bar, LXW_CHART_BLANKS_AS_GAP);
  // In a bar chart the x axis is the horizontal value axis, y the vertical category axis.
  lxw_chart_axis* values = chart_axis_get(bar, LXW_CHART_AXIS_TYPE_X);
  chart_axis_set_num_format(values, series.points ? "0" : "0%");
  chart_axis_set_min(values, 0);
  chart_axis_set_max(values, series.points ? 100 : 1);
  if (!series.note.empty()) chart_axis_set_name(values, series.note.c_str());
  lxw_chart_axis* units = chart_axis_get(bar, LXW_CHART_AXIS_TYPE_Y);
  chart_axis_set_reverse(units);       // the root on top, then the units in order
  chart_axis_set_crossing_max(units);  // and the value axis still at the bottom
  chart_axis_set_interval_unit(units, 1);  // every unit's name
  return bar;
}

}  // namespace

int WriteChart(XlsxWorkbook& book, XlsxSheet& data, int row, int col, const TemplateChart& chart,
               const Report& report, const std::string& sheet_name) {
  const ChartSeries series = SelectChartSeries(report, chart);
  if (series.empty()) return col;
  const auto [first, last] = WriteData(data, row, col, series);
  lxw_chart* bar = BarChart(book, data, first, last, col, series);
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
