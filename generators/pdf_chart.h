// The bar chart of the summary report (tong_hop), drawn with libharu's own path calls.
//
// One bar per district (units of cap "huyen" below the report's root, in report order) for the
// on-time rate, its percentage printed above it ("—" and no bar when the rate is null); a dashed
// horizontal line at the root's rate, labelled with the root's name; y axis 0–100% with grid lines
// every 20%; district names wrapped under their bars.
#pragma once

#include "generators/pdf_document.h"
#include "generators/pdf_layout.h"
#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

// The chart as one block spanning [left, left + width]; an empty block (height 0) when no unit of
// the chart's cap has a value.
Block ChartBlock(const PdfDocument& doc, const Report& report, const TemplateChart& chart,
                 double left, double width);

}  // namespace baocao
