// chi_so_766's PDF section "Chi tiết điểm bị trừ và cách khắc phục" (scorecard_details.h): its title
// on a new page, a table whose header row repeats on every page, and per unit a shaded heading line
// followed by its indicators' lines. A unit's block stays on one page when it fits one (else its
// heading stays with its first line); no line is split.
#pragma once

#include "generators/pdf_document.h"
#include "generators/pdf_layout.h"
#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

// Adds the section to flow over [left, left + width]; `page_room` is the usable height of a page.
// Nothing when the template has no details.
void AddDetailsSection(Flow& flow, const PdfDocument& doc, const ReportTemplate& tmpl,
                       const Report& report, double left, double width, double page_room);

}  // namespace baocao
