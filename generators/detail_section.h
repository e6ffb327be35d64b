// A section of detail lines printed after a report's table, the same way by Excel (a sheet of its
// own) and the PDF (titled, its header row repeated on every page): chi_so_766's "Chi tiết điểm bị
// trừ và cách khắc phục" (scorecard_details.h) and kiem_tra's finding sections (Report::sections
// laid out by the template's [[sections]]). The texts are decided here once; xlsx_details.h and
// pdf_details.h only print them.
#pragma once

#include <string>
#include <vector>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

struct DetailColumn {
  std::string header;
  double width = 12;  // Excel character units; the PDF scales widths to the page
  enum class Align { kLeft, kCenter, kRight };
  Align align = Align::kCenter;  // kLeft: words, wrapped
};

struct DetailBlock {
  // A merged, bold line above the block's lines, e.g. "UBND huyện Lạc Sơn (H05): tổng điểm
  // 78,35/100,00; xếp hạng 2/10"; empty: none.
  std::string heading;
  std::vector<std::vector<std::string>> lines;  // one cell per column
  std::string note;  // a merged italic line before the lines, e.g. "Không có vi phạm nào"; or empty
};

struct DetailSection {
  std::string title;       // "I. VI PHẠM QUY TẮC KIỂM TRA"
  std::string sheet_name;  // its Excel sheet (≤ 31 characters)
  std::vector<DetailColumn> columns;
  std::vector<DetailBlock> blocks;
  bool new_page = true;    // PDF: the section starts on a new page (with the period line)
  // PDF: the signature blocks follow the section: its last lines are kept with them (SPEC §5).
  bool before_signature = true;
};

// The template's [[sections]] filled with the report's sections of the same kind, in the
// template's order: one block without heading holding the lines, cells in the template's column
// order (SectionCell::text; a key the line does not have prints empty); a kind the report has no
// line of gets the note `empty` ("Không có …"). They follow the table in the PDF, not on new pages;
// the signature follows the last one. Sections of the report the template does not
// describe are not printed.
std::vector<DetailSection> FindingSections(const ReportTemplate& t, const Report& report);

}  // namespace baocao
