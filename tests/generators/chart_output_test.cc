// The tong_hop chart as a reader gets it, for two-level provinces: the Excel chart's data block
// and the PDF chart page read back word by word with its position (pdftotext -bbox): labels and
// values in order, the note, and no text over another text or over the province's line.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <regex>

#include "generators/chart_report_fixture.h"
#include "generators/pdf_writer.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "generators/vietnamese_number.h"
#include "generators/xlsx_read_fixture.h"
#include "generators/xlsx_writer.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::CollapseSpaces;
using test::CommandOutput;

// The chart alone on page 1 (no table on the summary; the tthc sheet starts on a new page).
const char* const kChartToml = R"(form = "tong_hop"
title = "BÁO CÁO THỬ NGHIỆM BIỂU ĐỒ"
sheets = ["tthc"]

[[charts]]
title = "Tỷ lệ đúng hạn theo {level}"
key = "on_time_rate"
)";

struct Word {
  std::string text;
  double left, top, right, bottom;
  double center_x() const { return (left + right) / 2; }
  double center_y() const { return (top + bottom) / 2; }
};

std::vector<Word> Words(const std::string& pdf, int page) {
  const std::string html = CommandOutput("pdftotext -bbox -f " + std::to_string(page) + " -l " +
                                         std::to_string(page) + " '" + pdf + "' -");
  static const std::regex word(
      "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)"
      "</word>");
  std::vector<Word> out;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator();
       ++it) {
    const auto& m = *it;
    out.push_back({test::DecodeXml(m[5]), std::stod(m[1]), std::stod(m[2]), std::stod(m[3]),
                   std::stod(m[4])});
  }
  return out;
}

struct ChartText {
  std::vector<std::string> values;  // bar labels, left to right
  std::vector<std::string> names;   // the words under each bar, top to bottom
  std::vector<Word> words;          // every word of the chart
  double line_y = 0;                // where the province's line is drawn
};

// Reads the chart of page 1: the y axis labels "0%" and "100%" left of the plot give the scale.
ChartText ReadChart(const std::string& pdf, double root_rate) {
  const std::vector<Word> all = Words(pdf, 1);
  const Word* zero = nullptr;
  const Word* hundred = nullptr;
  const Word* title = nullptr;
  for (const auto& w : all) {
    if (w.text == "0%" && w.right < 80) zero = &w;
    if (w.text == "100%" && w.right < 80) hundred = &w;
    if (w.text == "{level}" || (w.text == "đúng" && title == nullptr)) title = &w;
  }
  REQUIRE(zero != nullptr);
  REQUIRE(hundred != nullptr);
  REQUIRE(title != nullptr);
  ChartText chart;
  chart.line_y = zero->center_y() + (hundred->center_y() - zero->center_y()) * root_rate;
  std::vector<Word> values, names;
  for (const auto& w : all) {
    if (w.top < title->top || w.text.rfind("Trang", 0) == 0) continue;
    if (w.text.find('/') != std::string::npos) continue;  // "Trang 1/N"
    chart.words.push_back(w);
    if (w.right < 80) continue;  // the y axis
    if (w.center_y() < zero->center_y() && w.top > hundred->top - 30 &&
        (w.text.find('%') != std::string::npos || w.text == "—"))
      values.push_back(w);
    else if (w.top > zero->center_y())
      names.push_back(w);
  }
  std::sort(values.begin(), values.end(),
            [](const Word& a, const Word& b) { return a.left < b.left; });
  for (const auto& v : values) chart.values.push_back(v.text);
  // Every name word goes to the bar whose label is nearest above it.
  std::vector<std::vector<Word>> per_bar(values.size());
  for (const auto& w : names) {
    size_t best = 0;
    for (size_t i = 1; i < values.size(); ++i)
      if (std::abs(values[i].center_x() - w.center_x()) <
          std::abs(values[best].center_x() - w.center_x()))
        best = i;
    per_bar[best].push_back(w);
  }
  for (auto& bar : per_bar) {
    std::sort(bar.begin(), bar.end(), [](const Word& a, const Word& b) {
      return std::abs(a.top - b.top) > 1 ? a.top < b.top : a.left < b.left;
    });
    std::string name;
    for (const auto& w : bar) name += (name.empty() ? "" : " ") + w.text;
    chart.names.push_back(name);
  }
  return chart;
}

