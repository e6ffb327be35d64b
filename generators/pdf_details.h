// A section of detail lines in the PDF (detail_section.h): its title and the period line (on a new
// page when the section says so), a table whose header row repeats on every page, and per block an
// optional shaded heading line, an optional note and its lines. A block stays on one page when it
// fits one (else its heading stays with its first line); no line is split. chi_so_766's "Chi tiết
// điểm bị trừ và cách khắc phục", kiem_tra's finding sections.
#pragma once

#include "generators/detail_section.h"
#include "generators/pdf_document.h"
#include "generators/pdf_layout.h"
#include "indicators/report.h"

namespace baocao {

// Adds the section to flow over [left, left + width]; `page_room` is the usable height of a page.
void AddDetailsSection(Flow& flow, const PdfDocument& doc, const DetailSection& section,
                       const Report& report, double left, double width, double page_room);

}  // namespace baocao
