#include "generators/pdf_chart.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "generators/chart_series.h"
#include "generators/vietnamese_number.h"

namespace baocao {
namespace {

constexpr double kTitleSize = 10;
constexpr double kNoteSize = 7.5;
constexpr double kLegendSize = 8;
constexpr double kLabelSize = 7;     // axis, and the largest bar and name labels
constexpr double kMinLabelSize = 5;  // bar and name labels shrink down to this to fit their slot
constexpr double kPlotHeight = 150;
constexpr double kAxisWidth = 34;  // room for "100%" left of the plot
constexpr double kGapSlots = 0.6;  // the gap between the best and the worst, in slots
constexpr size_t kMaxNameLines = 3;

// The usual abbreviations of the unit kinds, used when a full name does not fit under its bar.
constexpr std::array<std::pair<const char*, const char*>, 7> kAbbreviations{{
    {"Thành phố ", "TP. "},
    {"Thị xã ", "TX. "},
    {"Thị trấn ", "TT. "},
    {"Huyện ", "H. "},
    {"Phường ", "P. "},
    {"Xã ", "X. "},
    {"Đặc khu ", "ĐK. "},
}};

std::string Abbreviated(const std::string& name) {
  for (const auto& [full, shortened] : kAbbreviations) {
    const std::string prefix = full;
    if (name.compare(0, prefix.size(), prefix) == 0) return shortened + name.substr(prefix.size());
  }
  return name;
}

// The name's lines when it fits in `width` without cutting a word, in at most kMaxNameLines.
bool FitName(const PdfDocument& doc, const std::string& name, double size, double width,
             std::vector<std::string>& lines) {
  size_t start = 0;
  while (start <= name.size()) {
    const size_t end = std::min(name.find(' ', start), name.size());
    if (doc.TextWidth(name.substr(start, end - start), false, size) > width) return false;
    start = end + 1;
  }
  lines = doc.Wrap(name, false, size, width);
  return lines.size() <= kMaxNameLines;
}

// Every name under its bar, in one font size: the largest at which each name (or its abbreviation)
// fits its slot; at the smallest size a name that still does not fit is cut, ending with "…".
std::vector<std::vector<std::string>> NameLines(const PdfDocument& doc,
                                                const std::vector<std::string>& names,
                                                double width, double& size) {
  std::vector<std::vector<std::string>> out(names.size());
  for (size = kLabelSize; size >= kMinLabelSize; size -= 0.5) {
    bool all = true;
    for (size_t i = 0; i < names.size() && all; ++i)
      all = FitName(doc, names[i], size, width, out[i]) ||
            FitName(doc, Abbreviated(names[i]), size, width, out[i]);
    if (all) return out;
  }
  size = kMinLabelSize;
  for (size_t i = 0; i < names.size(); ++i) {
    if (FitName(doc, names[i], size, width, out[i]) ||
        FitName(doc, Abbreviated(names[i]), size, width, out[i]))
      continue;
    auto lines = doc.Wrap(Abbreviated(names[i]), false, size, width);
    if (lines.size() > kMaxNameLines) {
      lines.resize(kMaxNameLines);
      std::string& last = lines.back();
      while (!last.empty() && doc.TextWidth(last + "…", false, size) > width) {
        do last.pop_back();
        while (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0) == 0x80);
      }
      last += "…";
    }
    out[i] = std::move(lines);
  }
  return out;
}

struct Box {
  double left, top, right, bottom;
  bool Overlaps(const Box& o) const {
    return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
  }
};

}  // namespace

