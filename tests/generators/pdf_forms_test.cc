// The PDF of every form: the summary (tong_hop) with figures, chart and sheets, every shipped
// template, a report of a single unit.
#include <catch2/catch.hpp>
#include <filesystem>

#include "generators/pdf_table.h"
#include "generators/pdf_writer.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::CollapseSpaces;
using test::CommandOutput;
using test::CountOccurrences;

std::string PdfText(const std::string& pdf, const std::string& options = "-layout") {
  return CommandOutput("pdftotext " + options + " '" + pdf + "' -");
}

// A summary template of our own, so that the assertions do not follow edits of templates/.
const char* const kSummaryToml = R"(form = "tong_hop"
form_code = "Biểu thử nghiệm"
title = "BÁO CÁO TỔNG HỢP THỬ NGHIỆM"
unit_of_measure = "Đơn vị tính: Số hồ sơ"
receiving_unit = "Văn phòng Chính phủ"
sheets = ["tthc"]

[[figures]]
label = "Tổng số hồ sơ tiếp nhận"
key = "received_total"

[[figures]]
label = "Tỷ lệ giải quyết đúng hạn"
key = "on_time_rate"

[[figures]]
label = "Tổng số thủ tục hành chính"
key = "procedures_total"
source = "catalog"

[[figures]]
label = "Tỷ lệ thanh toán trực tuyến"
key = "online_payment_rate"

[[charts]]
title = "Biểu đồ đúng hạn theo huyện"
key = "on_time_rate"
cap = "huyen"

[[columns]]
kind = "index"
header = ["STT"]
width = 5

[[columns]]
kind = "name"
header = ["Đơn vị"]
width = 30

[[columns]]
key = "received_total"
header = ["Giải quyết TTHC", "Tiếp nhận"]

[[columns]]
kind = "rank"
key = "rank_on_time"
of = "rank_of"
header = ["Giải quyết TTHC", "Xếp hạng"]
)";

TEST_CASE("tong_hop PDF: figures, chart by district, summary table, then the sheets' tables",
          "[pdf]") {
  test::TempDir dir;
  test::WriteFile(dir.File("tong_hop.toml"), kSummaryToml);
  std::filesystem::copy_file(DefaultTemplatesDir() + "/tthc.toml", dir.File("tthc.toml"));
  Report report = test::WrappingProvinceReport("tong_hop");
  report.catalog["procedures_total"] = Value::Count(1234);
  const std::string pdf = dir.File("tong_hop.pdf");
  WritePdf(report, dir.path().string(), pdf);

  const std::string page1 = CollapseSpaces(PdfText(pdf, "-layout -f 1 -l 1"));
  CHECK(page1.find("BÁO CÁO TỔNG HỢP THỬ NGHIỆM") != std::string::npos);
  CHECK(page1.find("Tổng số hồ sơ tiếp nhận: 1.240.798") != std::string::npos);
  CHECK(page1.find("Tỷ lệ giải quyết đúng hạn: 96,01%") != std::string::npos);
  CHECK(page1.find("Tổng số thủ tục hành chính: 1.234") != std::string::npos);
  CHECK(page1.find("Tỷ lệ thanh toán trực tuyến: —") != std::string::npos);
  // The chart: title, legend with the province's rate, one bar label per district with a value
  // (Huyện Đà Bắc resolved nothing: "—" and no bar), the y axis.
  CHECK(page1.find("Biểu đồ đúng hạn theo huyện") != std::string::npos);
  CHECK(page1.find("Tỉnh Hòa Bình: 96,01%") != std::string::npos);
  CHECK(page1.find("97,95%") != std::string::npos);
  CHECK(page1.find("90,93%") != std::string::npos);
  CHECK(page1.find("100%") != std::string::npos);
  CHECK(page1.find("0%") != std::string::npos);

  const std::string all = PdfText(pdf);
  const std::string flat = CollapseSpaces(all);
  CHECK(CountOccurrences(flat, "Tổng cộng") == 2);  // the summary table and the tthc sheet
  CHECK(flat.find("1/2") != std::string::npos);     // Thành phố Hòa Bình's on-time rank
  CHECK(
      CollapseSpaces(PdfText(pdf, "-raw"))
          .find(
              "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC") !=
      std::string::npos);
  CHECK(flat.find("Đơn vị tính: Số hồ sơ TTHC") != std::string::npos);
  // The summary's table comes before the sheet, the signatures after everything.
  CHECK(flat.find("Tiếp nhận") < flat.find("Biểu số 06/VPCP/KSTT"));
  CHECK(flat.rfind("Tổng cộng") < flat.find("THỦ TRƯỞNG ĐƠN VỊ"));
}

