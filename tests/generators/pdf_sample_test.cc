// End to end: the sample province submitted, each form computed by the indicators and written as a
// PDF; the text read back must carry the computed report, row for row.
#include <catch2/catch.hpp>
#include <sstream>

#include "core/period.h"
#include "generators/pdf_table.h"
#include "generators/pdf_writer.h"
#include "generators/render.h"
#include "generators/table_notes.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "indicators/indicators.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::CollapseSpaces;
using test::CommandOutput;

struct WrittenPdf {
  Report report;
  std::string layout;  // pdftotext -layout
  std::string raw;     // pdftotext -raw, whitespace collapsed
};

class SamplePdfs {
 public:
  SamplePdfs() { test::LoadSampleProvince(db_); }
  WrittenPdf Write(const std::string& form, const std::string& period) {
    Report report = ComputeReport(db_, form, ParsePeriod(period));
    const std::string path = dir_.File(ReportFileName(report, Format::kPdf));
    WritePdf(report, DefaultTemplatesDir(), path);
    return {std::move(report), CommandOutput("pdftotext -layout '" + path + "' -"),
            CollapseSpaces(CommandOutput("pdftotext -raw '" + path + "' -"))};
  }

 private:
  Database db_{":memory:"};
  test::TempDir dir_;
};

std::vector<std::string> Tokens(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

// The words printed after `name` on its line of the layout text (the row's cells, left to right).
std::vector<std::string> RowAfter(const std::string& layout, const std::string& name) {
  std::istringstream in(layout);
  for (std::string line; std::getline(in, line);) {
    const size_t pos = line.find(name);
    if (pos != std::string::npos) return Tokens(line.substr(pos + name.size()));
  }
  return {};
}

// What a line must print after its name and mark: every value cell, "chưa báo cáo" over the runs
// of columns whose kind it has not reported, nothing in a rank cell of a line that is not a unit.
std::vector<std::string> ExpectedRow(const ReportTemplate& tmpl, const TableRow& line) {
  std::vector<std::string> cells;
  bool in_missing_run = false;
  for (const auto& c : tmpl.columns) {
    if (c.kind == TemplateColumn::Kind::kIndex || c.kind == TemplateColumn::Kind::kName) continue;
    if (!ColumnReported(c, line.row)) {
      if (!in_missing_run) cells.insert(cells.end(), {"chưa", "báo", "cáo"});
      in_missing_run = true;
      continue;
    }
    in_missing_run = false;
    if (c.kind == TemplateColumn::Kind::kRank && line.kind != TableRow::Kind::kUnit) continue;
    cells.push_back(CellText(c, line.row));
  }
  return cells;
}

// Every line of the table carries the report's values, in the template's order.
void CheckRows(const WrittenPdf& w, const std::string& form) {
  const ReportTemplate tmpl = LoadTemplate(DefaultTemplatesDir(), form);
  const TableNotes notes = MakeTableNotes(tmpl, w.report);
  const std::string table = w.layout.substr(w.layout.find("(1)"));  // below the chart, if any
  for (size_t i = 0; i < w.report.table.size(); ++i) {
    const TableRow& line = w.report.table[i];
    const std::string name = line.row.ten_don_vi + notes.marks[i];
    INFO(form << ": " << name);
    CHECK(w.raw.find(name) != std::string::npos);
    CHECK(RowAfter(table, name) == ExpectedRow(tmpl, line));
  }
  for (const auto& note : notes.notes) CHECK(w.raw.find(note) != std::string::npos);
}

TEST_CASE("pdf sample: tthc for May 2023 prints the computed report, row for row", "[pdf]") {
  SamplePdfs sample;
  const WrittenPdf w = sample.Write("tthc", "2023-05");
  CheckRows(w, "tthc");
  // The province's May by hand (fixtures/sample/README.md): received 16 = 4 carried + 12 new,
  // 10 resolved (3 early, 5 on time, 2 late): on time 80,00%; online 8 of 12: 66,67%. Form 06
  // counts the 1 withdrawn and 2 returned as dealt with on time: (7) = 13, (9) = 8. X0202 has not
  // reported: the total says so ([2]; [1] is the level of communes).
  CHECK(RowAfter(w.layout, "Tổng cộng [2]") == std::vector<std::string>{"16", "8", "4", "4", "13", "3",
                                                                        "8", "2", "3", "2", "1", "1",
                                                                        "2", "66,67%", "80,00%"});
  CHECK(w.raw.find("[2] Tổng cộng: không gồm số liệu của 1/10 đơn vị chưa báo cáo: X0202 UBND xã "
                   "Hòa Sơn.") != std::string::npos);
  CHECK(RowAfter(w.layout, "Cấp tỉnh") == std::vector<std::string>{"6", "4", "1", "1", "5", "2", "2",
                                                                   "1", "1", "0", "1", "1", "1",
                                                                   "80,00%", "66,67%"});
  CHECK(w.raw.find("Đơn vị báo cáo: UBND tỉnh Hòa Bình") != std::string::npos);
  CHECK(w.raw.find("Hòa Bình, ngày 15 tháng 5 năm 2023") != std::string::npos);
  CHECK(RowAfter(w.layout, "UBND xã Hòa Sơn") == std::vector<std::string>{"chưa", "báo", "cáo"});
}

TEST_CASE("pdf sample: dvc for June 2023, one district not reported", "[pdf]") {
  SamplePdfs sample;
  const WrittenPdf w = sample.Write("dvc", "2023-06");
  CheckRows(w, "dvc");
}

TEST_CASE("pdf sample: ky_luat for 2023 with 2022 beside", "[pdf]") {
  SamplePdfs sample;
  const WrittenPdf w = sample.Write("ky_luat", "2023");
  CheckRows(w, "ky_luat");
  CHECK(w.layout.find("18,67%") != std::string::npos);
  CHECK(w.layout.find("15,87%") != std::string::npos);
}

TEST_CASE("pdf sample: tong_hop for Q2 2023, summary then every sheet", "[pdf]") {
  SamplePdfs sample;
  const WrittenPdf w = sample.Write("tong_hop", "2023-Q2");
  const ReportTemplate tmpl = LoadTemplate(DefaultTemplatesDir(), "tong_hop");
  size_t at = 0;
  for (const std::string& form : tmpl.sheets) {  // the sheets follow in order
    const std::string title = LoadTemplate(DefaultTemplatesDir(), form).title;
    INFO(form);
    const size_t pos = w.raw.find(title, at);
    CHECK(pos != std::string::npos);
    at = pos == std::string::npos ? at : pos;
  }
  CheckRows(w, "tong_hop");
}

}  // namespace
}  // namespace baocao