Block ChartBlock(const PdfDocument& doc, const Report& report, const TemplateChart& chart,
                 double left, double width) {
  const ChartSeries series = SelectChartSeries(report, chart);
  if (series.empty()) return {};
  const size_t n = series.labels.size();
  const double plot_left = left + kAxisWidth;
  const double plot_width = width - kAxisWidth - 10;
  const bool gap = series.best_count > 0;
  const double slot = plot_width / (static_cast<double>(n) + (gap ? kGapSlots : 0));
  auto bar_x = [=](size_t i) {  // the left edge of bar i's slot
    const double x = plot_left + slot * static_cast<double>(i);
    return gap && i >= series.best_count ? x + slot * kGapSlots : x;
  };

  double name_size = kLabelSize;
  const auto names = NameLines(doc, series.labels, slot - 2, name_size);
  size_t name_lines = 1;
  for (const auto& lines : names) name_lines = std::max(name_lines, lines.size());

  // Bar labels: one size for all, the largest at which the widest fits its slot.
  std::vector<std::string> labels;
  double widest = 0;
  for (const Value& v : series.values) {
    labels.push_back(FormatValue(v));
    widest = std::max(widest, doc.TextWidth(labels.back(), true, kLabelSize));
  }
  const double value_size =
      std::clamp(kLabelSize * (slot - 3) / std::max(widest, 1.0), kMinLabelSize, kLabelSize);
  const double value_height = LineHeight(value_size);

  const auto title = doc.Wrap(series.title, true, kTitleSize, width);
  const auto note = series.note.empty() ? std::vector<std::string>{}
                                        : doc.Wrap(series.note, false, kNoteSize, width);
  const std::string root_label = series.root_label + ": " + FormatValue(series.root_value);
  const bool has_line = !series.root_value.is_null();
  const double legend_width =
      doc.TextWidth(root_label, false, kLegendSize) + (has_line ? 30 : 0);
  const double legend_top = static_cast<double>(title.size()) * LineHeight(kTitleSize) +
                            static_cast<double>(note.size()) * LineHeight(kNoteSize) + 2;
  // Above the plot: the legend, then room for a bar label lifted over the province's line.
  const double headroom = 2 * (value_height + 1) + 4;
  const double plot_offset = legend_top + LineHeight(kLegendSize) + headroom;
  const double names_height = static_cast<double>(name_lines) * LineHeight(name_size) + 6;

  Block block;
  block.height = plot_offset + kPlotHeight + names_height + 8;
  block.draw = [=](Canvas& canvas, double top) {
    canvas.Lines(title, left, top, width, Align::kCenter, true, kTitleSize);
    if (!note.empty())
      canvas.Lines(note, left, top + static_cast<double>(title.size()) * LineHeight(kTitleSize),
                   width, Align::kCenter, false, kNoteSize);
    // Legend: the province's line and its rate.
    const double legend_left = left + (width - legend_width) / 2;
    const double legend_y = top + legend_top;
    if (has_line) {
      canvas.SetStrokeColor(0.8, 0.1, 0.1);
      canvas.DashedLine(legend_left, legend_y + LineHeight(kLegendSize) / 2, legend_left + 24,
                        legend_y + LineHeight(kLegendSize) / 2, 1.2);
      canvas.SetStrokeColor(0, 0, 0);
    }
    canvas.Text(root_label, legend_left + (has_line ? 30 : 0), legend_y, legend_width,
                Align::kLeft, false, kLegendSize);

    const double plot_top = top + plot_offset;
    const double base = plot_top + kPlotHeight;
    auto y_of = [&](const Value& v) { return base - kPlotHeight * std::clamp(ChartFraction(v), 0.0, 1.0); };
    // Grid and y axis labels.
    for (int step = 0; step <= 5; ++step) {
      const double y = base - kPlotHeight * std::clamp(step * 0.2, 0.0, 1.0);
      canvas.SetStrokeColor(0.8, 0.8, 0.8);
      if (step > 0) canvas.Line(plot_left, y, plot_left + plot_width, y, 0.4);
      canvas.SetStrokeColor(0, 0, 0);
      canvas.Text(std::to_string(step * 20) + (series.points ? "" : "%"), left, y - LineHeight(kLabelSize) / 2,
                  kAxisWidth - 4, Align::kRight, false, kLabelSize);
    }
    canvas.Line(plot_left, plot_top - 4, plot_left, base, 0.8);
    canvas.Line(plot_left, base, plot_left + plot_width, base, 0.8);
    if (gap) {  // between the best and the worst
      const double x = bar_x(series.best_count) - slot * kGapSlots / 2;
      canvas.SetStrokeColor(0.5, 0.5, 0.5);
      canvas.DashedLine(x, plot_top, x, base, 0.6);
      canvas.SetStrokeColor(0, 0, 0);
    }
    // Wide enough for a label inside its top, as far as the slot allows.
    const double bar_width =
        std::min({std::max(slot * 0.6, widest * value_size / kLabelSize + 2), slot - 3, 40.0});
    for (size_t i = 0; i < n; ++i) {
      if (!series.values[i].is_null()) {
        const double y = y_of(series.values[i]);
        canvas.FillRect(bar_x(i) + (slot - bar_width) / 2, y, bar_width, base - y, 0.55, 0.71,
                        0.89);
      }
      canvas.Lines(names[i], bar_x(i) + 1, base + 4, slot - 2, Align::kCenter, false, name_size);
    }
    // The province's line over the bars; the bar labels clear of it and of each other.
    const double line_y = has_line ? y_of(series.root_value) : -1e9;
    if (has_line) {
      canvas.SetStrokeColor(0.8, 0.1, 0.1);
      canvas.DashedLine(plot_left, line_y, plot_left + plot_width, line_y, 1.2);
      canvas.SetStrokeColor(0, 0, 0);
    }
    const Box line_band{plot_left, line_y - 1.5, plot_left + plot_width, line_y + 1.5};
    std::vector<Box> placed;
    for (size_t i = 0; i < n; ++i) {
      const double label_width = canvas.doc().TextWidth(labels[i], true, value_size) + 2;
      const double center = bar_x(i) + slot / 2;
      const double bar_top = series.values[i].is_null() ? base : y_of(series.values[i]);
      const double above_bar = bar_top - value_height - 1;
      const double above_line = line_y - 1.5 - value_height - 0.5;
      // Just inside the bar's top when the line runs just above it (the bar light enough for
      // the black label), if the bar is tall enough.
      const double inside = base - bar_top >= value_height + 3 ? bar_top + 1.5 : above_bar;
      Box chosen{};
      bool found = false;
      for (int lift = 0; lift < 4 && !found; ++lift) {
        for (double candidate : {above_bar, inside, above_line}) {
          if (candidate > above_bar && (lift > 0 || candidate != inside)) continue;
          const double label_top = candidate - lift * (value_height + 1);
          const Box box{center - label_width / 2, label_top, center + label_width / 2,
                        label_top + value_height};
          if (box.Overlaps(line_band) || box.top < plot_top - headroom) continue;
          if (std::any_of(placed.begin(), placed.end(),
                          [&](const Box& other) { return box.Overlaps(other); }))
            continue;
          chosen = box;
          found = true;
          break;
        }
      }
      if (!found) chosen = {center - label_width / 2, above_bar, center + label_width / 2,
                            above_bar + value_height};
      placed.push_back(chosen);
      canvas.Text(labels[i], chosen.left, chosen.top, chosen.right - chosen.left, Align::kCenter,
                  true, value_size);
    }
  };
  return block;
}

}  // namespace baocao
