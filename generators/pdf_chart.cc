#include "generators/pdf_chart.h"

#include <algorithm>
#include <string>
#include <vector>

#include "generators/vietnamese_number.h"

namespace baocao {
namespace {

constexpr double kTitleSize = 10;
constexpr double kLabelSize = 7;
constexpr double kPlotHeight = 150;
constexpr double kAxisWidth = 34;  // room for "100%" left of the plot
constexpr int kMaxNameLines = 3;

struct Bar {
  std::vector<std::string> name;
  Value rate;
};

}  // namespace

Block ChartBlock(const PdfDocument& doc, const Report& report, const TemplateChart& chart,
                 double left, double width) {
  std::vector<const UnitRow*> plotted;
  for (size_t i = 1; i < report.units.size(); ++i) {
    const UnitRow& u = report.units[i];
    if (u.cap == chart.cap && !Lookup(u, chart.key).is_null()) plotted.push_back(&u);
  }
  if (plotted.empty()) return {};
  const double plot_left = left + kAxisWidth;
  const double plot_width = width - kAxisWidth - 10;
  const double slot = plot_width / static_cast<double>(plotted.size());
  std::vector<Bar> bars;
  size_t name_lines = 1;
  for (const UnitRow* u : plotted) {
    auto lines = doc.Wrap(u->ten_don_vi, false, kLabelSize, slot - 4);
    if (lines.size() > kMaxNameLines) lines.resize(kMaxNameLines);
    name_lines = std::max(name_lines, lines.size());
    bars.push_back({std::move(lines), Lookup(*u, chart.key)});
  }
  const Value province = Lookup(report.root_row(), chart.key);
  const std::string title = chart.title;
  const std::string province_label = report.root_row().ten_don_vi + ": " + FormatValue(province);
  const double legend_width = doc.TextWidth(province_label, false, kLabelSize) + 30;
  const double title_height = LineHeight(kTitleSize) + LineHeight(kLabelSize) + 12;
  const double names_height = static_cast<double>(name_lines) * LineHeight(kLabelSize) + 6;

  Block block;
  block.height = title_height + kPlotHeight + names_height + 14;
  block.draw = [=](Canvas& canvas, double top) {
    canvas.Text(title, left, top, width, Align::kCenter, true, kTitleSize);
    if (!province.is_null()) {  // legend: the dashed line is the root's rate
      const double legend_left = left + (width - legend_width) / 2;
      const double legend_top = top + LineHeight(kTitleSize) + 2;
      canvas.SetStrokeColor(0.8, 0.1, 0.1);
      canvas.DashedLine(legend_left, legend_top + LineHeight(kLabelSize) / 2, legend_left + 24,
                        legend_top + LineHeight(kLabelSize) / 2, 1.2);
      canvas.SetStrokeColor(0, 0, 0);
      canvas.Text(province_label, legend_left + 30, legend_top, legend_width, Align::kLeft, false,
                  kLabelSize);
    }
    const double plot_top = top + title_height;
    const double base = plot_top + kPlotHeight;
    auto y_of = [&](double rate) { return base - kPlotHeight * std::clamp(rate, 0.0, 1.0); };
    // Grid and y axis labels.
    for (int step = 0; step <= 5; ++step) {
      const double y = y_of(step * 0.2);
      canvas.SetStrokeColor(0.8, 0.8, 0.8);
      if (step > 0) canvas.Line(plot_left, y, plot_left + plot_width, y, 0.4);
      canvas.SetStrokeColor(0, 0, 0);
      canvas.Text(std::to_string(step * 20) + "%", left, y - LineHeight(kLabelSize) / 2,
                  kAxisWidth - 4, Align::kRight, false, kLabelSize);
    }
    canvas.Line(plot_left, plot_top - 4, plot_left, base, 0.8);
    canvas.Line(plot_left, base, plot_left + plot_width, base, 0.8);
    auto bar_x = [&](size_t i) { return plot_left + slot * static_cast<double>(i); };
    const double bar_width = std::min(slot * 0.6, 40.0);
    for (size_t i = 0; i < bars.size(); ++i) {
      const double y = y_of(bars[i].rate.rate);
      canvas.FillRect(bar_x(i) + (slot - bar_width) / 2, y, bar_width, base - y, 0.23, 0.42, 0.66);
      canvas.Lines(bars[i].name, bar_x(i) + 2, base + 4, slot - 4, Align::kCenter, false,
                   kLabelSize);
    }
    if (!province.is_null()) {  // over the bars, under their labels
      const double y = y_of(province.rate);
      canvas.SetStrokeColor(0.8, 0.1, 0.1);
      canvas.DashedLine(plot_left, y, plot_left + plot_width, y, 1.2);
      canvas.SetStrokeColor(0, 0, 0);
    }
    for (size_t i = 0; i < bars.size(); ++i) {
      const std::string label = FormatValue(bars[i].rate);
      const double label_width = canvas.doc().TextWidth(label, true, kLabelSize) + 4;
      const double label_top = y_of(bars[i].rate.rate) - LineHeight(kLabelSize) - 1;
      canvas.FillRect(bar_x(i) + (slot - label_width) / 2, label_top, label_width,
                      LineHeight(kLabelSize), 1, 1, 1);
      canvas.Text(label, bar_x(i), label_top, slot, Align::kCenter, true, kLabelSize);
    }
  };
  return block;
}

}  // namespace baocao
