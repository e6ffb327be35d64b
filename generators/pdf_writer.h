// Writes a Report as a PDF laid out by its template (libharu, Noto Serif embedded, UTF-8).
#pragma once

#include <string>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

// templates_dir holds <form>.toml. Writes path; throws Error on failure (callers write to a
// temporary name and rename).
void WritePdf(const Report& report, const std::string& templates_dir, const std::string& path);

}  // namespace baocao
