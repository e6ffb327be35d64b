// A section of detail lines as an Excel sheet of its own (detail_section.h): the title, the period
// line and the reporting unit, the header row of the section's columns (repeated on every printed
// page), then per block an optional merged heading line, an optional merged note and its lines.
// chi_so_766's "Chi tiết điểm bị trừ", kiem_tra's finding sections.
#pragma once

#include "generators/detail_section.h"
#include "generators/xlsx_workbook.h"
#include "indicators/report.h"

namespace baocao {

// Adds the sheet section.sheet_name.
void WriteDetailsSheet(XlsxWorkbook& book, const DetailSection& section, const Report& report);

}  // namespace baocao
