// The footnotes of a report table (SPEC §2): a line whose subtree leaves out units that have not
// reported keeps its sums and says so — a mark after its name ("Tổng cộng [1]") and a note below
// the table: "[1] Tổng cộng: không gồm số liệu của 1/28 đơn vị chưa báo cáo: X0202 UBND xã Hòa Sơn."
// People columns (discipline, evaluations) follow their own reporting and get their own notes.
// Excel and PDF print the same marks and notes.
#pragma once

#include <string>
#include <vector>

#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

struct TableNotes {
  std::vector<std::string> marks;  // per line of Report::table: "" or " [k]" (several: " [1][2]")
  std::vector<std::string> notes;  // "[k] …", in the order of the marks
};

TableNotes MakeTableNotes(const ReportTemplate& t, const Report& report);

}  // namespace baocao