// No two words of the chart overlap (their boxes shrunk by 0.5 pt: pdftotext's boxes are the
// font's full height and touch between the lines of a wrapped name), and none crosses the line
// in the plot.
void CheckNoCollision(const ChartText& chart) {
  for (size_t i = 0; i < chart.words.size(); ++i) {
    const Word& a = chart.words[i];
    INFO("word " << a.text << " at " << a.left << "," << a.top);
    if (a.left > 80) CHECK_FALSE((a.top < chart.line_y - 0.3 && a.bottom > chart.line_y + 0.3));
    for (size_t j = i + 1; j < chart.words.size(); ++j) {
      const Word& b = chart.words[j];
      INFO("and " << b.text << " at " << b.left << "," << b.top);
      CHECK_FALSE((a.left + 0.5 < b.right - 0.5 && b.left + 0.5 < a.right - 0.5 &&
                   a.top + 0.5 < b.bottom - 0.5 && b.top + 0.5 < a.bottom - 0.5));
    }
  }
}

std::string Percent(int per_mille) { return FormatValue(Value::Rate(per_mille, 1000)); }

std::string WritePdfChart(const test::TempDir& dir, const Report& report) {
  test::WriteFile(dir.File("tong_hop.toml"), kChartToml);
  std::filesystem::copy_file(DefaultTemplatesDir() + "/tthc.toml", dir.File("tthc.toml"),
                             std::filesystem::copy_options::overwrite_existing);
  const std::string pdf = dir.File("tong_hop.pdf");
  WritePdf(report, dir.path().string(), pdf);
  return pdf;
}

TEST_CASE("PDF chart of 150 communes: the 10 best and the 10 worst, sorted, noted, no collision",
          "[pdf]") {
  test::TempDir dir;
  const Report report = test::TwoLevelProvinceReport(150);
  const double root = Lookup(report.root_row(), "on_time_rate").rate;
  const std::string pdf = WritePdfChart(dir, report);
  const std::string raw = CollapseSpaces(CommandOutput("pdftotext -raw -f 1 -l 1 '" + pdf + "' -"));
  CHECK(raw.find("Tỷ lệ đúng hạn theo xã, phường, đặc khu") != std::string::npos);
  CHECK(raw.find("Xếp theo tỷ lệ giảm dần: 10 đơn vị cao nhất và 10 đơn vị thấp nhất trên tổng "
                 "số 148 đơn vị có số liệu; 2 đơn vị chưa có số liệu không đưa vào biểu đồ") !=
        std::string::npos);
  CHECK(raw.find("Tỉnh Hai Cấp: " + FormatValue(Value{Value::Kind::kRate, 0, root})) !=
        std::string::npos);

  const ChartText chart = ReadChart(pdf, root);
  CHECK(chart.values == std::vector<std::string>{
                            "64,80%", "64,80%", "64,70%", "64,60%", "64,50%", "64,40%", "64,30%",
                            "64,20%", "64,10%", "64,00%", "51,10%", "50,90%", "50,80%", "50,70%",
                            "50,60%", "50,50%", "50,40%", "50,30%", "50,20%", "50,10%"});
  CHECK(chart.names == std::vector<std::string>{
                           "P. Thử Nghiệm 010",  "Xã Thử Nghiệm 148", "Xã Thử Nghiệm 147",
                           "Xã Thử Nghiệm 146",  "Xã Thử Nghiệm 145", "Xã Thử Nghiệm 144",
                           "Xã Thử Nghiệm 143",  "Xã Thử Nghiệm 142", "Xã Thử Nghiệm 141",
                           "P. Thử Nghiệm 140",  "Xã Thử Nghiệm 011", "Xã Thử Nghiệm 009",
                           "Xã Thử Nghiệm 008",  "Xã Thử Nghiệm 007", "Xã Thử Nghiệm 006",
                           "Xã Thử Nghiệm 005",  "Xã Thử Nghiệm 004", "ĐK. Thử Nghiệm 003",
                           "Xã Thử Nghiệm 002",  "Xã Thử Nghiệm 001"});
  CheckNoCollision(chart);
}

TEST_CASE("PDF chart of 16 communes and 3 departments: every commune in report order", "[pdf]") {
  test::TempDir dir;
  const Report report = test::TwoLevelProvinceReport(16);
  const double root = Lookup(report.root_row(), "on_time_rate").rate;
  const std::string pdf = WritePdfChart(dir, report);
  const std::string raw = CollapseSpaces(CommandOutput("pdftotext -raw -f 1 -l 1 '" + pdf + "' -"));
  CHECK(raw.find("Tỷ lệ đúng hạn theo xã, phường, đặc khu") != std::string::npos);
  CHECK(raw.find("Xếp theo") == std::string::npos);  // no note
  const ChartText chart = ReadChart(pdf, root);
  std::vector<std::string> values, names;
  for (int i = 1; i <= 16; ++i) {
    values.push_back(i >= 15 ? "—" : Percent(i == 10 ? 514 : 500 + i));
    names.push_back(test::TwoLevelCommuneName(i));
  }
  CHECK(chart.values == values);
  CHECK(chart.names == names);
  CheckNoCollision(chart);
}

