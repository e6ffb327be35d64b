// Writes a Report as an .xlsx workbook laid out by its template (libxlsxwriter).
#pragma once

#include <string>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

// templates_dir holds <form>.toml (tong_hop also loads the templates of its sheets).
// Writes path; throws Error on failure (a partly written file may remain: callers write to a
// temporary name and rename).
void WriteXlsx(const Report& report, const std::string& templates_dir, const std::string& path);

}  // namespace baocao
