// Writes a Report as a PDF laid out by its template (libharu, Noto Serif embedded, UTF-8).
//
// A4 landscape, the document conventions of SPEC §5: reporting unit and form code top left, the
// national motto top right, title, period with its dates, receiving unit; the headline figures
// of the template; its bar charts (tong_hop: on-time rate by district); the table (header repeated
// on every page, no row split, totals last); for tong_hop each of its `sheets` forms' tables on new
// pages; the place/date line and the signature blocks together on the last page; "Trang X/Y" on
// every page. The same inputs give the same bytes (dates come from the report, never the clock).
#pragma once

#include <string>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

struct PdfOptions {
  std::string
      fonts_dir;  // holds NotoSerif-Regular.ttf and NotoSerif-Bold.ttf; empty: DefaultFontsDir()
};

// templates_dir holds <form>.toml (tong_hop also loads the templates of its sheets). Writes path;
// throws Error on failure (callers write to a temporary name and rename).
void WritePdf(const Report& report, const std::string& templates_dir, const std::string& path,
              const PdfOptions& options);
void WritePdf(const Report& report, const std::string& templates_dir, const std::string& path);

}  // namespace baocao