TEST_CASE("Excel chart data of 150 communes: the root, the 10 best, …, the 10 worst, the note") {
  test::TempDir dir;
  const Report report = test::TwoLevelProvinceReport(150);
  const std::string path = dir.File("tong_hop.xlsx");
  WriteXlsx(report, DefaultTemplatesDir(), path);
  const test::XlsxFile file(path);
  const std::string title = file.Find(1, "Số liệu biểu đồ: Tỷ lệ giải quyết hồ sơ đúng hạn theo "
                                         "xã, phường, đặc khu");
  REQUIRE(title == "O25");
  CHECK(file.Value(1, "O26") == "Đơn vị");
  CHECK(file.Value(1, "P26") == "Tỷ lệ");
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"Tỉnh Hai Cấp", ""},  // the root's value, checked below
      {"Phường Thử Nghiệm 010", "0.648"}, {"Xã Thử Nghiệm 148", "0.648"},
      {"Xã Thử Nghiệm 147", "0.647"},     {"Xã Thử Nghiệm 146", "0.646"},
      {"Xã Thử Nghiệm 145", "0.645"},     {"Xã Thử Nghiệm 144", "0.644"},
      {"Xã Thử Nghiệm 143", "0.643"},     {"Xã Thử Nghiệm 142", "0.642"},
      {"Xã Thử Nghiệm 141", "0.641"},     {"Phường Thử Nghiệm 140", "0.64"},
      {"…", ""},
      {"Xã Thử Nghiệm 011", "0.511"},     {"Xã Thử Nghiệm 009", "0.509"},
      {"Xã Thử Nghiệm 008", "0.508"},     {"Xã Thử Nghiệm 007", "0.507"},
      {"Xã Thử Nghiệm 006", "0.506"},     {"Xã Thử Nghiệm 005", "0.505"},
      {"Xã Thử Nghiệm 004", "0.504"},     {"Đặc khu Thử Nghiệm 003", "0.503"},
      {"Xã Thử Nghiệm 002", "0.502"},     {"Xã Thử Nghiệm 001", "0.501"}};
  for (size_t i = 0; i < rows.size(); ++i) {
    const std::string r = std::to_string(27 + i);
    INFO("row " << r);
    CHECK(file.Value(1, "O" + r) == rows[i].first);
    if (i > 0) CHECK(file.Value(1, "P" + r) == rows[i].second);
  }
  CHECK(file.Number(1, "P27") == Approx(Lookup(report.root_row(), "on_time_rate").rate));
  CHECK(file.Value(1, "O49") ==
        "Ghi chú: Xếp theo tỷ lệ giảm dần: 10 đơn vị cao nhất và 10 đơn vị thấp nhất trên tổng "
        "số 148 đơn vị có số liệu; 2 đơn vị chưa có số liệu không đưa vào biểu đồ");
  const std::string chart = file.Part("xl/charts/chart1.xml");
  CHECK(chart.find("<c:f>'Tổng hợp'!$O$27:$O$48</c:f>") != std::string::npos);
  CHECK(chart.find("<c:f>'Tổng hợp'!$P$27:$P$48</c:f>") != std::string::npos);
  CHECK(chart.find("<a:t>Tỷ lệ giải quyết hồ sơ đúng hạn theo xã, phường, đặc khu</a:t>") !=
        std::string::npos);
  CHECK(chart.find("<a:t>Xếp theo tỷ lệ giảm dần: 10 đơn vị cao nhất") != std::string::npos);
}

TEST_CASE("Excel chart data of 16 communes: every commune in report order, no value left blank") {
  test::TempDir dir;
  const std::string path = dir.File("tong_hop.xlsx");
  WriteXlsx(test::TwoLevelProvinceReport(16), DefaultTemplatesDir(), path);
  const test::XlsxFile file(path);
  REQUIRE(file.Find(1, "Số liệu biểu đồ: Tỷ lệ giải quyết hồ sơ đúng hạn theo xã, phường, đặc "
                       "khu") == "O25");
  CHECK(file.Value(1, "O27") == "Tỉnh Hai Cấp");
  for (int i = 1; i <= 16; ++i) {
    const std::string r = std::to_string(27 + i);
    INFO("row " << r);
    CHECK(file.Value(1, "O" + r) == test::TwoLevelCommuneName(i));
    const int per_mille = i == 10 ? 514 : 500 + i;
    if (i >= 15)
      CHECK(file.Value(1, "P" + r) == "");
    else
      CHECK(file.Number(1, "P" + r) == Approx(per_mille / 1000.0));
  }
  CHECK(file.Value(1, "O44") == "");  // no note
}

}  // namespace
}  // namespace baocao
