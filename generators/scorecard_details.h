// The texts of the chi_so_766 section "Chi tiết điểm bị trừ và cách khắc phục", decided once for
// the Excel sheet and the PDF pages: one block per unit of the report (hierarchy order, the root
// first), a heading naming the unit with its total, rank and open points, then one line per
// indicator that lost points or has no data, its cells in the template's detail columns.
#pragma once

#include <string>
#include <vector>

#include "generators/detail_section.h"
#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

// Cells, for one indicator (group number for the index):
//   index "1.4"; indicator its name; result "35/40 = 87,50%" (a given percentage alone: "87,50%";
//   0/0: "0/0 (không phát sinh)"; no data: details.no_data); score "4,50/6,00" ("—/6,00" without
//   data); lost "1,50" ("6,00 chưa đánh giá" without data); advice the scoring's text.
// Per block: heading "UBND huyện Lạc Sơn (H05): tổng điểm 78,35/100,00; xếp hạng 2/10; 6,00 điểm
// chưa đánh giá (không có dữ liệu)", then the lines, or a note when there is no line.
std::vector<DetailBlock> ScorecardDetails(const TemplateDetails& details, const Report& report);

// The whole section as printed: the template's title, sheet and columns (indicator and advice
// left-aligned) with ScorecardDetails' blocks, on a new PDF page.
DetailSection ScorecardDetailSection(const TemplateDetails& details, const Report& report);

}  // namespace baocao