TEST_CASE("Every shipped template prints as a PDF, the same bytes twice", "[pdf]") {
  test::TempDir dir;
  for (const std::string form : {"tthc", "dvc", "ky_luat", "tong_hop"}) {
    INFO(form);
    const ReportTemplate tmpl = LoadTemplate(DefaultTemplatesDir(), form);
    const Report report = test::WrappingProvinceReport(form);
    WritePdf(report, DefaultTemplatesDir(), dir.File(form + "_a.pdf"));
    WritePdf(report, DefaultTemplatesDir(), dir.File(form + "_b.pdf"));
    CHECK(test::ReadFile(dir.File(form + "_a.pdf")) == test::ReadFile(dir.File(form + "_b.pdf")));
    const std::string raw = CollapseSpaces(PdfText(dir.File(form + "_a.pdf"), "-raw"));
    CHECK(raw.find(tmpl.title) != std::string::npos);
    CHECK(raw.find("Tổng cộng") != std::string::npos);
    CHECK(raw.find("chưa báo cáo") != std::string::npos);
  }
}

TEST_CASE("A report of a single unit prints its header, an empty table and the totals row",
          "[pdf]") {
  test::TempDir dir;
  test::FlowCounts own;
  own.new_online = 1234;
  own.early = 1000;
  const Report report = test::MakeReport("tthc", {{"X0101", "Phường Phương Lâm", "xa", "", own}});
  for (const std::string form : {"tthc", "tong_hop"}) {
    const std::string pdf = dir.File(form + ".pdf");
    WritePdf(report, DefaultTemplatesDir(), pdf);
    const std::string flat = CollapseSpaces(PdfText(pdf));
    CHECK(flat.find("Đơn vị báo cáo: Phường Phương Lâm") != std::string::npos);
    CHECK(CountOccurrences(flat, "Phường Phương Lâm") == 1);
    CHECK(flat.find("Tổng cộng 1.234") != std::string::npos);  // received, first of both tables
  }
}

TEST_CASE("tong_hop PDF: every section opens with its title and the period line", "[pdf]") {
  test::TempDir dir;
  Report report = test::WrappingProvinceReport("tong_hop");
  const std::string pdf = dir.File("tong_hop.pdf");
  WritePdf(report, DefaultTemplatesDir(), pdf);
  const std::string raw = CollapseSpaces(PdfText(pdf, "-raw"));
  const std::string period = "Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)";
  CHECK(CountOccurrences(raw, period) == 4);  // the summary, then tthc, dvc, ky_luat
  size_t at = 0;
  for (const std::string form : {"tong_hop", "tthc", "dvc", "ky_luat"}) {
    INFO(form);
    const ReportTemplate tmpl = LoadTemplate(DefaultTemplatesDir(), form);
    const size_t title = raw.find(tmpl.title, at);
    REQUIRE(title != std::string::npos);
    const size_t line = raw.find(period, title);
    REQUIRE(line != std::string::npos);
    CHECK(line - title - tmpl.title.size() <= 1);  // the period line right under the title
    at = line + period.size();
  }
  // A range: the sections print its dates once each.
  report.period = RangePeriod(Date::FromYmd(2023, 5, 1), Date::FromYmd(2023, 5, 31));
  WritePdf(report, DefaultTemplatesDir(), pdf);
  const std::string range = CollapseSpaces(PdfText(pdf, "-raw"));
  CHECK(CountOccurrences(range, "Kỳ báo cáo: Từ ngày 01/05/2023 đến ngày 31/05/2023") == 4);
  CHECK(CountOccurrences(range, "01/05/2023") == 4);
}

}  // namespace
}  // namespace baocao
