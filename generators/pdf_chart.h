// The bar chart of a template chart (tong_hop: the on-time rate by level), drawn with libharu's own
// path calls, for the units SelectChartSeries chooses (chart_series.h).
//
// The title, the selection's note under it, a legend naming the root and its rate beside a sample
// of its line; one vertical bar per unit with its percentage above it ("—" and no bar when the rate
// is null), a dashed gap between the best and the worst when only those are shown; a dashed
// horizontal line at the root's rate; y axis 0–100% with grid lines every 20%; unit names wrapped
// under their bars. No text overlaps: names keep to their bar's slot (the font shrinks and the unit
// kinds are abbreviated, "X.", "P.", "H."..., when a name does not fit), bar labels shrink to their
// slot and are lifted clear of the root's line and of each other.
#pragma once

#include "generators/pdf_document.h"
#include "generators/pdf_layout.h"
#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

// The chart as one block spanning [left, left + width]; an empty block (height 0) when no plotted
// unit has a value.
Block ChartBlock(const PdfDocument& doc, const Report& report, const TemplateChart& chart,
                 double left, double width);

}  // namespace baocao
